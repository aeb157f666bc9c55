import Crypto
import Foundation
import StaffroomProtocol

/// The library's file contents on disk, each kept once under its SHA-256: `ROOT/files/ab/abcdef…`.
/// Paths are made only from checksums the store has validated (64 lower-case hex digits), never
/// from a name a member or a request gave, so nothing outside the store can be reached through it.
/// Uploads in progress grow in `ROOT/partial/`, one file per member and content.
public struct ResourceFileStore: Sendable {
    /// The folder holding everything the store writes.
    public let root: URL

    /// Why a file could not be stored.
    public enum Failure: Error, Equatable {
        /// The bytes do not have the checksum they were declared with; the partial copy is gone.
        case checksumMismatch(actual: String)
        /// A chunk does not start where the partial copy ends.
        case offsetMismatch(received: Int64)
        /// A chunk would take the file beyond its declared size.
        case beyondSize
    }

    /// Opens (creating when needed) the store in `root`.
    public init(root: URL) throws {
        self.root = root
        for folder in ["files", "partial"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
    }

    /// Where the content with this checksum lives (whether or not it is there yet); nil when
    /// `sha256` is not a checksum.
    public func path(of sha256: String) -> String? {
        guard ResourceLimits.isSHA256(sha256) else { return nil }
        return root.appendingPathComponent("files").appendingPathComponent(String(sha256.prefix(2)))
            .appendingPathComponent(sha256).path
    }

    /// Whether the store holds the whole content with this checksum.
    public func contains(_ sha256: String) -> Bool {
        path(of: sha256).map { FileManager.default.fileExists(atPath: $0) } ?? false
    }

    /// Stores `data` (if the store does not hold it already) and returns its checksum.
    @discardableResult
    public func store(_ data: Data) throws -> String {
        let sha256 = Self.hex(SHA256.hash(data: data))
        guard let target = path(of: sha256), !FileManager.default.fileExists(atPath: target) else { return sha256 }
        let temporary = root.appendingPathComponent("partial").appendingPathComponent("seed-\(UUID().uuidString)")
        try data.write(to: temporary)
        try moveIntoStore(temporary.path, target: target)
        return sha256
    }

    /// Bytes of the member's partial upload of this content so far.
    func received(_ sha256: String, size: Int64, userID: Int64) -> Int64 {
        guard let partial = partialPath(sha256, size: size, userID: userID),
              let attributes = try? FileManager.default.attributesOfItem(atPath: partial) else { return 0 }
        return (attributes[.size] as? NSNumber)?.int64Value ?? 0
    }

    /// Appends a chunk at `offset` to the member's partial upload; when that completes the declared
    /// size, verifies the checksum and moves the file into the store. Returns the bytes now held.
    func append(_ chunk: Data, at offset: Int64, to sha256: String, size: Int64, userID: Int64) throws -> Int64 {
        guard let partial = partialPath(sha256, size: size, userID: userID), let target = path(of: sha256) else {
            throw Failure.beyondSize
        }
        let held = received(sha256, size: size, userID: userID)
        guard offset == held else { throw Failure.offsetMismatch(received: held) }
        guard offset + Int64(chunk.count) <= size else { throw Failure.beyondSize }
        if !FileManager.default.fileExists(atPath: partial) {
            try Data().write(to: URL(fileURLWithPath: partial))
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: partial))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: chunk)
        let now = offset + Int64(chunk.count)
        guard now == size else { return now }
        try handle.close()
        let actual = try Self.checksum(ofFileAt: partial)
        guard actual == sha256 else {
            try? FileManager.default.removeItem(atPath: partial)
            throw Failure.checksumMismatch(actual: actual)
        }
        try moveIntoStore(partial, target: target)
        return now
    }

    /// The SHA-256 of a file on disk, in lower-case hex, read a megabyte at a time.
    public static func checksum(ofFileAt path: String) throws -> String {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
        }
        return hex(hasher.finalize())
    }

    private static func hex(_ digest: some Sequence<UInt8>) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }

    private func partialPath(_ sha256: String, size: Int64, userID: Int64) -> String? {
        guard ResourceLimits.isSHA256(sha256), size >= 0 else { return nil }
        return root.appendingPathComponent("partial").appendingPathComponent("\(userID)-\(size)-\(sha256)").path
    }

    /// Moves a complete file into its place; another copy that got there first wins (same bytes).
    private func moveIntoStore(_ source: String, target: String) throws {
        let folder = (target as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if FileManager.default.fileExists(atPath: target) {
            try FileManager.default.removeItem(atPath: source)
        } else {
            try FileManager.default.moveItem(atPath: source, toPath: target)
        }
    }
}
