import Foundation

/// What the moderators tell one member about their posts or their account: only that member
/// receives it. A notice that limits the account (silenced, suspended) names when it ends, and is
/// lifted early if a moderator takes the decision back.
public struct MemberNotice: Codable, Equatable, Sendable, Identifiable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A moderator's warning: `text` is their message.
        case warning
        /// The member may read but not write until `until`.
        case silenced
        /// The member may not sign in or sync until `until`.
        case suspended
        /// A moderator hid, deleted or edited the post `postID`, or moved its topic.
        case postHidden = "post_hidden"
        case postDeleted = "post_deleted"
        case postEdited = "post_edited"
        case topicMoved = "topic_moved"
        /// The member's held post `postID` was approved and others can read it now.
        case postApproved = "post_approved"
        /// The member's hidden post `postID` is shown again.
        case postRestored = "post_restored"
    }

    public var id: Int64
    public var kind: Kind
    /// The moderator's reason or message (may be empty).
    public var text: String
    public var postID: Int64?
    public var topicID: Int64?
    /// When a silence or suspension ends.
    public var until: Date?
    public var createdAt: Date
    /// When a moderator took the decision back.
    public var liftedAt: Date?

    public init(id: Int64, kind: Kind, text: String, postID: Int64? = nil, topicID: Int64? = nil, until: Date? = nil, createdAt: Date,
                liftedAt: Date? = nil) {
        self.id = id
        self.kind = kind
        self.text = text
        self.postID = postID
        self.topicID = topicID
        self.until = until
        self.createdAt = createdAt
        self.liftedAt = liftedAt
    }

    /// Whether the notice limits the account at `date`: a silence or suspension not lifted and not over.
    public func restricts(at date: Date) -> Bool {
        (kind == .silenced || kind == .suspended) && liftedAt == nil && (until.map { $0 > date } ?? false)
    }
}
