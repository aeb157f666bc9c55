import Foundation
import GRDB
import StaffroomProtocol

/// What moderators and admins do with review items, inside the ledger's transaction: claim one,
/// act on it as it stood at a version, and take their action back shortly after. Each action is
/// written to the audit log with what it changed.
struct ModerationDesk {
    let db: Database
    let user: User
    let now: Date

    /// Claims the item while the moderator looks at it (or lets it go).
    func claim(itemID: Int64, _ claim: Bool) throws {
        try requireStaff()
        let item = try ReviewQueue(db: db).item(id: itemID)
        if claim {
            if let holder = item.claimedBy, holder != user.id, let until = item.claimedUntil, until > now {
                throw MutationRefusal(.claimed, "\(try name(of: holder)) is looking at it until \(Self.time(until, now: now)).")
            }
            try db.execute(sql: "UPDATE reviewItem SET claimedBy = ?, claimedUntil = ? WHERE id = ?",
                           arguments: [user.id, now.addingTimeInterval(ModerationLimits.claimSeconds), itemID])
        } else {
            guard item.claimedBy == user.id else { return }
            try db.execute(sql: "UPDATE reviewItem SET claimedBy = NULL, claimedUntil = NULL WHERE id = ?", arguments: [itemID])
        }
        try ChangeLog.record(.reviewItem, id: itemID, staffOnly: true, in: db)
    }

    /// Acts on the item as it stood at `version`. Decided on an older version, the action is
    /// refused unless the item's last action was the same one (then it stands, for both moderators).
    func moderate(itemID: Int64, version: Int, action: ModerationAction, note: String) throws {
        try requireStaff()
        guard note.count <= ModerationLimits.noteLength else {
            throw MutationRefusal(.tooLong, "The reason is longer than \(ModerationLimits.noteLength) characters.")
        }
        let item = try ReviewQueue(db: db).item(id: itemID)
        guard item.version == version else {
            if item.action == action && item.status == action.resultingStatus { return }
            let handled = try item.handledBy.map { "\(try name(of: $0)): \(item.action?.rawValue ?? "a change")" } ?? "a new flag"
            let when = item.handledAt.map { " at \(Self.time($0, now: now))" } ?? ""
            throw MutationRefusal(.alreadyHandled, "Already handled by \(handled)\(when).")
        }
        var previousBody: String?
        var previousLocked: Bool?
        switch action {
        case .keep, .ignore:
            break
        case .delete:
            // A post its author deleted already stays as it is, and an undo leaves it so.
            if try Bool.fetchOne(db, sql: "SELECT deletedAt IS NULL FROM post WHERE id = ?", arguments: [item.postID]) == true {
                previousBody = item.text
                try db.execute(sql: "UPDATE post SET body = '', deletedAt = ? WHERE id = ?", arguments: [now, item.postID])
                try ChangeLog.record(.post, id: item.postID, in: db)
            }
        case .lockTopic:
            previousLocked = try Bool.fetchOne(db, sql: "SELECT locked FROM topic WHERE id = ?", arguments: [item.topicID])
            try db.execute(sql: "UPDATE topic SET locked = 1 WHERE id = ?", arguments: [item.topicID])
            try ChangeLog.record(.topic, id: item.topicID, in: db)
        }
        try db.execute(sql: """
            UPDATE reviewItem SET status = ?, version = version + 1, handledBy = ?, handledAt = ?, action = ?,
                                  claimedBy = NULL, claimedUntil = NULL
            WHERE id = ?
            """, arguments: [action.resultingStatus.rawValue, user.id, now, action.rawValue, itemID])
        try db.execute(sql: """
            INSERT INTO auditEntry (moderatorID, itemID, postID, action, note, previousStatus, previousBody, previousLocked, createdAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [user.id, itemID, item.postID, action.rawValue, note, item.status.rawValue, previousBody, previousLocked, now])
        try ChangeLog.record(.auditEntry, id: db.lastInsertedRowID, staffOnly: true, in: db)
        try ChangeLog.record(.reviewItem, id: itemID, staffOnly: true, in: db)
    }

    /// Takes back the moderator's own last action on an item, within `ModerationLimits.undoSeconds`:
    /// the post and topic are as they were, and the item has its earlier status.
    func undo(entryID: Int64) throws {
        try requireStaff()
        guard let entry = try Row.fetchOne(db, sql: "SELECT * FROM auditEntry WHERE id = ?", arguments: [entryID]) else {
            throw MutationRefusal(.notFound, "The action is not in the audit log.")
        }
        guard entry["moderatorID"] == user.id else { throw MutationRefusal(.forbidden, "Only the moderator who acted may take it back.") }
        let itemID: Int64 = entry["itemID"]
        let later = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditEntry WHERE itemID = ? AND id > ? AND undoneAt IS NULL",
                                     arguments: [itemID, entryID]) ?? 0
        guard (entry["undoneAt"] as Date?) == nil, later == 0,
              now.timeIntervalSince(entry["createdAt"]) <= ModerationLimits.undoSeconds else {
            throw MutationRefusal(.tooLate, "This action can no longer be taken back.")
        }
        let item = try ReviewQueue(db: db).item(id: itemID)
        switch ModerationAction(rawValue: entry["action"]) {
        case .delete:
            if let body = entry["previousBody"] as String? {
                try db.execute(sql: "UPDATE post SET body = ?, deletedAt = NULL WHERE id = ?", arguments: [body, item.postID])
                try ChangeLog.record(.post, id: item.postID, in: db)
            }
        case .lockTopic:
            try db.execute(sql: "UPDATE topic SET locked = ? WHERE id = ?", arguments: [entry["previousLocked"] as Bool? ?? false, item.topicID])
            try ChangeLog.record(.topic, id: item.topicID, in: db)
        case .keep, .ignore, nil:
            break
        }
        try db.execute(sql: "UPDATE auditEntry SET undoneAt = ? WHERE id = ?", arguments: [now, entryID])
        let earlier = try Row.fetchOne(db, sql: """
            SELECT moderatorID, createdAt, action FROM auditEntry WHERE itemID = ? AND undoneAt IS NULL ORDER BY id DESC LIMIT 1
            """, arguments: [itemID])
        try db.execute(sql: """
            UPDATE reviewItem SET status = ?, version = version + 1, handledBy = ?, handledAt = ?, action = ? WHERE id = ?
            """, arguments: [entry["previousStatus"] as String, earlier?["moderatorID"] as Int64?, earlier?["createdAt"] as Date?,
                             earlier?["action"] as String?, itemID])
        try ChangeLog.record(.auditEntry, id: entryID, staffOnly: true, in: db)
        try ChangeLog.record(.reviewItem, id: itemID, staffOnly: true, in: db)
    }

    private func requireStaff() throws {
        guard user.role == .moderator || user.role == .admin else {
            throw MutationRefusal(.forbidden, "Only moderators and admins review flags.")
        }
    }

    private func name(of userID: Int64) throws -> String {
        try String.fetchOne(db, sql: "SELECT displayName FROM user WHERE id = ?", arguments: [userID]) ?? "another moderator"
    }

    /// "23:50 UTC" on the day of `now` (in UTC), "2026-11-25 23:50 UTC" on another: short enough
    /// for a status line.
    static func time(_ date: Date, now: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = calendar.timeZone
        formatter.dateFormat = calendar.isDate(date, inSameDayAs: now) ? "HH:mm 'UTC'" : "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }
}
