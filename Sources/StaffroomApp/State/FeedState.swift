import Foundation
import StaffroomProtocol
import StaffroomStore

/// The Feed pane: what concerns the member, newest first, read from the local store in pages.
public struct FeedState: Equatable, Sendable {
    public var entries: [FeedEntry] = []
    public var cursor = ListCursor()
    public var loaded = false
    /// Only entries of this kind; nil: all.
    public var kind: FeedKind?
    /// The member's visit before this one: entries after it stand above the "since your last
    /// visit" divider (nil before a first visit: no divider).
    public var previousVisit: Date?
    /// Whether an older page may follow, and whether it is being read.
    public var more = false
    public var loadingMore = false

    /// Entries read at once.
    static let pageSize = 100

    public init() {}

    /// The entry under the cursor.
    public var selected: FeedEntry? { entries.indices.contains(cursor.selected) ? entries[cursor.selected] : nil }

    /// Where the divider goes: before the first entry from before the last visit, when newer ones
    /// come before it. (The server dates posts to the whole second, and visits are kept so too: a
    /// post of the visit's own second counts as new.)
    public var dividerIndex: Int? {
        guard let previousVisit, let index = entries.firstIndex(where: { $0.at < previousVisit }), index > 0 else { return nil }
        return index
    }
}

/// What the feed reads: one kind or all, after a position (a next page), and whether this read
/// is a visit (the start of a session in the pane), which moves the "last visit" on.
public struct FeedQuery: Equatable, Sendable {
    public var kind: FeedKind?
    public var after: FeedPosition?
    public var visiting: Bool

    public init(kind: FeedKind?, after: FeedPosition? = nil, visiting: Bool = false) {
        self.kind = kind
        self.after = after
        self.visiting = visiting
    }
}

/// A page of the feed as read, for the query that asked for it.
public struct FeedLoad: Equatable, Sendable {
    public var query: FeedQuery
    public var entries: [FeedEntry]
    /// For a visit: the one before.
    public var previousVisit: Date?

    public init(query: FeedQuery, entries: [FeedEntry], previousVisit: Date?) {
        self.query = query
        self.entries = entries
        self.previousVisit = previousVisit
    }
}

/// The notification settings: how much each kind of news reaches the member.
public struct FeedSettingsState: Equatable, Sendable {
    /// The levels, once read.
    public var levels: [NotificationKind: NotificationLevel]?
    public var cursor = ListCursor()

    public init() {}
}
