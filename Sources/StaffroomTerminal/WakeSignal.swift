#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A self-pipe that lets any thread (or a signal handler) wake the UI loop out of `poll`.
public final class WakeSignal: Sendable {
    /// The end the UI loop polls.
    public let readDescriptor: Int32
    /// The end writers write one byte to.
    public let writeDescriptor: Int32

    /// Opens the pipe; both ends are non-blocking and closed on exec.
    public init() throws(TerminalError) {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { throw .cannotCreatePipe(errno: errno) }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = descriptors[0]
        writeDescriptor = descriptors[1]
    }

    deinit {
        close(readDescriptor)
        close(writeDescriptor)
    }

    /// Wakes the loop. Safe from any thread; a full pipe already means "wake up".
    public func wake() {
        var byte: UInt8 = 1
        _ = write(writeDescriptor, &byte, 1)
    }

    /// Empties the pipe after a wake-up.
    public func drain() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(readDescriptor, &buffer, buffer.count) > 0 {}
    }
}

/// Why the terminal layer could not start or continue.
public enum TerminalError: Error, Equatable {
    case cannotCreatePipe(errno: Int32)
    case notATerminal
    case cannotInitialize(term: String)
}
