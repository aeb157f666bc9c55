import Foundation
import ServiceLifecycle
import Synchronization

/// Wakes the requests that wait for news (long-poll) whenever a transaction that wrote to the
/// change log commits. Each commit moves the generation on; a waiter that read the generation
/// before looking for changes cannot miss one that committed after it looked.
final class ChangeSignal: Sendable {
    private struct State {
        var generation: UInt64 = 0
        var waiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
        var nextWaiter: UInt64 = 0
    }

    private let state = Mutex(State())

    /// The number of commits seen so far.
    var generation: UInt64 {
        state.withLock { $0.generation }
    }

    /// Called after each commit that changed the log.
    func signal() {
        let waiters = state.withLock { state in
            state.generation += 1
            defer { state.waiters.removeAll() }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Returns once the generation is past `generation`, after `seconds`, when the task is
    /// cancelled or when the server begins to shut down, whichever comes first.
    func wait(pastGeneration generation: UInt64, seconds: Double) async {
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await self.waitForCommit(pastGeneration: generation) }
                group.addTask { try? await Task.sleep(for: .milliseconds(Int(seconds * 1000))) }
                await group.next()
                group.cancelAll()
            }
        }
    }

    private func waitForCommit(pastGeneration generation: UInt64) async {
        let id = state.withLock { state in
            defer { state.nextWaiter += 1 }
            return state.nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { state in
                    if state.generation > generation || Task.isCancelled { return true }
                    state.waiters[id] = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { $0.waiters.removeValue(forKey: id) }
            waiter?.resume()
        }
    }
}
