import Foundation
import GRDB
import StaffroomProtocol

extension MemberNotice: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "notice"
}

extension ClientStore {
    /// Keeps a notice as the server last sent it (and whether the interface showed it already).
    static func store(_ notice: MemberNotice, in db: Database) throws {
        try notice.upsert(db)
    }

    /// Notices the interface has not shown yet, oldest first.
    public func unseenNotices() throws(StoreError) -> [MemberNotice] {
        try StoreError.mapping {
            try writer.read { db in try MemberNotice.fetchAll(db, sql: "SELECT * FROM notice WHERE seenAt IS NULL ORDER BY createdAt, id") }
        }
    }

    /// Notes that the interface showed these notices.
    public func markNoticesSeen(_ ids: [Int64], at date: Date) throws(StoreError) {
        guard !ids.isEmpty else { return }
        try StoreError.mapping {
            try writer.write { db in
                try db.execute(sql: "UPDATE notice SET seenAt = ? WHERE seenAt IS NULL AND id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
                               arguments: [date] + StatementArguments(ids))
            }
        }
    }

    /// The silence in force on the member at `date`, if a moderator silenced them.
    public func silence(at date: Date) throws(StoreError) -> MemberNotice? {
        try StoreError.mapping {
            try writer.read { db in
                try MemberNotice.fetchAll(db, sql: """
                    SELECT * FROM notice WHERE kind = 'silenced' AND liftedAt IS NULL AND until > ? ORDER BY until DESC LIMIT 1
                    """, arguments: [date]).first
            }
        }
    }
}
