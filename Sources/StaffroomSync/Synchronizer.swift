import Foundation
import StaffroomProtocol
import StaffroomStore

/// Brings the local store and the server together: each round trip pushes the oldest pending
/// writes and fetches the page after the stored cursor; the answer (what became of the writes, the
/// changes and the new cursor) is applied in one transaction, so an interrupted sync resumes where
/// it stopped and a write whose answer was lost is sent again and recognised by the server.
/// A round trip that fails for a passing reason is tried again as `retry` says.
public struct Synchronizer: Sendable {
    let connection: ServerConnection
    let store: ClientStore
    let retry: RetryPolicy
    let pageSize: Int

    /// - Parameter pageSize: the most changes asked for per page; smaller pages lose less when a
    ///   bad link drops one, larger ones need fewer round trips.
    public init(connection: ServerConnection, store: ClientStore, retry: RetryPolicy = .standard,
                pageSize: Int = SyncPage.maximumChanges) {
        self.connection = connection
        self.store = store
        self.retry = retry
        self.pageSize = pageSize
    }

    /// Syncs until nothing is left to push or pull; reports progress after every applied page, and
    /// each wait before trying a failed round trip again. Once `budget` bytes came in, older
    /// content of a first sync is left for later (news and writes still go both ways), and the
    /// progress says how much is left.
    public func run(budget: Int? = nil, now: @Sendable () -> Date = Date.init,
                    progress: @Sendable (SyncProgress) -> Void = { _ in },
                    retrying: @Sendable (RetryNotice) -> Void = { _ in }) async throws(SyncError) -> SyncProgress {
        guard let account = try storeCall({ () throws(StoreError) in try store.account() }) else { throw .notLoggedIn }
        let device = try storeCall { () throws(StoreError) in try store.deviceID() }
        var done = SyncProgress(pages: 0, changes: 0, more: true)
        let bytesBefore = connection.bytesReceived
        var counted = false
        var fetchedWatched = false
        var restarted = false
        var renumbered = 0
        var failures = 0
        while true {
            let cursor = try storeCall { () throws(StoreError) in try store.syncState().cursor }
            let waiting = try storeCall { () throws(StoreError) in try store.pendingMutations() }
            let spent = connection.bytesReceived - bytesBefore
            let backfilling = budget.map { spent < $0 } ?? true
            // Under a budget, a page is sized so it cannot overshoot by much (about 100 bytes a change on the wire).
            let limit = budget.map { min(pageSize, max(100, ($0 - spent) / 100)) } ?? pageSize
            let page: SyncPage
            do {
                let pending = try await uploadingFiles(of: waiting, token: account.token)
                page = pending.isEmpty
                    ? try await connection.syncPage(token: account.token, cursor: cursor, limit: limit,
                                                    countingRemaining: !counted, backfilling: backfilling)
                    : try await connection.sync(token: account.token,
                                                request: SyncRequest(device: device, mutations: pending, cursor: cursor,
                                                                     limit: limit, count: counted ? nil : true,
                                                                     backfill: backfilling ? nil : false))
            } catch .server(status: 410, _) where !restarted {
                restarted = true
                counted = false
                try storeCall { () throws(StoreError) in try store.restartSync() }
                continue
            } catch {
                failures += 1
                guard let delay = retry.delay(afterFailure: failures, of: error) else { throw error }
                retrying(RetryNotice(reason: error, failures: failures, delay: delay))
                let reason = error
                do {
                    try await Task.sleep(for: .milliseconds(Int(delay * 1000)))
                } catch {
                    throw reason
                }
                continue
            }
            failures = 0
            let startsOver = try storeCall { () throws(StoreError) in try store.apply(page, syncedAt: now()) }
            let outOfOrder = page.results.contains { $0.outcome == .outOfOrder }
            if outOfOrder {
                renumbered += 1
                guard renumbered <= 2 else {
                    throw .server(status: 409, message: page.results.last?.message ?? "write numbers out of order")
                }
            }
            let answered = page.results.count { $0.outcome != .outOfOrder }
            counted = (counted || page.remaining != nil) && !startsOver
            let left = startsOver ? nil : page.remaining ?? done.left.map { max(0, $0 - page.changes.count) }
            done = SyncProgress(pages: done.pages + 1, changes: done.changes + page.changes.count,
                                sent: done.sent + answered, more: page.more || startsOver,
                                bytes: connection.bytesReceived - bytesBefore,
                                left: page.more || !backfilling ? left : 0)
            progress(done)
            if page.more && !fetchedWatched {
                fetchedWatched = true
                await fetchWatchedThreads(within: budget.map { $0 - (connection.bytesReceived - bytesBefore) })
            }
            let remaining = try storeCall { () throws(StoreError) in try store.pendingMutations(limit: 1) }
            let pushAgain = !remaining.isEmpty && (answered > 0 || outOfOrder)
            if !page.more && !pushAgain && !startsOver { break }
        }
        return done
    }

    /// Logs the stored account's member in again with `password` and keeps the new session. As the
    /// member and server are the same, everything local stays: synced content, outbox, drafts.
    public func renewSession(password: String) async throws(SyncError) {
        guard var account = try storeCall({ () throws(StoreError) in try store.account() }) else { throw .notLoggedIn }
        let login = try await connection.login(username: account.username, password: password)
        guard login.user.id == account.userID else {
            throw .server(status: 409, message: "that login belongs to another member")
        }
        account.token = login.token
        let renewed = account
        try storeCall { () throws(StoreError) in try store.saveLogin(renewed) }
    }

