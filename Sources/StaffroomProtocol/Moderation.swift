import Foundation

/// Where a review item stands.
public enum ReviewStatus: String, Codable, Sendable, CaseIterable {
    /// Waiting for a moderator.
    case pending
    /// The flags were right: the post was deleted or its topic locked.
    case approved
    /// The flags were wrong: the post stays as it is.
    case rejected
    /// Set aside without a verdict on the flags.
    case ignored
}

/// What a moderator does with a review item.
public enum ModerationAction: String, Codable, Sendable, CaseIterable {
    /// Keep the post: the flags are rejected.
    case keep
    /// Set the item aside without judging the flags.
    case ignore
    /// Delete the post (the flags are approved).
    case delete
    /// Lock the post's topic: replies are closed (the flags are approved).
    case lockTopic = "lock_topic"

    /// The status an item has after this action.
    public var resultingStatus: ReviewStatus {
        switch self {
        case .keep: .rejected
        case .ignore: .ignored
        case .delete, .lockTopic: .approved
        }
    }
}

/// One member's flag on the post an item reviews.
public struct ReviewFlag: Codable, Equatable, Sendable {
    public var userID: Int64
    public var reason: FlagReason
    public var note: String
    public var createdAt: Date
    /// How much this flag counts in the item's score (see `ReviewItem.score`).
    public var weight: Int

    public init(userID: Int64, reason: FlagReason, note: String, createdAt: Date, weight: Int) {
        self.userID = userID
        self.reason = reason
        self.note = note
        self.createdAt = createdAt
        self.weight = weight
    }
}

/// The flags on one post gathered for the moderators, with what they need to judge it offline:
/// the post's text as it stood, where it is and who wrote it. Only moderators and admins receive
/// review items. Every change to an item raises its `version`; a moderation action names the
/// version it was decided on, and the server refuses one decided on an older version unless it is
/// the same action.
public struct ReviewItem: Codable, Equatable, Sendable, Identifiable {
    public var id: Int64
    public var postID: Int64
    public var topicID: Int64
    public var forumID: Int64
    public var authorID: Int64
    /// The post's text when the item last changed (empty once the post is deleted).
    public var text: String
    public var status: ReviewStatus
    /// The sum of the flags' weights: a flag counts 1, one from a member whose earlier flags were
    /// approved up to 3, one from a moderator or admin 5.
    public var score: Int
    public var flags: [ReviewFlag]
    public var version: Int
    /// The moderator looking at it, until `claimedUntil`.
    public var claimedBy: Int64?
    public var claimedUntil: Date?
    /// Who acted on it last, when, and how (absent while pending and never acted on).
    public var handledBy: Int64?
    public var handledAt: Date?
    public var action: ModerationAction?
    public var createdAt: Date

    public init(id: Int64, postID: Int64, topicID: Int64, forumID: Int64, authorID: Int64, text: String, status: ReviewStatus, score: Int,
                flags: [ReviewFlag], version: Int, claimedBy: Int64? = nil, claimedUntil: Date? = nil, handledBy: Int64? = nil,
                handledAt: Date? = nil, action: ModerationAction? = nil, createdAt: Date) {
        self.id = id
        self.postID = postID
        self.topicID = topicID
        self.forumID = forumID
        self.authorID = authorID
        self.text = text
        self.status = status
        self.score = score
        self.flags = flags
        self.version = version
        self.claimedBy = claimedBy
        self.claimedUntil = claimedUntil
        self.handledBy = handledBy
        self.handledAt = handledAt
        self.action = action
        self.createdAt = createdAt
    }
}

/// One moderation action in the audit log: who did what to which item, why, and what it undid if
/// it was undone. Only moderators and admins receive the log.
public struct AuditEntry: Codable, Equatable, Sendable, Identifiable {
    public var id: Int64
    public var moderatorID: Int64
    public var itemID: Int64
    public var postID: Int64
    public var action: ModerationAction
    /// The moderator's reason, as they wrote it (may be empty).
    public var note: String
    /// The item's status before the action.
    public var previousStatus: ReviewStatus
    public var createdAt: Date
    /// When the action was taken back (`undoModeration`), if it was.
    public var undoneAt: Date?

    public init(id: Int64, moderatorID: Int64, itemID: Int64, postID: Int64, action: ModerationAction, note: String,
                previousStatus: ReviewStatus, createdAt: Date, undoneAt: Date? = nil) {
        self.id = id
        self.moderatorID = moderatorID
        self.itemID = itemID
        self.postID = postID
        self.action = action
        self.note = note
        self.previousStatus = previousStatus
        self.createdAt = createdAt
        self.undoneAt = undoneAt
    }
}

/// Limits of moderation.
public enum ModerationLimits {
    /// Seconds a claim lasts.
    public static let claimSeconds: TimeInterval = 15 * 60
    /// Seconds during which a moderator may take their action back.
    public static let undoSeconds: TimeInterval = 10 * 60
    /// Characters in an action's reason.
    public static let noteLength = 1_000
}
