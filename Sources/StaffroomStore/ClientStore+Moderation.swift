import Foundation
import GRDB
import StaffroomProtocol

extension ClientStore {
    /// Keeps a review item as the server last sent it.
    static func store(_ item: ReviewItem, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO reviewItem (id, status, score, createdAt, entity) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET status = excluded.status, score = excluded.score, entity = excluded.entity
            """, arguments: [item.id, item.status.rawValue, item.score, item.createdAt, try entityJSON(item)])
    }

    /// Keeps an audit entry as the server last sent it.
    static func store(_ entry: AuditEntry, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO auditEntry (id, createdAt, entity) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET entity = excluded.entity
            """, arguments: [entry.id, entry.createdAt, try entityJSON(entry)])
    }

    /// The review items waiting for a moderator, highest score first, then oldest first; at most `limit`.
    public func pendingReviewItems(limit: Int) throws(StoreError) -> [ReviewItem] {
        try StoreError.mapping {
            try writer.read { db in
                try String.fetchAll(db, sql: """
                    SELECT entity FROM reviewItem WHERE status = 'pending' ORDER BY score DESC, createdAt, id LIMIT ?
                    """, arguments: [limit])
                    .map { try WireFormat.makeDecoder().decode(ReviewItem.self, from: Data($0.utf8)) }
            }
        }
    }

    private static func entityJSON(_ value: some Encodable) throws -> String {
        String(decoding: try WireFormat.makeEncoder().encode(value), as: UTF8.self)
    }
}