    /// Fetches every post of a topic that the store lacks, at once, without touching the sync
    /// cursor (the sync brings them later anyway, harmlessly). Returns how many posts were added.
    public func fetchThread(topicID: Int64) async throws(SyncError) -> Int {
        guard let account = try storeCall({ () throws(StoreError) in try store.account() }) else { throw .notLoggedIn }
        var after: Int64 = 0
        var added = 0
        while true {
            let page = try await connection.topicPosts(token: account.token, topicID: topicID, after: after)
            added += try storeCall { () throws(StoreError) in try store.storeFetched(page) }
            guard page.more, let last = page.posts.last?.id else { return added }
            after = last
        }
    }

    /// The member's calendar subscription; `renewing` makes a new address (the old one stops working).
    public func calendarFeed(renewing: Bool) async throws(SyncError) -> CalendarFeed {
        guard let account = try storeCall({ () throws(StoreError) in try store.account() }) else { throw .notLoggedIn }
        return try await connection.calendarFeed(token: account.token, renewing: renewing)
    }

    /// The network's events month by month, for the last `months` months.
    public func eventStatistics(months: Int) async throws(SyncError) -> EventStatistics {
        guard let account = try storeCall({ () throws(StoreError) in try store.account() }) else { throw .notLoggedIn }
        return try await connection.eventStatistics(token: account.token, months: months)
    }

    /// The network's pulse, asked of the server at once (coordinators only).
    public func networkPulse(weeks: Int) async throws(SyncError) -> NetworkPulse {
        guard let account = try storeCall({ () throws(StoreError) in try store.account() }) else { throw .notLoggedIn }
        return try await connection.networkPulse(token: account.token, weeks: weeks)
    }

    /// The review queue's metrics, asked of the server at once (moderators and admins only).
    public func moderationStatistics(weeks: Int) async throws(SyncError) -> ModerationStatistics {
        guard let account = try storeCall({ () throws(StoreError) in try store.account() }) else { throw .notLoggedIn }
        return try await connection.moderationStatistics(token: account.token, weeks: weeks)
    }

    /// Who answered an event, asked of the server at once (the list is not synced).
    public func eventParticipants(eventID: Int64, occurrence: Date? = nil) async throws(SyncError) -> EventParticipants {
        guard let account = try storeCall({ () throws(StoreError) in try store.account() }) else { throw .notLoggedIn }
        return try await connection.eventParticipants(token: account.token, eventID: eventID, occurrence: occurrence)
    }

    /// Once per run, while older content is still coming: the threads the member watches that are
    /// not all here yet are fetched at once, so they come before the rest of the backfill. A thread
    /// that cannot be fetched now is left to the sync.
    /// What is left of a budget (`budgetLeft`) bounds them too.
    private func fetchWatchedThreads(within budgetLeft: Int?) async {
        guard let topics = try? store.watchedTopicsLackingPosts(limit: Self.watchedThreadsPerRun) else { return }
        let start = connection.bytesReceived
        for topicID in topics {
            if let budgetLeft, connection.bytesReceived - start >= budgetLeft { return }
            _ = try? await fetchThread(topicID: topicID)
        }
    }

    /// A downloader of library files into `folder`, signed in as the stored account.
    public func fileDownload(into folder: URL) throws(SyncError) -> FileDownload {
        guard let account = try storeCall({ () throws(StoreError) in try store.account() }) else { throw .notLoggedIn }
        return FileDownload(connection: connection, token: account.token, folder: folder)
    }

    /// At most this many watched threads are fetched ahead of the backfill in one run.
    static let watchedThreadsPerRun = 50

    /// Bytes received from the server over this synchronizer's connection so far.
    public var bytesReceived: Int { connection.bytesReceived }

    /// Whether writes wait in the outbox to be pushed.
    public func hasPendingWrites() throws(SyncError) -> Bool {
        try !storeCall { () throws(StoreError) in try store.pendingMutations(limit: 1) }.isEmpty
    }

    /// Holds one request open until the server has news or `seconds` pass (long-poll), and applies
    /// the news. Returns the progress when a page arrived (when `more` is true, `run` fetches the
    /// rest), nil when nothing happened. Nothing is retried here: on failure, call `run`.
    public func waitForChanges(seconds: Int, backfilling: Bool = true,
                               now: @Sendable () -> Date = Date.init) async throws(SyncError) -> SyncProgress? {
        guard let account = try storeCall({ () throws(StoreError) in try store.account() }) else { throw .notLoggedIn }
        let cursor = try storeCall { () throws(StoreError) in try store.syncState().cursor }
        guard let page = try await connection.waitForChanges(token: account.token, cursor: cursor, seconds: seconds,
                                                             limit: pageSize, backfilling: backfilling) else {
            return nil
        }
        let startsOver = try storeCall { () throws(StoreError) in try store.apply(page, syncedAt: now()) }
        return SyncProgress(pages: 1, changes: page.changes.count, more: page.more || startsOver)
    }

    func storeCall<T>(_ body: () throws(StoreError) -> T) throws(SyncError) -> T {
        do {
            return try body()
        } catch {
            throw .store(error)
        }
    }
}
