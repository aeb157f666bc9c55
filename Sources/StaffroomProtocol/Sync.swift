/// One entry of the server's change log: the current state of one entity.
public enum Change: Codable, Equatable, Sendable {
    case community(Community)
    case user(User)
    case category(Category)
    case forum(Forum)
    case topic(Topic)
    case post(Post)
    /// The signed-in member's own read mark (only they receive it).
    case readMark(ReadMark)
    /// The signed-in member's own subscription (only they receive it).
    case subscription(Subscription)
    /// The signed-in member's own bookmark (only they receive it).
    case bookmark(Bookmark)
    /// The signed-in member gained or lost access to a members-only forum (only they receive it).
    case forumAccess(ForumAccess)

    private enum CodingKeys: String, CodingKey { case kind, data }
    private enum Kind: String, Codable { case community, user, category, forum, topic, post, readMark, subscription, bookmark, forumAccess }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .kind) {
        case .community: self = .community(try container.decode(Community.self, forKey: .data))
        case .user: self = .user(try container.decode(User.self, forKey: .data))
        case .category: self = .category(try container.decode(Category.self, forKey: .data))
        case .forum: self = .forum(try container.decode(Forum.self, forKey: .data))
        case .topic: self = .topic(try container.decode(Topic.self, forKey: .data))
        case .post: self = .post(try container.decode(Post.self, forKey: .data))
        case .readMark: self = .readMark(try container.decode(ReadMark.self, forKey: .data))
        case .subscription: self = .subscription(try container.decode(Subscription.self, forKey: .data))
        case .bookmark: self = .bookmark(try container.decode(Bookmark.self, forKey: .data))
        case .forumAccess: self = .forumAccess(try container.decode(ForumAccess.self, forKey: .data))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .community(let value): try container.encode(Kind.community, forKey: .kind); try container.encode(value, forKey: .data)
        case .user(let value): try container.encode(Kind.user, forKey: .kind); try container.encode(value, forKey: .data)
        case .category(let value): try container.encode(Kind.category, forKey: .kind); try container.encode(value, forKey: .data)
        case .forum(let value): try container.encode(Kind.forum, forKey: .kind); try container.encode(value, forKey: .data)
        case .topic(let value): try container.encode(Kind.topic, forKey: .kind); try container.encode(value, forKey: .data)
        case .post(let value): try container.encode(Kind.post, forKey: .kind); try container.encode(value, forKey: .data)
        case .readMark(let value): try container.encode(Kind.readMark, forKey: .kind); try container.encode(value, forKey: .data)
        case .subscription(let value): try container.encode(Kind.subscription, forKey: .kind); try container.encode(value, forKey: .data)
        case .bookmark(let value): try container.encode(Kind.bookmark, forKey: .kind); try container.encode(value, forKey: .data)
        case .forumAccess(let value): try container.encode(Kind.forumAccess, forKey: .kind); try container.encode(value, forKey: .data)
        }
    }
}

/// A page of sync: what became of the pushed mutations (`POST` only), then the changes after the
/// request's cursor, oldest first, and where to go on.
public struct SyncPage: Codable, Equatable, Sendable {
    /// At most this many changes come in one page.
    public static let maximumChanges = 10_000
    /// A page stops growing at about this many bytes of JSON (its first change always comes).
    /// Gzipped, that is about 1 MiB on the wire: one round trip per MiB on a slow link, and a
    /// client that loses more than that to a cut asks for fewer changes (`limit`).
    public static let maximumBytes = 4 << 20

    public var results: [MutationResult]
    public var changes: [Change]
    /// The cursor to send next; store it together with the changes, in one transaction.
    public var cursor: String
    /// True when more changes wait after this page.
    public var more: Bool
    /// How many changes wait after this page, when the request asked (`count=1`); absent otherwise.
    public var remaining: Int?

    public init(results: [MutationResult] = [], changes: [Change], cursor: String, more: Bool, remaining: Int? = nil) {
        self.results = results
        self.changes = changes
        self.cursor = cursor
        self.more = more
        self.remaining = remaining
    }
}

/// Body of `POST /v1/sync`: this device's writes to apply, and where the pull goes on from.
public struct SyncRequest: Codable, Equatable, Sendable {
    /// At most this many mutations are taken in one request.
    public static let maximumMutations = 100
    /// Clients keep the encoded mutations of one request under this many bytes (the server takes
    /// request bodies of up to 4 MiB).
    public static let mutationBytesPerRequest = 1 << 20

    /// A random id the client made at login; mutations are numbered per device.
    public var device: String
    public var mutations: [Mutation]
    public var cursor: String?
    public var limit: Int?
    /// When true, the answer says how many changes remain after its page (`SyncPage.remaining`).
    public var count: Bool?
    /// When false, topics and posts from before the first sync are not sent (the bandwidth budget
    /// ran out); news still is. Absent: true.
    public var backfill: Bool?

    public init(device: String, mutations: [Mutation], cursor: String?, limit: Int? = nil, count: Bool? = nil,
                backfill: Bool? = nil) {
        self.device = device
        self.mutations = mutations
        self.cursor = cursor
        self.limit = limit
        self.count = count
        self.backfill = backfill
    }
}

/// Answer of `GET /v1/topics/{id}/posts`: a topic and a run of its posts, oldest first, for a
/// thread the member opened before the sync brought all of it.
public struct TopicPostsPage: Codable, Equatable, Sendable {
    /// At most this many posts come in one answer.
    public static let maximumPosts = 2_000

    public var topic: Topic
    public var posts: [Post]
    /// True when posts after the last one here remain: ask again with `after` set to its id.
    public var more: Bool

    public init(topic: Topic, posts: [Post], more: Bool) {
        self.topic = topic
        self.posts = posts
        self.more = more
    }
}
