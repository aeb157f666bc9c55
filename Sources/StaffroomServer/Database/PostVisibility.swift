import GRDB
import StaffroomProtocol

/// What of a moderated post a member may read. The text of a hidden or held post, and the
/// moderator's reason for any decision, reach only the post's author and staff; others learn only
/// that the post is hidden or held.
struct PostVisibility {
    let viewerID: Int64
    let viewerIsStaff: Bool

    /// The viewer `userID` as the database knows them.
    init(userID: Int64, in db: Database) throws {
        viewerID = userID
        let role = try String.fetchOne(db, sql: "SELECT role FROM user WHERE id = ?", arguments: [userID])
        viewerIsStaff = role == Role.moderator.rawValue || role == Role.admin.rawValue
    }

    /// The post as the viewer may read it.
    func shown(_ post: Post) -> Post {
        guard var moderation = post.moderation, !viewerIsStaff, post.authorID != viewerID else { return post }
        var shown = post
        if moderation.hidesText { shown.body = "" }
        moderation.reason = ""
        moderation.reviewAsked = false
        shown.moderation = moderation
        return shown
    }

    /// The change as the viewer may read it (only posts are ever masked).
    func shown(_ change: Change) -> Change {
        if case .post(let post) = change { .post(shown(post)) } else { change }
    }
}
