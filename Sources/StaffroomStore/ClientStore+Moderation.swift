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

    /// The review items waiting for a moderator, highest score first, then oldest first; at most
    /// `limit`. An item this device has acted on (the write still in the outbox) is left out.
    public func pendingReviewItems(limit: Int) throws(StoreError) -> [ReviewItem] {
        try StoreError.mapping {
            try writer.read { db in
                try String.fetchAll(db, sql: """
                    SELECT entity FROM reviewItem
                    WHERE status = 'pending'
                      AND id NOT IN (SELECT json_extract(action, '$.moderate.itemID') FROM outbox
                                     WHERE state = 'pending' AND json_extract(action, '$.moderate.itemID') IS NOT NULL)
                    ORDER BY score DESC, createdAt, id LIMIT ?
                    """, arguments: [limit])
                    .map { try WireFormat.makeDecoder().decode(ReviewItem.self, from: Data($0.utf8)) }
            }
        }
    }

    /// What a moderator needs beside an item to judge it offline: the posts around it in its topic,
    /// its author's latest other posts, the actions taken on the author's posts before, the staff
    /// notes on the author, and the names of everyone involved. An item about a member has no posts
    /// around it.
    public func reviewContext(for item: ReviewItem) throws(StoreError) -> ReviewContext {
        try StoreError.mapping {
            try writer.read { db in
                let select = """
                    SELECT post.*, user.displayName AS authorName, 0 AS bookmarked FROM post LEFT JOIN user ON user.id = post.authorID
                    """
                var around: [ThreadPost] = []
                if let postID = item.postID, let topicID = item.topicID {
                    let before = try ThreadPost.fetchAll(db, sql: "\(select) WHERE post.topicID = ? AND post.id < ? ORDER BY post.id DESC LIMIT 2",
                                                         arguments: [topicID, postID])
                    let after = try ThreadPost.fetchAll(db, sql: "\(select) WHERE post.topicID = ? AND post.id >= ? ORDER BY post.id LIMIT 3",
                                                        arguments: [topicID, postID])
                    around = before.reversed() + after
                }
                let recent = try ThreadPost.fetchAll(db, sql: """
                    \(select) WHERE post.authorID = ? AND post.id != ? AND post.deletedAt IS NULL ORDER BY post.id DESC LIMIT 5
                    """, arguments: [item.authorID, item.postID ?? 0])
                let history = try String.fetchAll(db, sql: """
                    SELECT auditEntry.entity FROM auditEntry
                    WHERE json_extract(auditEntry.entity, '$.postID') IN (SELECT id FROM post WHERE authorID = ?)
                       OR json_extract(auditEntry.entity, '$.itemID') IN
                          (SELECT id FROM reviewItem WHERE json_extract(reviewItem.entity, '$.authorID') = ?)
                    ORDER BY auditEntry.createdAt DESC, auditEntry.id DESC LIMIT 10
                    """, arguments: [item.authorID, item.authorID])
                    .map { try WireFormat.makeDecoder().decode(AuditEntry.self, from: Data($0.utf8)) }
                let notes = try StaffNote.fetchAll(db, sql: "SELECT * FROM staffNote WHERE userID = ? ORDER BY createdAt DESC, id DESC LIMIT 10",
                                                   arguments: [item.authorID])
                let people = Set([item.authorID] + item.flags.map(\.userID) + history.map(\.moderatorID) + notes.map(\.authorID)
                                 + [item.claimedBy, item.handledBy].compactMap { $0 })
                return ReviewContext(
                    topicTitle: try item.topicID.flatMap { try String.fetchOne(db, sql: "SELECT title FROM topic WHERE id = ?", arguments: [$0]) },
                    around: around, recent: recent, history: history, notes: notes, names: try Self.names(of: people, in: db))
            }
        }
    }

    /// Takes back this device's latest moderation decision: withdrawn from the outbox while it waits
    /// there, else an `undoModeration` of the member's own newest standing decision of the last
    /// `ModerationLimits.undoSeconds`.
    public func undoLastModeration(by moderatorID: Int64, now: Date) throws(StoreError) -> ModerationUndo {
        try StoreError.mapping {
            try writer.write { db in
                if let waiting = try Int64.fetchOne(db, sql: """
                    SELECT id FROM outbox WHERE state = 'pending' AND json_extract(action, '$.moderate.itemID') IS NOT NULL
                    ORDER BY sequence DESC LIMIT 1
                    """) {
                    try db.execute(sql: "DELETE FROM outbox WHERE id = ?", arguments: [waiting])
                    return .withdrawn
                }
                guard let entryID = try Int64.fetchOne(db, sql: """
                    SELECT id FROM auditEntry
                    WHERE json_extract(entity, '$.moderatorID') = ? AND json_extract(entity, '$.undoneAt') IS NULL AND createdAt >= ?
                      AND id NOT IN (SELECT json_extract(action, '$.undoModeration.entryID') FROM outbox
                                     WHERE json_extract(action, '$.undoModeration.entryID') IS NOT NULL)
                    ORDER BY createdAt DESC, id DESC LIMIT 1
                    """, arguments: [moderatorID, now.addingTimeInterval(-ModerationLimits.undoSeconds)]) else { return .nothing }
                _ = try Self.enqueue(.undoModeration(entryID: entryID), at: now, in: db)
                return .queued
            }
        }
    }

    /// The audit log, newest first: every decision (and whether it was taken back) with the first
    /// words of the post it was about and its author; only those `filter` lets through; at most `limit`.
    public func auditLog(_ filter: AuditFilter, limit: Int) throws(StoreError) -> [AuditLogRow] {
        try StoreError.mapping {
            try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT * FROM (
                        SELECT auditEntry.entity, auditEntry.createdAt, auditEntry.id, COALESCE(post.body, '') AS text,
                               COALESCE(post.authorID, json_extract(reviewItem.entity, '$.authorID')) AS authorID
                        FROM auditEntry
                        LEFT JOIN post ON post.id = json_extract(auditEntry.entity, '$.postID')
                        LEFT JOIN reviewItem ON reviewItem.id = json_extract(auditEntry.entity, '$.itemID'))
                    WHERE (:moderator IS NULL OR json_extract(entity, '$.moderatorID') = :moderator)
                      AND (:action IS NULL OR json_extract(entity, '$.action') = :action)
                      AND (:member IS NULL OR authorID = :member)
                    ORDER BY createdAt DESC, id DESC LIMIT :limit
                    """, arguments: ["moderator": filter.moderatorID, "action": filter.action?.rawValue, "member": filter.memberID,
                                     "limit": limit])
                    .map { row in
                        AuditLogRow(entry: try WireFormat.makeDecoder().decode(AuditEntry.self, from: Data((row["entity"] as String).utf8)),
                                    postText: row["text"], authorID: row["authorID"])
                    }
            }
        }
    }

    /// Display names of these members, by id (those the store knows).
    public func userNames(_ ids: Set<Int64>) throws(StoreError) -> [Int64: String] {
        try StoreError.mapping { try writer.read { db in try Self.names(of: ids, in: db) } }
    }

    private static func names(of ids: Set<Int64>, in db: Database) throws -> [Int64: String] {
        guard !ids.isEmpty else { return [:] }
        let rows = try Row.fetchAll(db, sql: "SELECT id, displayName FROM user WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
                                    arguments: StatementArguments(Array(ids)))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as Int64, $0["displayName"] as String) })
    }

    private static func entityJSON(_ value: some Encodable) throws -> String {
        String(decoding: try WireFormat.makeEncoder().encode(value), as: UTF8.self)
    }
}

/// An item's surroundings for judging it: see `ClientStore.reviewContext(for:)`.
public struct ReviewContext: Equatable, Sendable {
    public var topicTitle: String?
    /// The flagged post with up to two posts before it in its topic and two after, in order.
    public var around: [ThreadPost]
    /// The author's latest other posts, newest first.
    public var recent: [ThreadPost]
    /// Actions taken on the author's posts, newest first.
    public var history: [AuditEntry]
    /// The moderators' notes on the author, newest first.
    public var notes: [StaffNote]
    /// Display names of the author, the flaggers and the moderators, by id.
    public var names: [Int64: String]

    public init(topicTitle: String?, around: [ThreadPost], recent: [ThreadPost], history: [AuditEntry], notes: [StaffNote] = [],
                names: [Int64: String]) {
        self.topicTitle = topicTitle
        self.around = around
        self.recent = recent
        self.history = history
        self.notes = notes
        self.names = names
    }
}

/// What taking back the latest decision did.
public enum ModerationUndo: Equatable, Sendable {
    /// The decision was still in the outbox: it is gone and never reaches the server.
    case withdrawn
    /// An `undoModeration` write waits in the outbox.
    case queued
    /// There was no recent decision of the member's to take back.
    case nothing
}

/// One decision of the audit log with the text of its post as the store has it (empty once
/// deleted) and the post's author, when known.
public struct AuditLogRow: Equatable, Sendable {
    public var entry: AuditEntry
    public var postText: String
    public var authorID: Int64?

    public init(entry: AuditEntry, postText: String, authorID: Int64? = nil) {
        self.entry = entry
        self.postText = postText
        self.authorID = authorID
    }
}

/// Which decisions the audit log shows: by the moderator who took them, by action, by the member
/// whose post they were about; nil lets every one through.
public struct AuditFilter: Equatable, Sendable {
    public var moderatorID: Int64?
    public var action: ModerationAction?
    public var memberID: Int64?

    public init(moderatorID: Int64? = nil, action: ModerationAction? = nil, memberID: Int64? = nil) {
        self.moderatorID = moderatorID
        self.action = action
        self.memberID = memberID
    }

    /// Whether nothing is filtered out.
    public var isEmpty: Bool { self == AuditFilter() }
}
