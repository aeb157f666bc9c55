import Foundation
import GRDB
import StaffroomProtocol

/// Notices from the moderators to one member, inside the writing transaction.
struct MemberNotices {
    let db: Database

    /// Sends a notice; returns its id.
    @discardableResult
    func send(to userID: Int64, _ kind: MemberNotice.Kind, text: String, postID: Int64? = nil, topicID: Int64? = nil,
              until: Date? = nil, at now: Date) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO notice (userID, kind, text, postID, topicID, until, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [userID, kind.rawValue, text, postID, topicID, until, now])
        let id = db.lastInsertedRowID
        try ChangeLog.record(.notice, id: id, onlyFor: userID, in: db)
        return id
    }

    /// Marks a notice as taken back (its decision was undone).
    func lift(_ id: Int64, at now: Date) throws {
        guard let userID = try Int64.fetchOne(db, sql: "SELECT userID FROM notice WHERE id = ?", arguments: [id]) else { return }
        try db.execute(sql: "UPDATE notice SET liftedAt = ? WHERE id = ?", arguments: [now, id])
        try ChangeLog.record(.notice, id: id, onlyFor: userID, in: db)
    }

    /// The silence or suspension in force for a member at `now`: until when, and why.
    static func restriction(_ column: String, userID: Int64, now: Date, in db: Database) throws -> (until: Date, reason: String)? {
        guard let until = try Date.fetchOne(db, sql: "SELECT \(column) FROM user WHERE id = ?", arguments: [userID]), until > now else {
            return nil
        }
        let kind: MemberNotice.Kind = column == "suspendedUntil" ? .suspended : .silenced
        let reason = try String.fetchOne(db, sql: """
            SELECT text FROM notice WHERE userID = ? AND kind = ? AND liftedAt IS NULL ORDER BY id DESC LIMIT 1
            """, arguments: [userID, kind.rawValue]) ?? ""
        return (until, reason)
    }
}
