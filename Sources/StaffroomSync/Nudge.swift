import Synchronization

/// A wake-up call for a loop that waits: `nudge()` ends the current or the next `wait`.
/// Nudges that come while nobody waits are kept as one.
final class Nudge: Sendable {
    private struct State {
        var pending = false
        var waiter: CheckedContinuation<Bool, Never>?
    }

    private let state = Mutex(State())

    /// Wakes the waiting loop, or the next wait if none is waiting.
    func nudge() {
        let waiter = state.withLock { state in
            guard let waiter = state.waiter else {
                state.pending = true
                return nil as CheckedContinuation<Bool, Never>?
            }
            state.waiter = nil
            return waiter
        }
        waiter?.resume(returning: true)
    }

    /// Waits for a nudge: true when nudged, false when the task was cancelled. One loop waits at a time.
    func wait() async -> Bool {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
                let answer: Bool? = state.withLock { state in
                    if state.pending {
                        state.pending = false
                        return true
                    }
                    if Task.isCancelled { return false }
                    state.waiter = continuation
                    return nil
                }
                if let answer { continuation.resume(returning: answer) }
            }
        } onCancel: {
            let waiter = state.withLock { state in
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume(returning: false)
        }
    }

    /// Waits for a nudge or `seconds`, whichever comes first: true when nudged.
    func wait(orSeconds seconds: Double) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask { await self.wait() }
            group.addTask {
                try? await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
                return false
            }
            var nudged = await group.next() ?? false
            group.cancelAll()
            // A nudge that came as the time ran out is not lost.
            for await result in group { nudged = nudged || result }
            return nudged
        }
    }
}
