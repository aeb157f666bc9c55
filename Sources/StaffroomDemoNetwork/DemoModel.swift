/// A demo member. Roles are spelled as the protocol spells them.
public struct DemoUser: Sendable, Equatable {
    public enum Role: String, Sendable { case teacher, mentor, moderator, admin }

    public var username: String
    public var displayName: String
    public var role: Role
    public var school: String
    /// The subjects and grades they teach, and their words about themselves (their profile).
    public var subjects: [String] = []
    public var grades: [Int] = []
    public var bio = ""
}

/// A demo category and its forums, in display order.
public struct DemoCategory: Sendable {
    public var title: String
    public var forums: [DemoForum]
}

/// A demo forum; its threads are written as text in the format `DemoThreadParser` reads.
public struct DemoForum: Sendable {
    public enum Kind: String, Sendable { case discussion, questions }

    public var title: String
    public var description: String
    public var kind: Kind = .discussion
    public var threadsText: String
}

/// A demo topic with its posts, oldest first (the first post is the topic's opening post).
public struct DemoTopic: Sendable, Equatable {
    public var title: String
    public var posts: [DemoPost]
}

/// A demo post: who wrote it, when (relative to seeding), and its text.
public struct DemoPost: Sendable, Equatable {
    public var author: String
    /// Whole days before the moment the network is seeded.
    public var daysAgo: Int
    /// Minutes after local midnight of that day.
    public var minuteOfDay: Int
    public var body: String
    /// In a questions forum: this reply is the accepted answer.
    public var accepted = false
}
