import Foundation
import GRDB
import StaffroomProtocol

/// What `staffroom digest` prints, read from the local store: the forums' activity since a date,
/// the events of the coming days, the resources shared since, and the questions nobody answered.
public struct Digest: Equatable, Sendable {
    /// A forum's new topics and replies since the digest's start, with its busiest topics.
    public struct ForumActivity: Equatable, Sendable {
        public var forumTitle: String
        public var newTopics: Int
        public var replies: Int
        /// The busiest topics, most new posts first: title, new posts, and whether the topic is new.
        public var topics: [(title: String, posts: Int, isNew: Bool)]

        public init(forumTitle: String, newTopics: Int, replies: Int, topics: [(title: String, posts: Int, isNew: Bool)]) {
            self.forumTitle = forumTitle
            self.newTopics = newTopics
            self.replies = replies
            self.topics = topics
        }

        public static func == (left: ForumActivity, right: ForumActivity) -> Bool {
            left.forumTitle == right.forumTitle && left.newTopics == right.newTopics && left.replies == right.replies
                && left.topics.map { "\($0.title)|\($0.posts)|\($0.isNew)" } == right.topics.map { "\($0.title)|\($0.posts)|\($0.isNew)" }
        }
    }

    /// A question with no reply yet.
    public struct Question: Equatable, Sendable {
        public var title: String
        public var forumTitle: String
        public var askedAt: Date
        public var askerName: String

        public init(title: String, forumTitle: String, askedAt: Date, askerName: String) {
            self.title = title
            self.forumTitle = forumTitle
            self.askedAt = askedAt
            self.askerName = askerName
        }
    }

    public var since: Date
    public var forums: [ForumActivity]
    public var upcoming: [EventSummary]
    /// Resources shared since, newest first, with their author's name.
    public var resources: [(resource: Resource, authorName: String)]
    public var unanswered: [Question]
    /// The member's own news of the kinds they asked to have in the digest (nil: they asked for none).
    public var forYou: [FeedEntry]?

    public init(since: Date, forums: [ForumActivity], upcoming: [EventSummary], resources: [(resource: Resource, authorName: String)],
                unanswered: [Question], forYou: [FeedEntry]? = nil) {
        self.since = since
        self.forums = forums
        self.upcoming = upcoming
        self.resources = resources
        self.unanswered = unanswered
        self.forYou = forYou
    }

    public static func == (left: Digest, right: Digest) -> Bool {
        left.since == right.since && left.forums == right.forums && left.upcoming == right.upcoming
            && left.resources.map(\.resource) == right.resources.map(\.resource) && left.resources.map(\.authorName) == right.resources.map(\.authorName)
            && left.unanswered == right.unanswered && left.forYou == right.forYou
    }
}

extension ClientStore {
    /// Topics a forum lists in the digest, and entries per other section.
    public static let digestListLength = 5
    /// How far ahead the digest lists events.
    public static let digestEventsAhead: TimeInterval = 14 * 86_400

    /// The digest of what happened from `since` to `now`.
    public func digest(since: Date, now: Date) throws(StoreError) -> Digest {
        let upcoming = try events(from: now, before: now.addingTimeInterval(Self.digestEventsAhead), limit: Self.digestListLength * 2)
        let wanted = Set(try notificationLevels().filter { $0.value == .digest }.map(\.key))
        let forYou = wanted.isEmpty ? nil : try feed(kind: nil, after: nil, limit: Self.digestListLength * 4, now: now)
            .filter { $0.at >= since && wanted.contains($0.kind.notificationKind) }
        var digest = try StoreError.mapping {
            try writer.read { db in
                let topicRows = try Row.fetchAll(db, sql: """
                    SELECT forum.id AS forumID, forum.title AS forumTitle, forum.position, category.position AS categoryPosition,
                           topic.title, COUNT(*) AS posts, SUM(post.number = 1) AS opened
                    FROM post JOIN topic ON topic.id = post.topicID JOIN forum ON forum.id = topic.forumID
                    LEFT JOIN category ON category.id = forum.categoryID
                    WHERE post.createdAt >= ? AND post.deletedAt IS NULL AND post.number > 0
                    GROUP BY topic.id
                    ORDER BY categoryPosition, forum.position, forum.id, posts DESC, topic.lastPostAt DESC
                    """, arguments: [since])
                var forums: [Digest.ForumActivity] = []
                var lastForum: Int64?
                for row in topicRows {
                    let opened: Int = row["opened"]
                    let posts: Int = row["posts"]
                    if row["forumID"] != lastForum {
                        forums.append(Digest.ForumActivity(forumTitle: row["forumTitle"], newTopics: 0, replies: 0, topics: []))
                        lastForum = row["forumID"]
                    }
                    forums[forums.count - 1].newTopics += opened
                    forums[forums.count - 1].replies += posts - opened
                    if forums[forums.count - 1].topics.count < Self.digestListLength {
                        forums[forums.count - 1].topics.append((row["title"], posts, opened > 0))
                    }
                }
                let resources = try Row.fetchAll(db, sql: """
                    SELECT resource.*, COALESCE(user.displayName, '') AS authorName FROM resource LEFT JOIN user ON user.id = resource.authorID
                    WHERE resource.createdAt >= ? ORDER BY resource.createdAt DESC, resource.id DESC LIMIT ?
                    """, arguments: [since, Self.digestListLength]).map { (try Resource(row: $0), $0["authorName"] as String) }
                let unanswered = try Row.fetchAll(db, sql: """
                    SELECT topic.title, forum.title AS forumTitle, topic.createdAt, COALESCE(user.displayName, '') AS askerName
                    FROM topic JOIN forum ON forum.id = topic.forumID LEFT JOIN user ON user.id = topic.authorID
                    WHERE forum.kind = 'questions' AND topic.acceptedPostID IS NULL AND topic.postCount <= 1
                    ORDER BY topic.createdAt, topic.id LIMIT ?
                    """, arguments: [Self.digestListLength]).map {
                    Digest.Question(title: $0["title"], forumTitle: $0["forumTitle"], askedAt: $0["createdAt"], askerName: $0["askerName"])
                }
                return Digest(since: since, forums: forums, upcoming: upcoming, resources: resources, unanswered: unanswered)
            }
        }
        digest.forYou = forYou
        return digest
    }
}
