import Foundation
import StaffroomProtocol
import Synchronization

/// Keeps the store in step with the server while the interface is open. A full sync comes first;
/// then one long-poll request is held open at a time, so news arrives within moments of being
/// written while an idle client costs one small exchange every `longPollSeconds`. `syncNow()` (a
/// write was made, the user asked) interrupts the wait and pushes at once.
///
/// When the server cannot be reached, each full sync retries as its `RetryPolicy` says; after a
/// failed run the loop pauses (30 s, doubling to 5 minutes, with jitter) and tries again by itself.
/// A failure that needs the user (the session expired) stops it until the next `syncNow()`.
public final class LiveSync: Sendable {
    /// What the loop reports.
    public enum Event: Equatable, Sendable {
        /// A full sync began.
        case started
        /// A page was applied.
        case progressed(SyncProgress)
        /// A round trip failed and is tried again shortly.
        case retrying(RetryNotice)
        /// The store is in step with the server.
        case finished(at: Date)
        /// A long-poll ended without news: still in step.
        case upToDate(at: Date)
        /// A full sync failed; for a passing reason, the loop tries again by itself.
        case failed(SyncError)
    }

    private let synchronizer: Synchronizer
    private let budget: Int?
    private let longPollSeconds: Int
    private let pauseAfterFailure: RetryPolicy
    private let events: @Sendable (Event) -> Void
    private let nudge = Nudge()
    private let task = Mutex<Task<Void, Never>?>(nil)

    /// - Parameters:
    ///   - longPollSeconds: how long the server holds a request while nothing happens.
    ///   - pauseAfterFailure: the pause between failed runs (its attempt count is not used).
    ///   - budget: bytes the session may spend on older content in the background; news always comes.
    public init(synchronizer: Synchronizer, budget: Int? = nil, longPollSeconds: Int = 25,
                pauseAfterFailure: RetryPolicy = RetryPolicy(attempts: .max, firstDelay: 30, longestDelay: 300,
                                                             longestServerWait: 3_600),
                events: @escaping @Sendable (Event) -> Void) {
        self.synchronizer = synchronizer
        self.budget = budget
        self.longPollSeconds = longPollSeconds
        self.pauseAfterFailure = pauseAfterFailure
        self.events = events
    }

    /// Starts the loop, or, when it runs, makes it sync at once.
    public func syncNow() {
        let started = task.withLock { task in
            if task != nil { return true }
            task = Task.detached { [self] in await loop() }
            return false
        }
        if started { nudge.nudge() }
    }

    /// Logs the same member in again (the server ended the session) and syncs at once; the
    /// outbox, drafts and everything synced stay as they are.
    public func renewSession(password: String) async throws(SyncError) {
        try await synchronizer.renewSession(password: password)
        syncNow()
    }

    /// Fetches the posts of a topic the store lacks, at once, beside the running loop.
    public func fetchThread(topicID: Int64) async throws(SyncError) -> Int {
        try await synchronizer.fetchThread(topicID: topicID)
    }

    /// Who answered an event, beside the running loop.
    public func eventParticipants(eventID: Int64, occurrence: Date? = nil) async throws(SyncError) -> EventParticipants {
        try await synchronizer.eventParticipants(eventID: eventID, occurrence: occurrence)
    }

    /// The network's pulse, asked of the server at once (coordinators only).
    public func networkPulse(weeks: Int) async throws(SyncError) -> NetworkPulse {
        try await synchronizer.networkPulse(weeks: weeks)
    }

    /// Stops the loop: the request in flight is cancelled. `stopped()` waits for the end.
    public func stop() {
        task.withLock { $0?.cancel() }
    }

    /// Waits until a stopped loop has ended.
    public func stopped() async {
        await task.withLock { $0 }?.value
    }

    private func loop() async {
        var failedRuns = 0
        var failedPolls = 0
        var fullSyncDue = true
        let bytesAtStart = synchronizer.bytesReceived
        let budgetLeft = { [budget, synchronizer] in budget.map { max(0, $0 - (synchronizer.bytesReceived - bytesAtStart)) } }
        while !Task.isCancelled {
            if fullSyncDue || (try? synchronizer.hasPendingWrites()) == true {
                events(.started)
                do throws(SyncError) {
                    _ = try await synchronizer.run(budget: budgetLeft(), progress: { [events] in events(.progressed($0)) },
                                                   retrying: { [events] in events(.retrying($0)) })
                    events(.finished(at: Date()))
                    failedRuns = 0
                    fullSyncDue = false
                } catch {
                    events(.failed(error))
                    if error.isTransient {
                        failedRuns += 1
                        _ = await nudge.wait(orSeconds: pause(after: failedRuns, of: error))
                    } else if !(await nudge.wait()) {
                        return
                    }
                    continue
                }
            }
            if failedPolls > 0, await nudge.wait(orSeconds: pause(after: failedPolls, of: .unreachable(.connectionLost), scale: 1 / 30)) {
                fullSyncDue = true
                continue
            }
            switch await longPollOrNudge(backfilling: budgetLeft().map { $0 > 0 } ?? true) {
            case .nudged:
                fullSyncDue = true
            case .news(let progress):
                failedPolls = 0
                events(.progressed(progress))
                if progress.more { fullSyncDue = true } else { events(.finished(at: Date())) }
            case .nothingNew:
                failedPolls = 0
                events(.upToDate(at: Date()))
            case .failed:
                failedPolls += 1
                fullSyncDue = true
            }
        }
    }

    private enum PollOutcome: Sendable {
        case nudged, news(SyncProgress), nothingNew, failed
    }

    /// One long-poll, cut short by a nudge (its answer, if it came meanwhile, is fetched again by
    /// the full sync that follows).
    private func longPollOrNudge(backfilling: Bool) async -> PollOutcome {
        await withTaskGroup(of: PollOutcome?.self) { group in
            group.addTask { [self] in
                do throws(SyncError) {
                    return try await synchronizer.waitForChanges(seconds: longPollSeconds, backfilling: backfilling)
                        .map { .news($0) } ?? .nothingNew
                } catch {
                    return Task.isCancelled ? nil : .failed
                }
            }
            group.addTask { [nudge] in await nudge.wait() ? .nudged : nil }
            let first = await group.next() ?? nil
            group.cancelAll()
            var outcomes = [first]
            for await other in group { outcomes.append(other) }
            // A nudge is never lost, even when the poll ended at the same moment.
            if outcomes.contains(where: { if case .nudged = $0 { true } else { false } }) { return .nudged }
            return outcomes.compactMap { $0 }.first ?? .nudged
        }
    }

    private func pause(after failures: Int, of error: SyncError, scale: Double = 1) -> Double {
        let policy = RetryPolicy(attempts: .max, firstDelay: pauseAfterFailure.firstDelay * scale,
                                 longestDelay: pauseAfterFailure.longestDelay * scale,
                                 longestServerWait: pauseAfterFailure.longestServerWait)
        return policy.delay(afterFailure: failures, of: error) ?? pauseAfterFailure.longestDelay * scale
    }
}
