import Foundation
import StaffroomProtocol
import StaffroomStore

/// Brings the local store and the server together: each round trip pushes the oldest pending
/// writes and fetches the page after the stored cursor; the answer (what became of the writes, the
/// changes and the new cursor) is applied in one transaction, so an interrupted sync resumes where
/// it stopped and a write whose answer was lost is sent again and recognised by the server.
public struct Synchronizer: Sendable {
    let connection: ServerConnection
    let store: ClientStore

    public init(connection: ServerConnection, store: ClientStore) {
        self.connection = connection
        self.store = store
    }

    /// Syncs until nothing is left to push or pull; reports progress after every applied page.
    public func run(now: @Sendable () -> Date = Date.init,
                    progress: @Sendable (SyncProgress) -> Void = { _ in }) async throws(SyncError) -> SyncProgress {
        guard let account = try storeCall({ () throws(StoreError) in try store.account() }) else { throw .notLoggedIn }
        let device = try storeCall { () throws(StoreError) in try store.deviceID() }
        var done = SyncProgress(pages: 0, changes: 0, more: true)
        var restarted = false
        var renumbered = 0
        while true {
            let cursor = try storeCall { () throws(StoreError) in try store.syncState().cursor }
            let pending = try storeCall { () throws(StoreError) in try store.pendingMutations() }
            let page: SyncPage
            do {
                page = pending.isEmpty
                    ? try await connection.syncPage(token: account.token, cursor: cursor)
                    : try await connection.sync(token: account.token,
                                                request: SyncRequest(device: device, mutations: pending, cursor: cursor))
            } catch .server(status: 410, _) where !restarted {
                restarted = true
                try storeCall { () throws(StoreError) in try store.restartSync() }
                continue
            }
            try storeCall { () throws(StoreError) in try store.apply(page, syncedAt: now()) }
            let outOfOrder = page.results.contains { $0.outcome == .outOfOrder }
            if outOfOrder {
                renumbered += 1
                guard renumbered <= 2 else {
                    throw .server(status: 409, message: page.results.last?.message ?? "write numbers out of order")
                }
            }
            let answered = page.results.count { $0.outcome != .outOfOrder }
            done = SyncProgress(pages: done.pages + 1, changes: done.changes + page.changes.count,
                                sent: done.sent + answered, more: page.more)
            progress(done)
            let remaining = try storeCall { () throws(StoreError) in try store.pendingMutations(limit: 1) }
            let pushAgain = !remaining.isEmpty && (answered > 0 || outOfOrder)
            if !page.more && !pushAgain { break }
        }
        return done
    }

    private func storeCall<T>(_ body: () throws(StoreError) -> T) throws(SyncError) -> T {
        do {
            return try body()
        } catch {
            throw .store(error)
        }
    }
}
