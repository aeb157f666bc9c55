import Foundation
import GRDB

/// Who may see a members-only forum: its members, moderators and admins. Everyone sees the others.
/// The change log and the write rules both ask here, so what a member cannot see they cannot
/// write to either.
enum ForumVisibility {
    /// An SQL condition, true when the member `member` (by default the named argument `:member`)
    /// may see the forum in `forumColumn` (NULL: not in any forum).
    static func condition(forumColumn: String, member: String = ":member") -> String {
        """
        (\(forumColumn) IS NULL
         OR NOT EXISTS (SELECT 1 FROM forum WHERE forum.id = \(forumColumn) AND forum.membersOnly)
         OR EXISTS (SELECT 1 FROM user AS viewer WHERE viewer.id = \(member) AND viewer.role IN ('moderator', 'admin'))
         OR EXISTS (SELECT 1 FROM forumMember WHERE forumMember.forumID = \(forumColumn) AND forumMember.userID = \(member)))
        """
    }

    /// Whether `userID` may see forum `forumID`.
    static func canSee(forumID: Int64, userID: Int64, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT \(condition(forumColumn: ":forum"))",
                          arguments: ["forum": forumID, "member": userID]) ?? false
    }
}
