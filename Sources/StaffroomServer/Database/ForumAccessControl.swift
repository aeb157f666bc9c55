import Foundation
import GRDB
import StaffroomProtocol

/// Members-only forums: opening and closing a forum, and adding and removing its members. Every
/// member whose view changes is told with a `forumAccess` change meant for them alone.
extension ServerDatabase {
    /// Makes a forum members-only (or open to all again).
    public func setForumMembersOnly(forumID: Int64, _ membersOnly: Bool) throws {
        try writer.write { db in
            let before = try Self.membersWhoSee(forumID: forumID, in: db)
            try db.execute(sql: "UPDATE forum SET membersOnly = ? WHERE id = ?", arguments: [membersOnly, forumID])
            guard db.changesCount == 1 else { throw ServerDatabaseError.noSuchForum(forumID) }
            try Self.tellChangedViews(forumID: forumID, before: before, in: db)
        }
    }

    /// Makes a forum hold new members' posts for a moderator's approval, or stop holding them
    /// (posts held already stay held until a moderator decides).
    public func setForumHoldsFirstPosts(forumID: Int64, _ holds: Bool) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE forum SET holdsFirstPosts = ? WHERE id = ?", arguments: [holds, forumID])
            guard db.changesCount == 1 else { throw ServerDatabaseError.noSuchForum(forumID) }
            try ChangeLog.record(.forum, id: forumID, in: db)
        }
    }

    /// Adds `username` to the members of a forum.
    public func addForumMember(forumID: Int64, username: String) throws {
        try changeMembership(forumID: forumID, username: username) { db, userID in
            try db.execute(sql: "INSERT OR IGNORE INTO forumMember (forumID, userID) VALUES (?, ?)", arguments: [forumID, userID])
        }
    }

    /// Removes `username` from the members of a forum.
    public func removeForumMember(forumID: Int64, username: String) throws {
        try changeMembership(forumID: forumID, username: username) { db, userID in
            try db.execute(sql: "DELETE FROM forumMember WHERE forumID = ? AND userID = ?", arguments: [forumID, userID])
        }
    }

    private func changeMembership(forumID: Int64, username: String, _ change: (Database, Int64) throws -> Void) throws {
        try writer.write { db in
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM forum WHERE id = ?", arguments: [forumID]) == 1 else {
                throw ServerDatabaseError.noSuchForum(forumID)
            }
            guard let userID = try Int64.fetchOne(db, sql: "SELECT id FROM user WHERE username = ?", arguments: [username]) else {
                throw ServerDatabaseError.unknownUser(username)
            }
            let before = try Self.membersWhoSee(forumID: forumID, in: db)
            try change(db, userID)
            try Self.tellChangedViews(forumID: forumID, before: before, in: db)
        }
    }

    private static func membersWhoSee(forumID: Int64, in db: Database) throws -> Set<Int64> {
        Set(try Int64.fetchAll(db, sql: "SELECT id FROM user AS member WHERE \(ForumVisibility.condition(forumColumn: ":forum", member: "member.id"))",
                               arguments: ["forum": forumID]))
    }

    /// Records a `forumAccess` change for each member who gained or lost sight of the forum.
    private static func tellChangedViews(forumID: Int64, before: Set<Int64>, in db: Database) throws {
        let after = try membersWhoSee(forumID: forumID, in: db)
        for (userID, granted) in before.subtracting(after).map({ ($0, false) }) + after.subtracting(before).map({ ($0, true) }) {
            try db.execute(sql: """
                INSERT INTO forumAccess (userID, forumID, granted) VALUES (?, ?, ?)
                ON CONFLICT (userID, forumID) DO UPDATE SET granted = excluded.granted
                """, arguments: [userID, forumID, granted])
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM forumAccess WHERE userID = ? AND forumID = ?",
                                        arguments: [userID, forumID])!
            try ChangeLog.record(.forumAccess, id: id, onlyFor: userID, in: db)
        }
    }
}
