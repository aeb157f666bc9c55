import Foundation
import GRDB

/// Deleted posts stay as tombstones (an empty body and `deletedAt`) so that every client learns of
/// the deletion. After the retention period they are purged for good; clients whose cursor is older
/// than the purge start again from the beginning (see `SyncWindow`).
extension ServerDatabase {
    /// How long tombstones are kept unless the operator says otherwise.
    public static let defaultDeletionRetentionDays = 180

    /// Removes posts deleted before `cutoff`, with their change-log entries, flags and bookmarks, and
    /// moves the purge horizon past them. Returns how many posts were purged.
    @discardableResult
    public func purgeDeletions(before cutoff: Date) throws -> Int {
        try writer.write { db in
            let purged = try Row.fetchAll(db, sql: """
                SELECT post.id, post.topicID, change.seq FROM post
                LEFT JOIN change ON change.entity = 'post' AND change.entityID = post.id
                WHERE post.deletedAt IS NOT NULL AND post.deletedAt < ?
                """, arguments: [cutoff])
            guard !purged.isEmpty else { return 0 }
            let horizon = purged.compactMap { $0["seq"] as Int64? }.max() ?? 0
            var topics = Set<Int64>()
            for row in purged {
                let postID: Int64 = row["id"]
                topics.insert(row["topicID"])
                try db.execute(sql: """
                    DELETE FROM change WHERE (entity = 'post' AND entityID = ?)
                       OR (entity = 'bookmark' AND entityID IN (SELECT id FROM bookmark WHERE postID = ?))
                    """, arguments: [postID, postID])
                try db.execute(sql: "DELETE FROM post WHERE id = ?", arguments: [postID])
            }
            for topicID in topics {
                try db.execute(sql: """
                    UPDATE topic SET postCount = (SELECT COUNT(*) FROM post WHERE topicID = topic.id),
                                     lastPostID = COALESCE((SELECT MAX(id) FROM post WHERE topicID = topic.id), lastPostID)
                    WHERE id = ?
                    """, arguments: [topicID])
                try ChangeLog.record(.topic, id: topicID, in: db)
            }
            try db.execute(sql: """
                INSERT INTO meta (key, value) VALUES ('purgeHorizon', ?)
                ON CONFLICT(key) DO UPDATE SET value = MAX(CAST(value AS INTEGER), excluded.value)
                """, arguments: [horizon])
            return purged.count
        }
    }
}
