import Foundation
import GRDB
import StaffroomProtocol

/// What moderators and admins do with review items, inside the ledger's transaction: claim one,
/// act on it as it stood at a version, and take their action back shortly after. Each action is
/// written to the audit log with what it changed, so that it can be taken back.
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
    func moderate(itemID: Int64, version: Int, action: ModerationAction, note: String, details: ModerationDetails?) throws {
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
        if action.actsOnAuthor { try requireAuthority(over: item.authorID) }
        if action.needsPost && item.postID == nil {
            throw MutationRefusal(.invalid, "This item is about a member, not a post: keep, ignore, warn, silence or suspend.")
        }
        let effect = try ModerationEffects(db: db, item: item, now: now).apply(action, note: note, details: details ?? ModerationDetails())
        try db.execute(sql: """
            UPDATE reviewItem SET status = ?, version = version + 1, handledBy = ?, handledAt = ?, action = ?,
                                  claimedBy = NULL, claimedUntil = NULL, appeal = NULL
            WHERE id = ?
            """, arguments: [action.resultingStatus.rawValue, user.id, now, action.rawValue, itemID])
        try db.execute(sql: """
            INSERT INTO auditEntry (moderatorID, itemID, postID, action, note, details, previousStatus, previousBody, previousLocked,
                                    previousModeration, previousForumID, previousUntil, previousHeld, noticeID, createdAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [user.id, itemID, item.postID, action.rawValue, note, try details.map(JSONColumn.text), item.status.rawValue,
                             effect.previousBody, effect.previousLocked, try effect.previousModeration.map(JSONColumn.text),
                             effect.previousForumID, effect.previousUntil, effect.previousHeld, effect.noticeID, now])
        try ChangeLog.record(.auditEntry, id: db.lastInsertedRowID, staffOnly: true, in: db)
        try ChangeLog.record(.reviewItem, id: itemID, staffOnly: true, in: db)
    }

    /// Takes back the moderator's own last action on an item, within `ModerationLimits.undoSeconds`:
    /// the post, its topic and its author are as they were, and the item has its earlier status.
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
        if let action = ModerationAction(rawValue: entry["action"]) {
            try ModerationEffects(db: db, item: item, now: now).reverse(action, recorded: try ModerationEffects.Record(entry: entry))
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

    /// Writes a note on a member for the other moderators; returns its id.
    func addNote(on memberID: Int64, text: String) throws -> Int64 {
        guard user.role == .moderator || user.role == .admin else {
            throw MutationRefusal(.forbidden, "Only moderators and admins write staff notes.")
        }
        guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM user WHERE id = ?", arguments: [memberID]) == 1 else {
            throw MutationRefusal(.notFound, "No such member.")
        }
        let words = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !words.isEmpty else { throw MutationRefusal(.empty, "The note is empty.") }
        guard words.count <= ModerationLimits.messageLength else {
            throw MutationRefusal(.tooLong, "The note is longer than \(ModerationLimits.messageLength) characters.")
        }
        try db.execute(sql: "INSERT INTO staffNote (userID, authorID, text, createdAt) VALUES (?, ?, ?, ?)",
                       arguments: [memberID, user.id, words, now])
        let noteID = db.lastInsertedRowID
        try ChangeLog.record(.staffNote, id: noteID, staffOnly: true, in: db)
        return noteID
    }

    private func requireStaff() throws {
        guard user.role == .moderator || user.role == .admin else {
            throw MutationRefusal(.forbidden, "Only moderators and admins review flags.")
        }
    }

    /// Moderators warn, silence and suspend members; only an admin does so to a moderator or admin,
    /// and no one to themselves.
    private func requireAuthority(over memberID: Int64) throws {
        guard memberID != user.id else { throw MutationRefusal(.forbidden, "You cannot act on your own account.") }
        let role = try String.fetchOne(db, sql: "SELECT role FROM user WHERE id = ?", arguments: [memberID]).flatMap(Role.init(rawValue:))
        guard user.role == .admin || (role != .moderator && role != .admin) else {
            throw MutationRefusal(.forbidden, "Only an admin may warn, silence or suspend a moderator or admin.")
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
