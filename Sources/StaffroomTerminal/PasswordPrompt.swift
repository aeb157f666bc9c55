#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Asks for a password on the controlling terminal without echoing it. The terminal's settings are
/// always restored: Ctrl-C cancels the prompt instead of killing the process with echo still off.
public enum PasswordPrompt {
    /// Why no password was read.
    public enum Failure: Error, Equatable {
        /// There is no terminal to ask on (cron, a pipe): use a password file.
        case noTerminal
        /// The user pressed Ctrl-C or Ctrl-D.
        case cancelled
    }

    /// Prints `prompt` and reads one line without echo. Backspace and Ctrl-U edit as usual.
    public static func ask(_ prompt: String) throws(Failure) -> String {
        let descriptor = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { throw .noTerminal }
        defer { close(descriptor) }
        var original = termios()
        guard tcgetattr(descriptor, &original) == 0 else { throw .noTerminal }
        var quiet = original
        quiet.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG)
        write(descriptor, prompt)
        guard tcsetattr(descriptor, TCSAFLUSH, &quiet) == 0 else { throw .noTerminal }
        defer {
            tcsetattr(descriptor, TCSAFLUSH, &original)
            write(descriptor, "\n")
        }
        var typed = PasswordLine()
        var byte: UInt8 = 0
        while read(descriptor, &byte, 1) == 1 {
            switch typed.accept(byte) {
            case .continue: continue
            case .done: return typed.text
            case .cancelled: throw .cancelled
            }
        }
        throw .cancelled
    }

    private static func write(_ descriptor: Int32, _ text: String) {
        _ = text.withCString { Glibc.write(descriptor, $0, strlen($0)) }
    }
}

/// The line being typed at a password prompt, edited byte by byte.
struct PasswordLine {
    enum Outcome { case `continue`, done, cancelled }

    private var bytes: [UInt8] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func accept(_ byte: UInt8) -> Outcome {
        switch byte {
        case 0x0A, 0x0D: return .done
        case 0x03: return .cancelled
        case 0x04: return bytes.isEmpty ? .cancelled : .done
        case 0x15: bytes.removeAll()
        case 0x7F, 0x08:
            while let last = bytes.popLast(), last & 0xC0 == 0x80 {}
        default: bytes.append(byte)
        }
        return .continue
    }
}
