import Foundation
import GRDB
import StaffroomProtocol

/// Finding and clearing unread posts, in the order the lists show them.
extension ClientStore {
    /// The next topic with unread posts: in the same forum after `topic` (in list order: pinned,
    /// then newest activity), then in the forums after it (in display order), then, wrapping round,
    /// in the same forum above `topic`.
    public func nextUnreadTopic(after topic: TopicKey?, inForum forumID: Int64?) throws(StoreError) -> (summary: TopicSummary, forum: Forum)? {
        try StoreError.mapping {
            try writer.read { db in
                let forums = try Forum.fetchAll(db, sql: """
                    SELECT forum.* FROM forum JOIN category ON category.id = forum.categoryID
                    ORDER BY category.position, category.id, forum.position, forum.id
                    """)
                guard !forums.isEmpty else { return nil }
                let start = forums.firstIndex { $0.id == forumID } ?? 0
                if let found = try Self.firstUnread(inForum: forums[start].id, after: topic, before: nil, in: db) {
                    return (found, forums[start])
                }
                for step in 1..<forums.count {
                    let forum = forums[(start + step) % forums.count]
                    if let found = try Self.firstUnread(inForum: forum.id, after: nil, before: nil, in: db) { return (found, forum) }
                }
                if let topic, let found = try Self.firstUnread(inForum: forums[start].id, after: nil, before: topic, in: db) {
                    return (found, forums[start])
                }
                return nil
            }
        }
    }

    /// The first unread topic of a forum in list order, only after `after` or only before `before`.
    private static func firstUnread(inForum forumID: Int64, after: TopicKey?, before: TopicKey?, in db: Database) throws -> TopicSummary? {
        var sql = topicSummarySelect + """
             AND topic.lastPostID > COALESCE(topicRead.lastReadPostID, 0) AND COALESCE(subscription.level, 'none') != 'mute'
            """
        var arguments: StatementArguments = [forumID]
        if let after {
            sql += " AND (topic.pinned, topic.lastPostAt, topic.id) < (?, ?, ?)"
            arguments += [after.pinned, after.lastPostAt, after.id]
        }
        if let before {
            sql += " AND (topic.pinned, topic.lastPostAt, topic.id) > (?, ?, ?)"
            arguments += [before.pinned, before.lastPostAt, before.id]
        }
        sql += " ORDER BY topic.pinned DESC, topic.lastPostAt DESC, topic.id DESC LIMIT 1"
        return try TopicSummary.fetchOne(db, sql: sql, arguments: arguments)
    }

    /// Marks every post of every topic of a forum read (each read mark goes to the outbox).
    public func markForumRead(_ forumID: Int64, at date: Date = Date()) throws(StoreError) {
        try StoreError.mapping {
            try writer.write { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT topic.id, topic.lastPostID FROM topic LEFT JOIN topicRead ON topicRead.topicID = topic.id
                    WHERE topic.forumID = ? AND topic.lastPostID > COALESCE(topicRead.lastReadPostID, 0)
                    ORDER BY topic.id
                    """, arguments: [forumID])
                for row in rows {
                    let topicID: Int64 = row["id"], lastPostID: Int64 = row["lastPostID"]
                    try Self.raiseReadMark(topicID: topicID, to: lastPostID, in: db)
                    try Self.enqueue(.markRead(topicID: topicID, upToPostID: lastPostID), at: date, in: db)
                }
            }
        }
    }
}
