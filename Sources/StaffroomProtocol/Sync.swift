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
    case event(Event)
    /// The signed-in member's answer to an event (only they receive it).
    case rsvp(Rsvp)
    /// A certificate of participation; only its holder receives it.
    case certificate(Certificate)
    /// A booking of a consultation slot; its member and the organizer receive it.
    case booking(Booking)
    /// A library resource's catalogue entry (its files' contents are fetched only on request).
    case resource(Resource)
    /// The signed-in member's own "useful" mark on a resource (only they receive it).
    case usefulMark(UsefulMark)
    /// Flags on a post gathered for review (only moderators and admins receive it).
    case reviewItem(ReviewItem)
    /// A moderation action of the audit log (only moderators and admins receive it).
    case auditEntry(AuditEntry)
    /// What the moderators tell the signed-in member (only they receive it).
    case notice(MemberNotice)
    /// A moderator's note on a member (only moderators and admins receive it).
    case staffNote(StaffNote)
    /// One of the signed-in member's notification settings (only they receive it).
    case notificationSetting(NotificationSetting)
    /// A request for a mentor or a pairing (see `Mentorship` for who receives it).
    case mentorship(Mentorship)

    // On the wire a change is an object with one key, its kind, as mutations are: `{"post":{…}}`.
    private enum CodingKeys: String, CodingKey {
        case community, user, category, forum, topic, post, readMark, subscription, bookmark, forumAccess, event, rsvp, certificate, booking, resource, usefulMark, reviewItem, auditEntry, notice, staffNote, notificationSetting, mentorship
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard container.allKeys.count == 1, let kind = container.allKeys.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "A change has exactly one known kind."))
        }
        switch kind {
        case .community: self = .community(try container.decode(Community.self, forKey: kind))
        case .user: self = .user(try container.decode(User.self, forKey: kind))
        case .category: self = .category(try container.decode(Category.self, forKey: kind))
        case .forum: self = .forum(try container.decode(Forum.self, forKey: kind))
        case .topic: self = .topic(try container.decode(CompactTopic.self, forKey: kind).topic)
        case .post: self = .post(try container.decode(CompactPost.self, forKey: kind).post)
        case .readMark: self = .readMark(try container.decode(ReadMark.self, forKey: kind))
        case .subscription: self = .subscription(try container.decode(Subscription.self, forKey: kind))
        case .bookmark: self = .bookmark(try container.decode(Bookmark.self, forKey: kind))
        case .forumAccess: self = .forumAccess(try container.decode(ForumAccess.self, forKey: kind))
        case .event: self = .event(try container.decode(Event.self, forKey: kind))
        case .rsvp: self = .rsvp(try container.decode(Rsvp.self, forKey: kind))
        case .certificate: self = .certificate(try container.decode(Certificate.self, forKey: kind))
        case .booking: self = .booking(try container.decode(Booking.self, forKey: kind))
        case .resource: self = .resource(try container.decode(Resource.self, forKey: kind))
        case .usefulMark: self = .usefulMark(try container.decode(UsefulMark.self, forKey: kind))
        case .reviewItem: self = .reviewItem(try container.decode(ReviewItem.self, forKey: kind))
        case .auditEntry: self = .auditEntry(try container.decode(AuditEntry.self, forKey: kind))
        case .notice: self = .notice(try container.decode(MemberNotice.self, forKey: kind))
        case .staffNote: self = .staffNote(try container.decode(StaffNote.self, forKey: kind))
        case .notificationSetting: self = .notificationSetting(try container.decode(NotificationSetting.self, forKey: kind))
        case .mentorship: self = .mentorship(try container.decode(Mentorship.self, forKey: kind))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .community(let value): try container.encode(value, forKey: .community)
        case .user(let value): try container.encode(value, forKey: .user)
        case .category(let value): try container.encode(value, forKey: .category)
        case .forum(let value): try container.encode(value, forKey: .forum)
        case .topic(let value): try container.encode(CompactTopic(value), forKey: .topic)
        case .post(let value): try container.encode(CompactPost(value), forKey: .post)
        case .readMark(let value): try container.encode(value, forKey: .readMark)
        case .subscription(let value): try container.encode(value, forKey: .subscription)
        case .bookmark(let value): try container.encode(value, forKey: .bookmark)
        case .forumAccess(let value): try container.encode(value, forKey: .forumAccess)
        case .event(let value): try container.encode(value, forKey: .event)
        case .rsvp(let value): try container.encode(value, forKey: .rsvp)
        case .certificate(let value): try container.encode(value, forKey: .certificate)
        case .booking(let value): try container.encode(value, forKey: .booking)
        case .resource(let value): try container.encode(value, forKey: .resource)
        case .usefulMark(let value): try container.encode(value, forKey: .usefulMark)
        case .reviewItem(let value): try container.encode(value, forKey: .reviewItem)
        case .auditEntry(let value): try container.encode(value, forKey: .auditEntry)
        case .notice(let value): try container.encode(value, forKey: .notice)
        case .staffNote(let value): try container.encode(value, forKey: .staffNote)
        case .notificationSetting(let value): try container.encode(value, forKey: .notificationSetting)
        case .mentorship(let value): try container.encode(value, forKey: .mentorship)
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

    // `results` is left out when empty and `more` when false: a long-poll's answer is often one change.
    private enum CodingKeys: String, CodingKey { case results, changes, cursor, more, remaining }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        results = try container.decodeIfPresent([MutationResult].self, forKey: .results) ?? []
        changes = try container.decode([Change].self, forKey: .changes)
        cursor = try container.decode(String.self, forKey: .cursor)
        more = try container.decodeIfPresent(Bool.self, forKey: .more) ?? false
        remaining = try container.decodeIfPresent(Int.self, forKey: .remaining)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if !results.isEmpty { try container.encode(results, forKey: .results) }
        try container.encode(changes, forKey: .changes)
        try container.encode(cursor, forKey: .cursor)
        if more { try container.encode(true, forKey: .more) }
        try container.encodeIfPresent(remaining, forKey: .remaining)
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

    private enum CodingKeys: String, CodingKey { case topic, posts, more }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        topic = try container.decode(CompactTopic.self, forKey: .topic).topic
        posts = try container.decode([CompactPost].self, forKey: .posts).map(\.post)
        more = try container.decode(Bool.self, forKey: .more)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(CompactTopic(topic), forKey: .topic)
        try container.encode(posts.map(CompactPost.init), forKey: .posts)
        try container.encode(more, forKey: .more)
    }
}
