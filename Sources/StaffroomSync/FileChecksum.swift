import Crypto
import Foundation

/// SHA-256 of files on disk, as the library's catalogue records them (lower-case hex).
public enum FileChecksum {
    /// The checksum of the file at `path`, read a megabyte at a time.
    public static func sha256(ofFileAt path: String) throws -> String {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
