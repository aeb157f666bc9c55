import Foundation
import GRDB
import StaffroomProtocol

/// One file asked for from the library, in the download queue.
public struct Download: Equatable, Sendable, Identifiable {
    /// Where a download is.
    public enum State: String, Equatable, Sendable {
        /// Waiting for its turn (or for the connection).
        case queued
        /// Being fetched now.
        case active
        /// Stopped by the member; the partial file is kept for a resume.
        case paused
        /// On disk at `path`, its checksum verified.
        case done
        /// Stopped by a problem (`problem` says which); kept for a retry.
        case failed
    }

    /// Why a download stopped.
    public enum Problem: String, Equatable, Sendable {
        /// The bytes did not have the catalogue's checksum; the partial file was discarded.
        case checksumMismatch = "checksum_mismatch"
        /// The disk is full; the partial file is kept.
        case diskFull = "disk_full"
        /// The downloads folder cannot be written.
        case cannotWrite = "cannot_write"
        /// The server no longer has the file.
        case gone
        /// The connection failed; it resumes by itself.
        case unreachable
    }

    public var id: Int64
    public var resourceID: Int64
    /// The file's place in the resource's `files`.
    public var fileIndex: Int
    /// The file's name as the author gave it (never used as a path as it is).
    public var name: String
    public var sha256: String
    public var size: Int64
    /// Bytes on disk so far.
    public var received: Int64
    public var state: State
    public var problem: Problem?
    /// Where the verified file landed.
    public var path: String?
    public var addedAt: Date

    public init(id: Int64 = 0, resourceID: Int64, fileIndex: Int, name: String, sha256: String, size: Int64, received: Int64 = 0,
                state: State = .queued, problem: Problem? = nil, path: String? = nil, addedAt: Date) {
        self.id = id
        self.resourceID = resourceID
        self.fileIndex = fileIndex
        self.name = name
        self.sha256 = sha256
        self.size = size
        self.received = received
        self.state = state
        self.problem = problem
        self.path = path
        self.addedAt = addedAt
    }

    /// Whether the queue still has work for it.
    public var isPending: Bool { state == .queued || state == .active }
}

extension Download: FetchableRecord {
    public init(row: Row) throws {
        self.init(id: row["id"], resourceID: row["resourceID"], fileIndex: row["fileIndex"], name: row["name"], sha256: row["sha256"],
                  size: row["size"], received: row["received"], state: State(rawValue: row["state"]) ?? .queued,
                  problem: (row["problem"] as String?).flatMap(Problem.init(rawValue:)), path: row["path"], addedAt: row["addedAt"])
    }
}
