import Foundation
import GRDB
import StaffroomProtocol

/// What each moderation action does to a review item's post, its topic and its author, and how it
/// is taken back. Every effect the author should know of sends them a notice.
struct ModerationEffects {
    let db: Database
    let item: ReviewItem
    let now: Date

    /// What an action changed, as the audit log keeps it: enough to take it back.
    struct Record {
        var previousBody: String?
        var previousLocked: Bool?
        var previousModeration: PostModeration?
        var previousForumID: Int64?
        var previousUntil: Date?
        /// Whether `keep` released the topic the post opens from being held.
        var previousHeld: Bool?
        var noticeID: Int64?

        init() {}

        /// The record of an audit log row.
        init(entry: Row) throws {
            previousBody = entry["previousBody"]
            previousLocked = entry["previousLocked"]
            previousModeration = try (entry["previousModeration"] as String?).map { try JSONColumn.value(PostModeration.self, from: $0) }
            previousForumID = entry["previousForumID"]
            previousUntil = entry["previousUntil"]
            previousHeld = entry["previousHeld"]
            noticeID = entry["noticeID"]
        }
    }

    /// The item's post and topic; only read for an item about a post (`ModerationDesk` refuses an
    /// action that needs a post on an item about a member).
    private var postID: Int64 { item.postID ?? 0 }
    private var topicID: Int64 { item.topicID ?? 0 }

