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

    public init(item: ReviewItem) { self.item = item }
}

/// A destructive action waiting for its second key press, on one item or on those marked.
public struct PendingModeration: Equatable, Sendable {
    public var itemIDs: Set<Int64>
    public var action: ModerationAction
}

/// The audit log: decisions newest first, all moderators' or one's.
public struct AuditLogState: Equatable, Sendable {
    /// The log, once read; nil while reading.
    public var rows: [AuditLogRow]?
    /// Display names of the moderators, by id.
    public var names: [Int64: String] = [:]
    /// The moderators whose decisions the log can be narrowed to, as read with the full log.
    public var moderators: [Int64] = []
    /// Only this moderator's decisions; nil: everyone's.
    public var moderatorID: Int64?
    public var cursor = ListCursor()

    /// Decisions read at once.
    static let pageSize = 500

    public init() {}
}
