import Synchronization
import StaffroomTerminal

/// What effects send back to the UI loop.
enum RuntimeMessage: Sendable {
    case action(Action)
    case repaint
    /// Suspend the interface and hand this text to `$EDITOR`.
    case editExternally(String)
    case quit
}

/// A thread-safe queue from effect tasks to the UI loop; posting wakes the loop.
final class Mailbox: Sendable {
    private let messages = Mutex<[RuntimeMessage]>([])
    private let wake: WakeSignal

    init(wake: WakeSignal) { self.wake = wake }

    func post(_ message: RuntimeMessage) {
        messages.withLock { $0.append(message) }
        wake.wake()
    }

    func post(_ action: Action) { post(.action(action)) }

    /// Everything posted since the last call, oldest first.
    func drain() -> [RuntimeMessage] {
        messages.withLock { pending in
            defer { pending.removeAll() }
            return pending
        }
    }
}
