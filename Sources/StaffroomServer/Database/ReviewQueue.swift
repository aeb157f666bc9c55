import Foundation
import GRDB
import StaffroomProtocol

/// The moderators' review queue: the flags on each post gathered into one item, scored by who
/// flagged it, and read back as `ReviewItem`s.
struct ReviewQueue {
    let db: Database

    /// Weight of a flag from a moderator or admin.
    static let staffWeight = 5
    /// The most a member's flag weighs: 1, and 1 more for each earlier flag of theirs that was approved.
    static let mostMemberWeight = 3

    /// A member flagged `postID`: its item opens, or (already judged) opens again as pending.
    func flagged(postID: Int64, at now: Date) throws {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM reviewItem WHERE postID = ?", arguments: [postID]) {
            try db.execute(sql: "UPDATE reviewItem SET status = 'pending', version = version + 1 WHERE id = ?", arguments: [id])
            try ChangeLog.record(.reviewItem, id: id, staffOnly: true, in: db)
        } else {
            try db.execute(sql: "INSERT INTO reviewItem (postID, status, version, createdAt) VALUES (?, 'pending', 1, ?)",
                           arguments: [postID, now])
            try ChangeLog.record(.reviewItem, id: db.lastInsertedRowID, staffOnly: true, in: db)
        }
    }

    /// The post changed (its author edited or deleted it): its item, if it has one, goes out again
    /// with the post's text as it is now.
    func postChanged(_ postID: Int64) throws {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM reviewItem WHERE postID = ?", arguments: [postID]) else { return }
        try ChangeLog.record(.reviewItem, id: id, staffOnly: true, in: db)
    }

    /// The item with this id, with its post's context and its flags.
    func item(id: Int64) throws -> ReviewItem {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT reviewItem.*, post.topicID, post.authorID, post.body, topic.forumID
            FROM reviewItem JOIN post ON post.id = reviewItem.postID JOIN topic ON topic.id = post.topicID
            WHERE reviewItem.id = ?
            """, arguments: [id]) else {
            throw MutationRefusal(.notFound, "The review item no longer exists.")
        }
        let postID: Int64 = row["postID"]
        let flags = try Row.fetchAll(db, sql: """
            SELECT flag.userID, flag.reason, flag.note, flag.createdAt, user.role,
                   (SELECT COUNT(*) FROM flag AS earlier JOIN reviewItem AS judged ON judged.postID = earlier.postID
                    WHERE earlier.userID = flag.userID AND judged.status = 'approved' AND earlier.postID != flag.postID) AS approved
            FROM flag JOIN user ON user.id = flag.userID WHERE flag.postID = ? ORDER BY flag.createdAt, flag.id
            """, arguments: [postID]).map { flag in
            let staff = ["moderator", "admin"].contains(flag["role"] as String)
            return ReviewFlag(userID: flag["userID"], reason: FlagReason(rawValue: flag["reason"]) ?? .other, note: flag["note"],
                              createdAt: flag["createdAt"],
                              weight: staff ? Self.staffWeight : min(Self.mostMemberWeight, 1 + (flag["approved"] as Int)))
        }
        return ReviewItem(id: id, postID: postID, topicID: row["topicID"], forumID: row["forumID"], authorID: row["authorID"],
                          text: row["body"], status: ReviewStatus(rawValue: row["status"]) ?? .pending,
                          score: flags.reduce(0) { $0 + $1.weight }, flags: flags, version: row["version"],
                          claimedBy: row["claimedBy"], claimedUntil: row["claimedUntil"], handledBy: row["handledBy"],
                          handledAt: row["handledAt"], action: (row["action"] as String?).flatMap(ModerationAction.init(rawValue:)),
                          createdAt: row["createdAt"])
    }
}
