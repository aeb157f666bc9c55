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

/// What a moderator does with a review item. Every action but `keep` and `ignore` approves the
/// flags; `warn`, `silence` and `suspend` act on the post's author.
public enum ModerationAction: String, Codable, Sendable, CaseIterable {
    /// Keep the post as it is (or show it again, if it was hidden or held): the flags are rejected.
    case keep
    /// Set the item aside without judging the flags.
    case ignore
    /// Hide the post: others see that it is hidden; its author and staff still read it, and the
    /// author may edit it and ask for another review.
    case hide
    /// Delete the post.
    case delete
    /// Replace the post's text (`ModerationDetails.body`), with the reason shown to its author.
    case edit
    /// Lock the post's topic: replies are closed.
    case lockTopic = "lock_topic"
    /// Move the post's topic to another forum (`ModerationDetails.forumID`).
    case moveTopic = "move_topic"
    /// Send the author a warning (`ModerationDetails.message`).
    case warn
    /// Silence the author for `ModerationDetails.days` days: they read, but write nothing.
    case silence
    /// Suspend the author for `ModerationDetails.days` days: they cannot sign in or sync.
    case suspend

    /// The status an item has after this action.
    public var resultingStatus: ReviewStatus {
        switch self {
        case .keep: .rejected
        case .ignore: .ignored
        case .hide, .delete, .edit, .lockTopic, .moveTopic, .warn, .silence, .suspend: .approved
        }
    }

    /// Whether the action acts on the author rather than on the post or its topic.
    public var actsOnAuthor: Bool { [.warn, .silence, .suspend].contains(self) }

    /// Whether the action needs a post: an item about a member takes only keep, ignore and the
    /// actions on the member.
    public var needsPost: Bool { ![.keep, .ignore, .warn, .silence, .suspend].contains(self) }
}

/// What some actions need besides the reason: each action names the one field it reads.
public struct ModerationDetails: Codable, Equatable, Sendable {
    /// `edit`: the post's new text.
    public var body: String?
    /// `move_topic`: the forum the topic moves to.
    public var forumID: Int64?
    /// `warn`: the message the author receives.
    public var message: String?
    /// `silence` and `suspend`: for how many days (1 to `ModerationLimits.longestPenaltyDays`).
    public var days: Int?

    public init(body: String? = nil, forumID: Int64? = nil, message: String? = nil, days: Int? = nil) {
        self.body = body
        self.forumID = forumID
        self.message = message
        self.days = days
    }
}

/// What moderation did to a post, as its author and staff see it. Other members see only that a
/// post is hidden or held: for them `reason` is empty and the text of a hidden post is too.
public struct PostModeration: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A new member's post waits for a moderator's approval.
        case held
        /// A moderator hid it.
        case hidden
        /// A moderator deleted it.
        case deleted
        /// A moderator changed its text.
        case edited
    }

    public var kind: Kind
    /// The moderator's reason (for `held`, empty).
    public var reason: String
    public var at: Date
    /// The author asked the moderators to look at it again (`askForReview`) and they have not yet.
    public var reviewAsked: Bool

    public init(kind: Kind, reason: String, at: Date, reviewAsked: Bool = false) {
        self.kind = kind
        self.reason = reason
        self.at = at
        self.reviewAsked = reviewAsked
    }

    /// Whether only its author and staff read the post's text.
    public var hidesText: Bool { kind == .held || kind == .hidden }
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

/// The flags on one post, or on one member, gathered for the moderators, with what they need to
/// judge it offline: the post's text as it stood, where it is and who wrote it (for a member: who
/// they are). Only moderators and admins receive review items. Every change to an item raises its `version`; a moderation action names the
/// version it was decided on, and the server refuses one decided on an older version unless it is
/// the same action.
public struct ReviewItem: Codable, Equatable, Sendable, Identifiable {
    public var id: Int64
    /// The post flagged, its topic and forum; all absent for an item about a member.
    public var postID: Int64?
    public var topicID: Int64?
    public var forumID: Int64?
    /// The post's author, or the member flagged.
    public var authorID: Int64
    /// The post's text when the item last changed; once a moderator deleted it, the text they removed
    /// (empty once its author deleted it).
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
    /// A new member's post held until a moderator approves it (`keep`) or not.
    public var held: Bool
    /// The author's words when they asked for another review of their hidden post.
    public var appeal: String?

