import GRDB
import StaffroomProtocol

/// What of a moderated post (and of a mentoring pair's request) a member may read. The text of a hidden or held post, and the
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

    /// The change as the viewer may read it: posts as above, and a pairing's note only for the
    /// pair and staff (everyone receives an active pairing, for the profiles' link).
    func shown(_ change: Change) -> Change {
        switch change {
        case .post(let post):
            return .post(shown(post))
        case .mentorship(var mentorship) where !viewerIsStaff && ![mentorship.menteeID, mentorship.mentorID].contains(viewerID):
            mentorship.note = ""
            return .mentorship(mentorship)
        default:
            return change
        }
    }
}
