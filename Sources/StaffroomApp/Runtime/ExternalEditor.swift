import Foundation
import Subprocess
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Runs the user's `$VISUAL` or `$EDITOR` (or `vi`) on a private temporary file holding the draft,
/// on the same terminal, and reads the file back.
struct ExternalEditor: Sendable {
    /// The command, as the user wrote it in the environment (it may carry arguments).
    let command: String
    let temporaryFolder: String

    init(environment: [String: String]) {
        let chosen = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty }
        command = chosen ?? "vi"
        temporaryFolder = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    }

    /// Why the editor could not be used; the draft is left as it was.
    struct Failure: Error {
        let reason: String
    }

    /// Edits `text` and returns what the editor saved. Blocks the calling thread until the editor exits.
    func edit(_ text: String) throws(Failure) -> String {
        let path = (temporaryFolder as NSString).appendingPathComponent("staffroom-draft-\(UUID().uuidString).md")
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw Failure(reason: "cannot write \(path)")
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let status = runAndWait(path: path)
        guard let status else { throw Failure(reason: "cannot start \(command)") }
        guard status == 0 else { throw Failure(reason: "\(command) exited with status \(status)") }
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure(reason: "the file was removed") }
        var edited = String(decoding: data, as: UTF8.self)
        if edited.hasSuffix("\n") && !text.hasSuffix("\n") { edited.removeLast() }
        return edited
    }

    /// Runs `sh -c '<command> "$1"' sh <path>` on the terminal; nil when it could not start.
    private func runAndWait(path: String) -> Int32? {
        let outcome = Mutex(Int32?.none)
        let done = DispatchSemaphore(value: 0)
        let shellCommand = command + " \"$1\""
        Task.detached {
            defer { done.signal() }
            guard let result = try? await Subprocess.run(
                .path("/bin/sh"), arguments: ["-c", shellCommand, "sh", path],
                input: .currentStandardInput, output: .currentStandardOutput, error: .currentStandardError) else { return }
            if case .exited(let code) = result.terminationStatus {
                outcome.withLock { $0 = code }
            } else {
                outcome.withLock { $0 = -1 }
            }
        }
        done.wait()
        return outcome.withLock { $0 }
    }
}