    /// Carries out `action`; returns what it changed.
    func apply(_ action: ModerationAction, note: String, details: ModerationDetails) throws -> Record {
        if action.actsOnAuthor { return try penalize(action, note: note, details: details) }
        var record = Record()
        let notices = MemberNotices(db: db)
        // Keeping or ignoring an item about a member judges only its flags.
        guard item.postID != nil else { return record }
        let post = try currentPost()
        switch action {
        case .ignore, .warn, .silence, .suspend:
            break
        case .keep:
            guard let moderation = post.moderation, moderation.kind != .edited else { break }
            let body = moderation.kind == .deleted ? try bodyBeforeDeletion() : nil
            guard moderation.kind != .deleted || body != nil else { break }
            record.previousModeration = moderation
            if let body {
                try db.execute(sql: "UPDATE post SET body = ?, deletedAt = NULL WHERE id = ?", arguments: [body, postID])
            }
            try setModeration(nil)
            // A held opening post hidden or deleted before it was kept still holds its topic.
            if try topicHeldByThisPost() {
                record.previousHeld = true
                try setTopicHeld(false)
            }
            record.noticeID = try notices.send(to: item.authorID, moderation.kind == .held ? .postApproved : .postRestored, text: note,
                                               postID: postID, topicID: topicID, at: now)
        case .hide:
            guard post.deletedAt == nil else { throw MutationRefusal(.notFound, "The post was deleted; there is nothing to hide.") }
            record.previousModeration = post.moderation
            try setModeration(PostModeration(kind: .hidden, reason: note, at: now))
            record.noticeID = try notices.send(to: item.authorID, .postHidden, text: note, postID: postID, topicID: topicID, at: now)
        case .delete:
            // A post its author deleted already stays as it is, and an undo leaves it so.
            guard post.deletedAt == nil else { break }
            record.previousBody = post.body
            record.previousModeration = post.moderation
            try db.execute(sql: "UPDATE post SET body = '', deletedAt = ? WHERE id = ?", arguments: [now, postID])
            try setModeration(PostModeration(kind: .deleted, reason: note, at: now))
            record.noticeID = try notices.send(to: item.authorID, .postDeleted, text: note, postID: postID, topicID: topicID, at: now)
        case .edit:
            guard post.deletedAt == nil else { throw MutationRefusal(.notFound, "The post was deleted; there is nothing to edit.") }
            let body = details.body ?? ""
            guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw MutationRefusal(.empty, "The new text is empty.") }
            guard body.count <= WriteLimits.postLength else {
                throw MutationRefusal(.tooLong, "The new text is longer than \(WriteLimits.postLength) characters.")
            }
            record.previousBody = post.body
            record.previousModeration = post.moderation
            try db.execute(sql: "UPDATE post SET body = ?, editedAt = ? WHERE id = ?", arguments: [body, now, postID])
            try setModeration(PostModeration(kind: .edited, reason: note, at: now))
            record.noticeID = try notices.send(to: item.authorID, .postEdited, text: note, postID: postID, topicID: topicID, at: now)
        case .lockTopic:
            record.previousLocked = try Bool.fetchOne(db, sql: "SELECT locked FROM topic WHERE id = ?", arguments: [topicID])
            try db.execute(sql: "UPDATE topic SET locked = 1 WHERE id = ?", arguments: [topicID])
            try ChangeLog.record(.topic, id: topicID, in: db)
        case .moveTopic:
            guard let forumID = details.forumID, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM forum WHERE id = ?", arguments: [forumID]) == 1
            else { throw MutationRefusal(.invalid, "Choose the forum the topic moves to.") }
            guard forumID != item.forumID else { throw MutationRefusal(.invalid, "The topic is already in that forum.") }
            record.previousForumID = item.forumID
            try moveTopic(to: forumID)
            record.noticeID = try notices.send(to: item.authorID, .topicMoved, text: note, postID: postID, topicID: topicID, at: now)
        }
        return record
    }

    /// Warns, silences or suspends the item's author (the post's, or the member flagged).
    private func penalize(_ action: ModerationAction, note: String, details: ModerationDetails) throws -> Record {
        var record = Record()
        let notices = MemberNotices(db: db)
        switch action {
        case .warn:
            let message = (details.message ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !message.isEmpty else { throw MutationRefusal(.empty, "A warning needs a message.") }
            guard message.count <= ModerationLimits.messageLength else {
                throw MutationRefusal(.tooLong, "The message is longer than \(ModerationLimits.messageLength) characters.")
            }
            record.noticeID = try notices.send(to: item.authorID, .warning, text: message, postID: item.postID, topicID: item.topicID, at: now)
        case .silence, .suspend:
            guard let days = details.days, (1...ModerationLimits.longestPenaltyDays).contains(days) else {
                throw MutationRefusal(.invalid, "Give a number of days from 1 to \(ModerationLimits.longestPenaltyDays).")
            }
            let column = action == .silence ? "silencedUntil" : "suspendedUntil"
            let until = now.addingTimeInterval(TimeInterval(days) * 86_400)
            record.previousUntil = try Date.fetchOne(db, sql: "SELECT \(column) FROM user WHERE id = ?", arguments: [item.authorID])
            try db.execute(sql: "UPDATE user SET \(column) = ? WHERE id = ?", arguments: [until, item.authorID])
            record.noticeID = try notices.send(to: item.authorID, action == .silence ? .silenced : .suspended, text: note,
                                               postID: item.postID, until: until, at: now)
        default:
            break
        }
        return record
    }

    /// Takes back what `action` did, from its record.
    func reverse(_ action: ModerationAction, recorded: Record) throws {
        switch action {
        case .ignore, .warn:
            break
        case .keep:
            guard let previous = recorded.previousModeration else { break }
            if previous.kind == .deleted {
                try db.execute(sql: "UPDATE post SET body = '', deletedAt = ? WHERE id = ?", arguments: [previous.at, postID])
            }
            try setModeration(previous)
            if recorded.previousHeld == true { try setTopicHeld(true) }
        case .hide:
            try setModeration(recorded.previousModeration)
        case .delete, .edit:
            if let body = recorded.previousBody {
                try db.execute(sql: "UPDATE post SET body = ?, deletedAt = NULL WHERE id = ?", arguments: [body, postID])
                try setModeration(recorded.previousModeration)
            }
        case .lockTopic:
            try db.execute(sql: "UPDATE topic SET locked = ? WHERE id = ?", arguments: [recorded.previousLocked ?? false, topicID])
            try ChangeLog.record(.topic, id: topicID, in: db)
        case .moveTopic:
            if let forumID = recorded.previousForumID { try moveTopic(to: forumID) }
        case .silence, .suspend:
            let column = action == .silence ? "silencedUntil" : "suspendedUntil"
            try db.execute(sql: "UPDATE user SET \(column) = ? WHERE id = ?", arguments: [recorded.previousUntil, item.authorID])
        }
        if let noticeID = recorded.noticeID { try MemberNotices(db: db).lift(noticeID, at: now) }
    }

    private func currentPost() throws -> (body: String, deletedAt: Date?, moderation: PostModeration?) {
        guard let row = try Row.fetchOne(db, sql: "SELECT body, deletedAt, moderation FROM post WHERE id = ?", arguments: [postID]) else {
            throw MutationRefusal(.notFound, "The post no longer exists.")
        }
        return (row["body"], row["deletedAt"], try (row["moderation"] as String?).map { try JSONColumn.value(PostModeration.self, from: $0) })
    }

    /// The text a moderator's deletion removed (the latest deletion not taken back).
    private func bodyBeforeDeletion() throws -> String? {
        try String.fetchOne(db, sql: """
            SELECT previousBody FROM auditEntry WHERE itemID = ? AND action = 'delete' AND undoneAt IS NULL AND previousBody IS NOT NULL
            ORDER BY id DESC LIMIT 1
            """, arguments: [item.id])
    }

    private func setModeration(_ moderation: PostModeration?) throws {
        try db.execute(sql: "UPDATE post SET moderation = ? WHERE id = ?", arguments: [try moderation.map(JSONColumn.text), postID])
        try ChangeLog.record(.post, id: postID, in: db)
    }

    /// Whether the item's post opens its topic and the topic is held.
    private func topicHeldByThisPost() throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT held FROM topic WHERE id = ?", arguments: [topicID]) == true
            && Int64.fetchOne(db, sql: "SELECT MIN(id) FROM post WHERE topicID = ?", arguments: [topicID]) == postID
    }

    /// Holds or releases the item's topic (the post opens it): a held topic reaches only its author
    /// and staff, so all of it is logged again for its new audience.
    private func setTopicHeld(_ held: Bool) throws {
        try db.execute(sql: "UPDATE topic SET held = ? WHERE id = ?", arguments: [held, topicID])
        try recordWholeTopic()
    }

    private func moveTopic(to forumID: Int64) throws {
        try db.execute(sql: "UPDATE topic SET forumID = ? WHERE id = ?", arguments: [forumID, topicID])
        try recordWholeTopic()
    }

    /// Logs the topic and each of its posts again (their forum or audience changed).
    private func recordWholeTopic() throws {
        try ChangeLog.record(.topic, id: topicID, in: db)
        for postID in try Int64.fetchAll(db, sql: "SELECT id FROM post WHERE topicID = ?", arguments: [topicID]) {
            try ChangeLog.record(.post, id: postID, in: db)
        }
    }
}
