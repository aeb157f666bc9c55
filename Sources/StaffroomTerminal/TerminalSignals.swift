#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Signals the UI loop cares about, caught by a handler that records them and wakes the loop.
public enum TerminalSignal: Int32, CaseIterable, Sendable {
    case resize
    case hangup
    case terminate
    case interrupt

    var number: Int32 {
        switch self {
        case .resize: SIGWINCH
        case .hangup: SIGHUP
        case .terminate: SIGTERM
        case .interrupt: SIGINT
        }
    }
}

/// Installs handlers for `TerminalSignal`s. A handler only sets a bit and writes a byte to the wake
/// pipe (both async-signal-safe); the loop collects the bits with `takePending()`.
public enum TerminalSignals {
    private static let pending = Atomic<UInt32>(0)
    private static let wakeDescriptor = Atomic<Int32>(-1)

    /// Routes the signals to `wake`. Installed before curses starts, so curses keeps its own
    /// handlers out and resizing is handled by the loop.
    public static func install(waking wake: WakeSignal) {
        wakeDescriptor.store(wake.writeDescriptor, ordering: .releasing)
        for signalKind in TerminalSignal.allCases {
            signal(signalKind.number, handleSignal)
        }
    }

    /// Puts the default handlers back.
    public static func uninstall() {
        for signalKind in TerminalSignal.allCases { signal(signalKind.number, SIG_DFL) }
        wakeDescriptor.store(-1, ordering: .releasing)
    }

    /// The signals caught since the last call.
    public static func takePending() -> [TerminalSignal] {
        let bits = pending.exchange(0, ordering: .acquiringAndReleasing)
        return TerminalSignal.allCases.filter { bits & (1 << UInt32($0.number)) != 0 }
    }

    private static let handleSignal: @convention(c) (Int32) -> Void = { number in
        pending.bitwiseOr(1 << UInt32(number), ordering: .relaxed)
        var byte: UInt8 = 1
        let descriptor = wakeDescriptor.load(ordering: .acquiring)
        if descriptor >= 0 { _ = write(descriptor, &byte, 1) }
    }
}