    public init(id: Int64, postID: Int64?, topicID: Int64?, forumID: Int64?, authorID: Int64, text: String, status: ReviewStatus, score: Int,
                flags: [ReviewFlag], version: Int, claimedBy: Int64? = nil, claimedUntil: Date? = nil, handledBy: Int64? = nil,
                handledAt: Date? = nil, action: ModerationAction? = nil, createdAt: Date, held: Bool = false, appeal: String? = nil) {
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
        self.held = held
        self.appeal = appeal
    }

    private enum CodingKeys: String, CodingKey {
        case id, postID, topicID, forumID, authorID, text, status, score, flags, version, claimedBy, claimedUntil, handledBy, handledAt,
             action, createdAt, held, appeal
    }

    /// Decodes an item; `held` may be absent (items written before it existed were never held).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decode(Int64.self, forKey: .id), postID: try container.decodeIfPresent(Int64.self, forKey: .postID),
                  topicID: try container.decodeIfPresent(Int64.self, forKey: .topicID),
                  forumID: try container.decodeIfPresent(Int64.self, forKey: .forumID),
                  authorID: try container.decode(Int64.self, forKey: .authorID), text: try container.decode(String.self, forKey: .text),
                  status: try container.decode(ReviewStatus.self, forKey: .status), score: try container.decode(Int.self, forKey: .score),
                  flags: try container.decode([ReviewFlag].self, forKey: .flags), version: try container.decode(Int.self, forKey: .version),
                  claimedBy: try container.decodeIfPresent(Int64.self, forKey: .claimedBy),
                  claimedUntil: try container.decodeIfPresent(Date.self, forKey: .claimedUntil),
                  handledBy: try container.decodeIfPresent(Int64.self, forKey: .handledBy),
                  handledAt: try container.decodeIfPresent(Date.self, forKey: .handledAt),
                  action: try container.decodeIfPresent(ModerationAction.self, forKey: .action),
                  createdAt: try container.decode(Date.self, forKey: .createdAt),
                  held: try container.decodeIfPresent(Bool.self, forKey: .held) ?? false,
                  appeal: try container.decodeIfPresent(String.self, forKey: .appeal))
    }
}

/// One moderation action in the audit log: who did what to which item, why, and what it undid if
/// it was undone. Only moderators and admins receive the log.
public struct AuditEntry: Codable, Equatable, Sendable, Identifiable {
    public var id: Int64
    public var moderatorID: Int64
    public var itemID: Int64
    /// The post judged; absent for an item about a member.
    public var postID: Int64?
    public var action: ModerationAction
    /// The moderator's reason, as they wrote it (may be empty).
    public var note: String
    /// What the action was given besides (a forum, a message, a number of days; an edit's text).
    public var details: ModerationDetails?
    /// The item's status before the action.
    public var previousStatus: ReviewStatus
    public var createdAt: Date
    /// When the action was taken back (`undoModeration`), if it was.
    public var undoneAt: Date?

    public init(id: Int64, moderatorID: Int64, itemID: Int64, postID: Int64?, action: ModerationAction, note: String,
                details: ModerationDetails? = nil, previousStatus: ReviewStatus, createdAt: Date, undoneAt: Date? = nil) {
        self.id = id
        self.moderatorID = moderatorID
        self.itemID = itemID
        self.postID = postID
        self.action = action
        self.note = note
        self.details = details
        self.previousStatus = previousStatus
        self.createdAt = createdAt
        self.undoneAt = undoneAt
    }
}

/// A moderator's note on a member, for the other moderators: only moderators and admins receive it.
public struct StaffNote: Codable, Equatable, Sendable, Identifiable {
    public var id: Int64
    /// The member the note is about.
    public var userID: Int64
    /// The moderator or admin who wrote it.
    public var authorID: Int64
    public var text: String
    public var createdAt: Date

    public init(id: Int64, userID: Int64, authorID: Int64, text: String, createdAt: Date) {
        self.id = id
        self.userID = userID
        self.authorID = authorID
        self.text = text
        self.createdAt = createdAt
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
    /// Characters in a warning, in an author's request for another review, and in a staff note.
    public static let messageLength = 2_000
    /// The longest silence or suspension, in days.
    public static let longestPenaltyDays = 365
}
