import Foundation
import GRDB
import StaffroomProtocol

/// The moderators' review queue: the flags on each post, and on each member, gathered into one
/// item, scored by who flagged it (see `ReviewItemReader`).
struct ReviewQueue {
    let db: Database

    /// A member flagged `postID`: its item opens, or (already judged) opens again as pending.
    func flagged(postID: Int64, at now: Date) throws {
        try open("postID", postID, at: now)
    }

    /// `flaggerID` flags the member `memberID` (a second flag of theirs replaces the first): the
    /// member's item opens, or opens again as pending.
    func flag(memberID: Int64, by flaggerID: Int64, reason: FlagReason, note: String, at now: Date) throws {
        guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM user WHERE id = ?", arguments: [memberID]) == 1 else {
            throw MutationRefusal(.notFound, "No such member.")
        }
        guard memberID != flaggerID else { throw MutationRefusal(.forbidden, "You cannot flag yourself.") }
        guard note.count <= WriteLimits.flagNoteLength else {
            throw MutationRefusal(.tooLong, "The note is longer than \(WriteLimits.flagNoteLength) characters.")
        }
        try db.execute(sql: """
            INSERT INTO userFlag (userID, flaggerID, reason, note, createdAt) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (userID, flaggerID) DO UPDATE SET reason = excluded.reason, note = excluded.note
            """, arguments: [memberID, flaggerID, reason.rawValue, note, now])
        try open("userID", memberID, at: now)
    }

    private func open(_ column: String, _ target: Int64, at now: Date) throws {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM reviewItem WHERE \(column) = ?", arguments: [target]) {
            try db.execute(sql: "UPDATE reviewItem SET status = 'pending', version = version + 1 WHERE id = ?", arguments: [id])
            try ChangeLog.record(.reviewItem, id: id, staffOnly: true, in: db)
        } else {
            try db.execute(sql: "INSERT INTO reviewItem (\(column), status, version, createdAt) VALUES (?, 'pending', 1, ?)",
                           arguments: [target, now])
            try ChangeLog.record(.reviewItem, id: db.lastInsertedRowID, staffOnly: true, in: db)
        }
    }

    /// Holds a new post for approval when its forum holds new members' posts and its author has no
    /// post that others can read yet (moderators, admins and members with one are trusted). The
    /// post is hidden from others, and a topic it opens is seen only by its author and staff.
    func holdIfNew(postID: Int64, at now: Date) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT post.authorID, post.topicID, forum.holdsFirstPosts, user.role,
                   (SELECT MIN(id) FROM post AS first WHERE first.topicID = post.topicID) AS firstPostID
            FROM post JOIN topic ON topic.id = post.topicID JOIN forum ON forum.id = topic.forumID JOIN user ON user.id = post.authorID
            WHERE post.id = ?
            """, arguments: [postID]), row["holdsFirstPosts"] as Bool,
              ![Role.moderator.rawValue, Role.admin.rawValue].contains(row["role"] as String) else { return }
        let trusted = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM post WHERE authorID = ? AND id != ?
                           AND (moderation IS NULL OR json_extract(moderation, '$.kind') NOT IN ('held', 'deleted')))
            """, arguments: [row["authorID"], postID]) ?? false
        guard !trusted else { return }
        try db.execute(sql: "UPDATE post SET moderation = ? WHERE id = ?",
                       arguments: [try JSONColumn.text(PostModeration(kind: .held, reason: "", at: now)), postID])
        if row["firstPostID"] == postID {
            try db.execute(sql: "UPDATE topic SET held = 1 WHERE id = ?", arguments: [row["topicID"] as Int64])
            try ChangeLog.record(.topic, id: row["topicID"], in: db)
        }
        try ChangeLog.record(.post, id: postID, in: db)
        try db.execute(sql: "INSERT INTO reviewItem (postID, status, version, createdAt) VALUES (?, 'pending', 1, ?)", arguments: [postID, now])
        try ChangeLog.record(.reviewItem, id: db.lastInsertedRowID, staffOnly: true, in: db)
    }

    /// The author of a hidden or deleted post asks for another look: the post says so, and its
    /// item is pending again with the author's words.
    func askForReview(postID: Int64, by userID: Int64, note: String, at now: Date) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT authorID, moderation FROM post WHERE id = ?", arguments: [postID]) else {
            throw MutationRefusal(.notFound, "The post no longer exists.")
        }
        guard row["authorID"] == userID else { throw MutationRefusal(.forbidden, "Only the post's author may ask for another review.") }
        guard var moderation = try (row["moderation"] as String?).map({ try JSONColumn.value(PostModeration.self, from: $0) }),
              moderation.kind == .hidden || moderation.kind == .deleted,
              let itemID = try Int64.fetchOne(db, sql: "SELECT id FROM reviewItem WHERE postID = ?", arguments: [postID]) else {
            throw MutationRefusal(.invalid, "Only a post a moderator hid or deleted can be reviewed again.")
        }
        let words = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard words.count <= ModerationLimits.messageLength else {
            throw MutationRefusal(.tooLong, "The request is longer than \(ModerationLimits.messageLength) characters.")
        }
        moderation.reviewAsked = true
        try db.execute(sql: "UPDATE post SET moderation = ? WHERE id = ?", arguments: [try JSONColumn.text(moderation), postID])
        try ChangeLog.record(.post, id: postID, in: db)
        try db.execute(sql: "UPDATE reviewItem SET status = 'pending', version = version + 1, appeal = ? WHERE id = ?",
                       arguments: [words, itemID])
        try ChangeLog.record(.reviewItem, id: itemID, staffOnly: true, in: db)
    }

    /// The post changed (its author edited or deleted it): its item, if it has one, goes out again
    /// with the post's text as it is now.
    func postChanged(_ postID: Int64) throws {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM reviewItem WHERE postID = ?", arguments: [postID]) else { return }
        try ChangeLog.record(.reviewItem, id: id, staffOnly: true, in: db)
    }

    /// The item with this id, with its post's context (or its member) and its flags.
    func item(id: Int64) throws -> ReviewItem {
        try ReviewItemReader(db: db).item(id: id)
    }
}
