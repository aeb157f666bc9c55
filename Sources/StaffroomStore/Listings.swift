import Foundation
import GRDB
import StaffroomProtocol

/// A forum as the forum list shows it: with its category and how many topics it (and the unread) has.
public struct ForumSummary: Equatable, Sendable, FetchableRecord {
    public var forum: Forum
    public var categoryTitle: String
    public var topicCount: Int
    /// Topics with unread posts, muted topics left out.
    public var unreadTopicCount: Int
    public var followLevel: SubscriptionLevel

    public init(forum: Forum, categoryTitle: String, topicCount: Int, unreadTopicCount: Int,
                followLevel: SubscriptionLevel = .none) {
        self.forum = forum
        self.categoryTitle = categoryTitle
        self.topicCount = topicCount
        self.unreadTopicCount = unreadTopicCount
        self.followLevel = followLevel
    }

    public init(row: Row) throws {
        forum = try Forum(row: row)
        categoryTitle = row["categoryTitle"]
        topicCount = row["topicCount"]
        unreadTopicCount = row["unreadTopicCount"]
        followLevel = SubscriptionLevel(rawValue: row["followLevel"]) ?? .none
    }
}

/// A topic as the topic list shows it: with its author's name, how far it was read and how many
/// of its posts are unread.
public struct TopicSummary: Equatable, Sendable, FetchableRecord {
    public var topic: Topic
    public var authorName: String
    /// Every post after this one is unread (0: nothing read yet).
    public var lastReadPostID: Int64
    public var unreadCount: Int
    public var followLevel: SubscriptionLevel

    public init(topic: Topic, authorName: String, lastReadPostID: Int64 = 0, unreadCount: Int = 0,
                followLevel: SubscriptionLevel = .none) {
        self.topic = topic
        self.authorName = authorName
        self.lastReadPostID = lastReadPostID
        self.unreadCount = unreadCount
        self.followLevel = followLevel
    }

    public init(row: Row) throws {
        topic = try Topic(row: row)
        authorName = row["authorName"] ?? "?"
        lastReadPostID = row["lastReadPostID"]
        unreadCount = row["unreadCount"]
        followLevel = SubscriptionLevel(rawValue: row["followLevel"]) ?? .none
    }

    /// Whether any post is unread.
    public var isUnread: Bool { topic.lastPostID > lastReadPostID }

    /// This topic's place in its forum's list.
    public var key: TopicKey { TopicKey(pinned: topic.pinned, lastPostAt: topic.lastPostAt, id: topic.id) }
}

/// Whether the server has a post yet.
public enum Delivery: Equatable, Sendable {
    case sent
    /// Written (or changed) here and waiting in the outbox.
    case pending
    /// Refused by the server for good; the reason says why.
    case notSent(reason: String)
}

/// A post as a thread shows it: with its author's name, and whether it has reached the server.
/// A reply still in the outbox has a negative id (minus its outbox id).
public struct ThreadPost: Equatable, Sendable, FetchableRecord {
    public var post: Post
    public var authorName: String
    public var delivery: Delivery
    public var bookmarked: Bool

    public init(post: Post, authorName: String, delivery: Delivery = .sent, bookmarked: Bool = false) {
        self.post = post
        self.authorName = authorName
        self.delivery = delivery
        self.bookmarked = bookmarked
    }

    public init(row: Row) throws {
        post = try Post(row: row)
        authorName = row["authorName"] ?? "?"
        delivery = .sent
        bookmarked = row["bookmarked"] ?? false
    }
}
