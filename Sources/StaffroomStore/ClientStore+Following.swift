import Foundation
import GRDB
import StaffroomProtocol

/// A watched or muted topic or forum, with its title, for the list of what the member follows.
public struct FollowedItem: Equatable, Sendable {
    public var subscription: Subscription
    public var title: String
    /// For a topic: its forum's title.
    public var forumTitle: String?

    public init(subscription: Subscription, title: String, forumTitle: String?) {
        self.subscription = subscription
        self.title = title
        self.forumTitle = forumTitle
    }
}

/// A bookmarked post with where it is.
public struct BookmarkedPost: Equatable, Sendable {
    public var hit: SearchHit
    public var bookmarkedAt: Date

    public init(hit: SearchHit, bookmarkedAt: Date) {
        self.hit = hit
        self.bookmarkedAt = bookmarkedAt
    }
}

/// Watching and muting topics and forums, and bookmarking posts: set here at once and sent through
/// the outbox to the member's other devices.
extension ClientStore {
    /// Watches, mutes or stops following a topic or forum.
    public func setSubscription(_ target: SubscriptionTarget, level: SubscriptionLevel, at date: Date = Date()) throws(StoreError) {
        try StoreError.mapping {
            try writer.write { db in
                try Self.store(Subscription(target: target, level: level), in: db)
                try Self.enqueue(.setSubscription(target: target, level: level), at: date, in: db)
            }
        }
    }

    /// Bookmarks a post, or removes its bookmark.
    public func setBookmark(postID: Int64, bookmarked: Bool, at date: Date = Date()) throws(StoreError) {
        try StoreError.mapping {
            try writer.write { db in
                try Self.store(Bookmark(postID: postID, bookmarked: bookmarked, createdAt: date), in: db)
                try Self.enqueue(.setBookmark(postID: postID, bookmarked: bookmarked), at: date, in: db)
            }
        }
    }

    /// How the member follows a topic or forum.
    public func subscriptionLevel(_ target: SubscriptionTarget) throws(StoreError) -> SubscriptionLevel {
        let (kind, id) = Self.key(target)
        return try StoreError.mapping {
            try writer.read { db in
                try String.fetchOne(db, sql: "SELECT level FROM subscription WHERE targetKind = ? AND targetID = ?", arguments: [kind, id])
                    .flatMap(SubscriptionLevel.init(rawValue:)) ?? SubscriptionLevel.none
            }
        }
    }

    /// Which of these posts are bookmarked.
    public func bookmarkedPosts(among ids: [Int64]) throws(StoreError) -> Set<Int64> {
        guard !ids.isEmpty else { return [] }
        return try StoreError.mapping {
            try writer.read { db in
                Set(try Int64.fetchAll(db, sql: "SELECT postID FROM bookmark WHERE bookmarked AND postID IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
                                       arguments: StatementArguments(ids)))
            }
        }
    }

    /// Everything watched or muted: forums first, then topics, each by title.
    public func followedItems() throws(StoreError) -> [FollowedItem] {
        try StoreError.mapping {
            try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT subscription.*, COALESCE(forum.title, topic.title, '') AS title, topicForum.title AS forumTitle
                    FROM subscription
                    LEFT JOIN forum ON subscription.targetKind = 'forum' AND forum.id = subscription.targetID
                    LEFT JOIN topic ON subscription.targetKind = 'topic' AND topic.id = subscription.targetID
                    LEFT JOIN forum AS topicForum ON topicForum.id = topic.forumID
                    WHERE subscription.level != 'none'
                    ORDER BY subscription.targetKind = 'topic', title
                    """).map { row in
                    let id: Int64 = row["targetID"]
                    let target: SubscriptionTarget = row["targetKind"] == "forum" ? .forum(id) : .topic(id)
                    return FollowedItem(subscription: Subscription(target: target, level: SubscriptionLevel(rawValue: row["level"]) ?? .none),
                                        title: row["title"], forumTitle: row["forumTitle"])
                }
            }
        }
    }

    /// Bookmarked posts, most recently bookmarked first, at most `limit`.
    public func bookmarks(limit: Int = 500) throws(StoreError) -> [BookmarkedPost] {
        try StoreError.mapping {
            try writer.read { db in
                let columns = try db.columns(in: "post").count
                let adapter = ScopeAdapter([
                    "topic": SuffixRowAdapter(fromIndex: columns + 1),
                    "forum": SuffixRowAdapter(fromIndex: columns + 1 + (try db.columns(in: "topic").count)),
                ])
                let rows = try Row.fetchAll(db, sql: """
                    SELECT post.*, user.displayName AS authorName, topic.*, forum.*, bookmark.createdAt AS bookmarkedAt
                    FROM bookmark JOIN post ON post.id = bookmark.postID JOIN topic ON topic.id = post.topicID
                    JOIN forum ON forum.id = topic.forumID LEFT JOIN user ON user.id = post.authorID
                    WHERE bookmark.bookmarked ORDER BY bookmark.createdAt DESC LIMIT ?
                    """, arguments: [limit], adapter: adapter)
                return try rows.map { BookmarkedPost(hit: try SearchHit(row: $0), bookmarkedAt: $0["bookmarkedAt"]) }
            }
        }
    }

    static func store(_ subscription: Subscription, in db: Database) throws {
        let (kind, id) = key(subscription.target)
        try db.execute(sql: """
            INSERT INTO subscription (targetKind, targetID, level) VALUES (?, ?, ?)
            ON CONFLICT (targetKind, targetID) DO UPDATE SET level = excluded.level
            """, arguments: [kind, id, subscription.level.rawValue])
    }

    static func store(_ bookmark: Bookmark, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO bookmark (postID, bookmarked, createdAt) VALUES (?, ?, ?)
            ON CONFLICT (postID) DO UPDATE SET bookmarked = excluded.bookmarked, createdAt = excluded.createdAt
            """, arguments: [bookmark.postID, bookmark.bookmarked, bookmark.createdAt])
    }

    private static func key(_ target: SubscriptionTarget) -> (String, Int64) {
        switch target {
        case .topic(let id): ("topic", id)
        case .forum(let id): ("forum", id)
        }
    }
}
