import StaffroomProtocol
import StaffroomStore

/// The Moderation pane: the review items waiting, by score then age.
public struct ModerationState: Equatable, Sendable {
    public var items: [ReviewItem] = []
    /// Display names of authors and of moderators holding claims, by id.
    public var names: [Int64: String] = [:]
    public var cursor = ListCursor()
    public var loaded = false
    /// A destructive action pressed once on an item: pressing it again takes it.
    public var confirming: PendingModeration?

    /// Items read at once.
    static let pageSize = 300

    public init() {}

    public var selected: ReviewItem? { items.indices.contains(cursor.selected) ? items[cursor.selected] : nil }
}

/// A review item opened for judging, with what surrounds it once read.
public struct ReviewItemState: Equatable, Sendable {
    public var item: ReviewItem
    public var context: ReviewContext?
    /// The first line shown.
    public var top = 0
    public var confirming: PendingModeration?

    public init(item: ReviewItem) { self.item = item }
}

/// A destructive action waiting for its second key press.
public struct PendingModeration: Equatable, Sendable {
    public var itemID: Int64
    public var action: ModerationAction
}
