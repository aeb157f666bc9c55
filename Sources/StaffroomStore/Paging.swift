import Foundation

/// Which page of an ordered list to read, relative to a key of that order (keyset paging).
public enum PageRequest<Key: Equatable & Sendable>: Equatable, Sendable {
    /// The first page.
    case first
    /// The page just after the item with this key.
    case after(Key)
    /// The page just before the item with this key.
    case before(Key)
    /// The last page.
    case last
}

/// Items of one page, in list order, and whether the list goes on beyond them.
public struct Page<Item: Equatable & Sendable>: Equatable, Sendable {
    public var items: [Item]
    public var hasMoreBefore: Bool
    public var hasMoreAfter: Bool

    public init(items: [Item], hasMoreBefore: Bool, hasMoreAfter: Bool) {
        self.items = items
        self.hasMoreBefore = hasMoreBefore
        self.hasMoreAfter = hasMoreAfter
    }
}

/// The position of a topic in a forum's list: pinned topics first, then newest activity first.
public struct TopicKey: Equatable, Hashable, Sendable {
    public var pinned: Bool
    public var lastPostAt: Date
    public var id: Int64

    public init(pinned: Bool = false, lastPostAt: Date, id: Int64) {
        self.pinned = pinned
        self.lastPostAt = lastPostAt
        self.id = id
    }
}
