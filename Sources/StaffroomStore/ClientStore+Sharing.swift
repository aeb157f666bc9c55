import Foundation
import GRDB
import StaffroomProtocol

/// A local file that a resource shared from this device is made of, until the server holds it.
public struct PendingFile: Equatable, Sendable {
    public var sha256: String
    public var path: String
    public var size: Int64

    public init(sha256: String, path: String, size: Int64) {
        self.sha256 = sha256
        self.path = path
        self.size = size
    }
}

extension ClientStore {
    /// Puts a `shareResource` write in the outbox together with where its files are on disk, in one
    /// transaction: the next sync uploads them, then pushes the write.
    @discardableResult
    public func enqueueShare(_ draft: ResourceDraft, files: [PendingFile], at date: Date = Date()) throws(StoreError) -> OutboxItem {
        try StoreError.mapping {
            try writer.write { db in
                for file in files {
                    try db.execute(sql: "INSERT OR REPLACE INTO pendingFile (sha256, path, size) VALUES (?, ?, ?)",
                                   arguments: [file.sha256, file.path, file.size])
                }
                return try Self.enqueue(.shareResource(resource: draft), at: date, in: db)
            }
        }
    }

    /// Where the file with this checksum is on disk, when it still waits to be uploaded.
    public func pendingFile(sha256: String) throws(StoreError) -> PendingFile? {
        try StoreError.mapping {
            try writer.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM pendingFile WHERE sha256 = ?", arguments: [sha256])
                    .map { PendingFile(sha256: $0["sha256"], path: $0["path"], size: $0["size"]) }
            }
        }
    }

    /// Forgets a file once the server holds it.
    public func forgetPendingFile(sha256: String) throws(StoreError) {
        try StoreError.mapping {
            try writer.write { db in try db.execute(sql: "DELETE FROM pendingFile WHERE sha256 = ?", arguments: [sha256]) }
        }
    }

    /// Keeps a pending write as not sent for a reason found on this device (a file too large for
    /// the server, or changed since it was chosen); the server never sees it.
    public func refuseLocally(_ mutation: Mutation, code: RejectionCode, message: String) throws(StoreError) {
        try StoreError.mapping {
            try writer.write { db in
                try db.execute(sql: """
                    UPDATE outbox SET state = 'not_sent', code = ?, message = ? WHERE sequence = ? AND clientID = ? AND state = 'pending'
                    """, arguments: [code.rawValue, message, mutation.sequence, mutation.clientID])
            }
        }
    }
}
