import Foundation

/// What a member may do in the network; the server enforces it.
public enum Role: String, Codable, Sendable, CaseIterable {
    case teacher, mentor, moderator, admin
}

/// The network the server hosts.
public struct Community: Codable, Equatable, Sendable {
    public var name: String
    public init(name: String) { self.name = name }
}

/// A member of the network as other members see them.
public struct User: Codable, Equatable, Sendable, Identifiable {
    public var id: Int64
    public var username: String
    public var displayName: String
    public var role: Role
    public var school: String
    /// School subjects they teach (their own words), from their profile.
    public var subjects: [String]
    /// School grades (1–11) they teach.
    public var grades: [Int]
    /// What they write about themselves.
    public var bio: String

    public init(id: Int64, username: String, displayName: String, role: Role, school: String,
                subjects: [String] = [], grades: [Int] = [], bio: String = "") {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.school = school
        self.subjects = subjects
        self.grades = grades
        self.bio = bio
    }

    /// The profile's own part, as `updateProfile` sends it.
    public var profile: ProfileDraft { ProfileDraft(subjects: subjects, grades: grades, bio: bio) }
}

/// A group of forums, shown as a heading in the forum list.
public struct Category: Codable, Equatable, Sendable, Identifiable {
    public var id: Int64
    public var title: String
    public var position: Int

    public init(id: Int64, title: String, position: Int) {
        self.id = id
        self.title = title
        self.position = position
    }
}

/// What a forum is for: open discussion, or questions that wait for an accepted answer.
public enum ForumKind: String, Codable, Sendable, CaseIterable {
    case discussion
    case questions
}

/// A forum inside a category.
public struct Forum: Codable, Equatable, Sendable, Identifiable {
    public var id: Int64
    public var categoryID: Int64
    public var title: String
    public var description: String
    public var position: Int
    public var kind: ForumKind
    /// A new member's posts here wait for a moderator's approval until one of theirs is approved.
    public var holdsFirstPosts: Bool

    public init(id: Int64, categoryID: Int64, title: String, description: String, position: Int,
                kind: ForumKind = .discussion, holdsFirstPosts: Bool = false) {
        self.id = id
        self.categoryID = categoryID
        self.title = title
        self.description = description
        self.position = position
        self.kind = kind
        self.holdsFirstPosts = holdsFirstPosts
    }
}

/// A discussion in a forum, with the counters the topic list shows.
public struct Topic: Codable, Equatable, Sendable, Identifiable {
    public var id: Int64
    public var forumID: Int64
    public var title: String
    public var authorID: Int64
    public var createdAt: Date
    /// When the newest post was written.
    public var lastPostAt: Date
    /// Posts in the topic, the first one included.
    public var postCount: Int
    /// The newest post's id (post ids only grow).
    public var lastPostID: Int64
    /// Pinned topics stay at the top of their forum.
    public var pinned: Bool
    /// Only moderators may reply to a locked topic.
    public var locked: Bool
    /// In a questions forum: the reply accepted as the answer.
    public var acceptedPostID: Int64?

    public init(id: Int64, forumID: Int64, title: String, authorID: Int64, createdAt: Date,
                lastPostAt: Date, postCount: Int, lastPostID: Int64, pinned: Bool = false, locked: Bool = false,
                acceptedPostID: Int64? = nil) {
        self.id = id
        self.forumID = forumID
        self.title = title
        self.authorID = authorID
        self.createdAt = createdAt
        self.lastPostAt = lastPostAt
        self.postCount = postCount
        self.lastPostID = lastPostID
        self.pinned = pinned
        self.locked = locked
        self.acceptedPostID = acceptedPostID
    }
}

/// One message in a topic. Bodies are plain text written by members: untrusted until sanitized.
public struct Post: Codable, Equatable, Sendable, Identifiable {
    public var id: Int64
    public var topicID: Int64
    public var authorID: Int64
    /// The text; empty once the post is deleted.
    public var body: String
    public var createdAt: Date
    /// When the author (or a moderator) last changed the text.
    public var editedAt: Date?
    /// When the post was deleted; deleted posts keep their place in the thread.
    public var deletedAt: Date?
    /// The topic's `postCount` just after this post was written (1 for the opening post; 0 for a
    /// post not yet sent). A client holding the topic derives its counters from a newer post, so
    /// the topic itself need not travel with every reply (protocol §5.9).
    public var number: Int
    /// What moderation did to the post, if anything (protocol §6.11).
    public var moderation: PostModeration?

    public init(id: Int64, topicID: Int64, authorID: Int64, body: String, createdAt: Date,
                editedAt: Date? = nil, deletedAt: Date? = nil, number: Int = 0, moderation: PostModeration? = nil) {
        self.id = id
        self.topicID = topicID
        self.authorID = authorID
        self.body = body
        self.createdAt = createdAt
        self.editedAt = editedAt
        self.deletedAt = deletedAt
        self.number = number
        self.moderation = moderation
    }
}

/// What a subscription follows.
public enum SubscriptionTarget: Codable, Equatable, Hashable, Sendable {
    case topic(Int64)
    case forum(Int64)
}

/// How the member follows a topic or forum: watched (its news matter), muted (a topic left out
/// of unread counts and of next-unread), or neither.
public enum SubscriptionLevel: String, Codable, Sendable, CaseIterable {
    case watch, mute, none
}

/// The signed-in member's subscription to one topic or forum (kept with level `none` once
/// dropped, so every device learns of the change).
public struct Subscription: Codable, Equatable, Sendable {
    public var target: SubscriptionTarget
    public var level: SubscriptionLevel

    public init(target: SubscriptionTarget, level: SubscriptionLevel) {
        self.target = target
        self.level = level
    }
}

/// The signed-in member's bookmark of a post (kept with `bookmarked: false` once removed).
public struct Bookmark: Codable, Equatable, Sendable {
    public var postID: Int64
    public var bookmarked: Bool
    public var createdAt: Date

    public init(postID: Int64, bookmarked: Bool, createdAt: Date) {
        self.postID = postID
        self.bookmarked = bookmarked
        self.createdAt = createdAt
    }
}

/// How far the signed-in member has read a topic, shared by all their devices: every post with a
/// larger id is unread.
public struct ReadMark: Codable, Equatable, Sendable {
    public var topicID: Int64
    public var lastReadPostID: Int64

    public init(topicID: Int64, lastReadPostID: Int64) {
        self.topicID = topicID
        self.lastReadPostID = lastReadPostID
    }
}

/// Whether the signed-in member may see a members-only forum. Sent to them alone when it changes:
/// on `granted: false` the client removes the forum and everything in it; on `granted: true` for a
/// forum it does not hold, it fetches the log again from the start to pick up the forum's content.
public struct ForumAccess: Codable, Equatable, Sendable {
    public var forumID: Int64
    public var granted: Bool

    public init(forumID: Int64, granted: Bool) {
        self.forumID = forumID
        self.granted = granted
    }
}
