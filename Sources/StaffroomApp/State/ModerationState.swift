import Foundation
import StaffroomProtocol
import StaffroomStore

/// The Moderation pane: the review items waiting, by score then age.
public struct ModerationState: Equatable, Sendable {
    public var items: [ReviewItem] = []
    /// Display names of authors and of moderators holding claims, by id.
    public var names: [Int64: String] = [:]
    public var cursor = ListCursor()
    public var loaded = false
    /// A destructive action pressed once: pressing it again takes it.
    public var confirming: PendingModeration?
    /// Which items the queue shows.
    public var filter = ReviewFilter()
    /// Items marked with `Space` for one decision on all of them.
    public var marked: Set<Int64> = []
    /// Refused decisions already told of in the status line (their outbox ids).
    public var announced: Set<Int64> = []

    /// Items read at once.
    static let pageSize = 300

    public init() {}

    /// The items the filter lets through for moderator `me` at `now`, in queue order.
    public func shown(me: Int64, now: Date) -> [ReviewItem] { items.filter { filter.admits($0, me: me, now: now) } }

    /// The item under the cursor.
    public func selected(me: Int64, now: Date) -> ReviewItem? {
        let shown = shown(me: me, now: now)
        return shown.indices.contains(cursor.selected) ? shown[cursor.selected] : nil
    }
}

/// Which review items the queue shows: by a flag's reason, by forum, and by who holds the claim.
public struct ReviewFilter: Equatable, Sendable {
    public enum Claim: CaseIterable, Equatable, Sendable {
        case any, unclaimed, mine
    }

    public var reason: FlagReason?
    public var forumID: Int64?
    public var claim: Claim = .any

    public init(reason: FlagReason? = nil, forumID: Int64? = nil, claim: Claim = .any) {
        self.reason = reason
        self.forumID = forumID
        self.claim = claim
    }

    /// Whether `item` passes for moderator `me`; a claim that ran out by `now` counts as none.
    func admits(_ item: ReviewItem, me: Int64, now: Date) -> Bool {
        if let reason, !item.flags.contains(where: { $0.reason == reason }) { return false }
        if let forumID, item.forumID != forumID { return false }
        let holder = (item.claimedUntil ?? .distantPast) > now ? item.claimedBy : nil
        switch claim {
        case .any: return true
        case .unclaimed: return holder == nil
        case .mine: return holder == me
        }
    }
}

/// A review item opened for judging, with what surrounds it once read.
public struct ReviewItemState: Equatable, Sendable {
    public var item: ReviewItem
    public var context: ReviewContext?
    /// The first line shown.
    public var top = 0
    public var confirming: PendingModeration?
    /// The reason the next decision carries (the moderator writes it after `N`).
    public var note = ""
    /// The reason line has the keyboard.
    public var editingNote = false
    /// A choice being made before acting (a forum, a number of days); `Enter` acts on it.
    public var choice: ModerationChoice?
    /// The warning being written to the author (it has the keyboard while not nil).
    public var message: String?
    /// A staff note on the author being written (it has the keyboard while not nil).
    public var staffNote: String?

    public init(item: ReviewItem) { self.item = item }

    /// Whether typing goes into a line of this screen (the reason, the warning or a staff note).
    public var isTyping: Bool { editingNote || message != nil || staffNote != nil }
}

/// What an action needs chosen first: pressing its key again offers the next option.
public enum ModerationChoice: Equatable, Sendable {
    case move(forumID: Int64)
    case silence(days: Int)
    case suspend(days: Int)

    /// Days a silence may last, in the order its key offers them.
    static let silenceDays = [1, 3, 7, 30]
    /// Days a suspension may last, in the order its key offers them.
    static let suspensionDays = [1, 7, 30, 365]

    var action: ModerationAction {
        switch self {
        case .move: .moveTopic
        case .silence: .silence
        case .suspend: .suspend
        }
    }

    var details: ModerationDetails {
        switch self {
        case .move(let forumID): ModerationDetails(forumID: forumID)
        case .silence(let days), .suspend(let days): ModerationDetails(days: days)
        }
    }
}

/// A destructive action waiting for its second key press, on one item or on those marked.
public struct PendingModeration: Equatable, Sendable {
    public var itemIDs: Set<Int64>
    public var action: ModerationAction
}

/// What became of this device's decisions, newest answer first.
public struct ModerationOutcomesState: Equatable, Sendable {
    /// The outcomes, once read; nil while reading.
    public var outcomes: [ModerationOutcome]?
    public var cursor = ListCursor()

    /// Outcomes read at once.
    static let pageSize = 300

    public init() {}
}

/// The audit log: decisions newest first, narrowed by moderator, action and member.
public struct AuditLogState: Equatable, Sendable {
    /// The log, once read; nil while reading.
    public var rows: [AuditLogRow]?
    /// Display names of the moderators and authors, by id.
    public var names: [Int64: String] = [:]
    /// The moderators and the members the log can be narrowed to, as read with the full log.
    public var moderators: [Int64] = []
    public var members: [Int64] = []
    public var filter = AuditFilter()
    public var cursor = ListCursor()

    /// Decisions read at once.
    static let pageSize = 500

    public init() {}
}
