import Foundation
import GRDB
import StaffroomProtocol

/// Reads a review item as moderators receive it: its post's text and place (or, for an item about
/// a member, the member), and its flags, each weighed by who raised it.
struct ReviewItemReader {
    let db: Database

    /// Weight of a flag from a moderator or admin.
    static let staffWeight = 5
    /// The most a member's flag weighs: 1, and 1 more for each earlier flag of theirs that was approved.
    static let mostMemberWeight = 3

    func item(id: Int64) throws -> ReviewItem {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT reviewItem.*, post.topicID, COALESCE(post.authorID, reviewItem.userID) AS authorID, COALESCE(post.body, '') AS body,
                   post.moderation, topic.forumID,
                   (SELECT previousBody FROM auditEntry WHERE auditEntry.itemID = reviewItem.id AND action = 'delete'
                      AND undoneAt IS NULL AND previousBody IS NOT NULL ORDER BY auditEntry.id DESC LIMIT 1) AS deletedBody
            FROM reviewItem LEFT JOIN post ON post.id = reviewItem.postID LEFT JOIN topic ON topic.id = post.topicID
            WHERE reviewItem.id = ?
            """, arguments: [id]) else {
            throw MutationRefusal(.notFound, "The review item no longer exists.")
        }
        let flags = try self.flags(postID: row["postID"], memberID: row["userID"], itemID: id)
        let moderation = try (row["moderation"] as String?).map { try JSONColumn.value(PostModeration.self, from: $0) }
        return ReviewItem(id: id, postID: row["postID"], topicID: row["topicID"], forumID: row["forumID"], authorID: row["authorID"],
                          text: row["deletedBody"] ?? row["body"], status: ReviewStatus(rawValue: row["status"]) ?? .pending,
                          score: flags.reduce(0) { $0 + $1.weight }, flags: flags, version: row["version"],
                          claimedBy: row["claimedBy"], claimedUntil: row["claimedUntil"], handledBy: row["handledBy"],
                          handledAt: row["handledAt"], action: (row["action"] as String?).flatMap(ModerationAction.init(rawValue:)),
                          createdAt: row["createdAt"], held: moderation?.kind == .held, appeal: row["appeal"])
    }

    /// The flags on the post, or on the member, oldest first. A flagger's earlier flags on posts and
    /// members that moderators approved raise the weight of theirs.
    private func flags(postID: Int64?, memberID: Int64?, itemID: Int64) throws -> [ReviewFlag] {
        let source = postID != nil
            ? "SELECT userID AS flaggerID, reason, note, createdAt, id FROM flag WHERE postID = :target"
            : "SELECT flaggerID, reason, note, createdAt, id FROM userFlag WHERE userID = :target"
        return try Row.fetchAll(db, sql: """
            SELECT raised.flaggerID, raised.reason, raised.note, raised.createdAt, user.role,
                   (SELECT COUNT(*) FROM reviewItem AS judged
                    WHERE judged.status = 'approved' AND judged.id != :item
                      AND (EXISTS (SELECT 1 FROM flag WHERE flag.postID = judged.postID AND flag.userID = raised.flaggerID)
                           OR EXISTS (SELECT 1 FROM userFlag WHERE userFlag.userID = judged.userID AND userFlag.flaggerID = raised.flaggerID)))
                   AS approved
            FROM (\(source)) AS raised JOIN user ON user.id = raised.flaggerID
            ORDER BY raised.createdAt, raised.id
            """, arguments: ["target": postID ?? memberID, "item": itemID]).map { flag in
            let staff = ["moderator", "admin"].contains(flag["role"] as String)
            return ReviewFlag(userID: flag["flaggerID"], reason: FlagReason(rawValue: flag["reason"]) ?? .other, note: flag["note"],
                              createdAt: flag["createdAt"],
                              weight: staff ? Self.staffWeight : min(Self.mostMemberWeight, 1 + (flag["approved"] as Int)))
        }
    }
}
