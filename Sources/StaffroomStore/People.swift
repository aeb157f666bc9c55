import Foundation
import StaffroomProtocol

/// The facets the directory of members can be narrowed by.
public enum DirectoryFacet: String, CaseIterable, Equatable, Sendable {
    case school, subject, role
}

/// What the directory shows: at most one value per facet, and words to find in names, usernames,
/// schools and subjects.
public struct DirectoryFilter: Equatable, Sendable {
    public var school: String?
    public var subject: String?
    public var role: Role?
    /// Words typed into the search (each found anywhere in the member's name, username, school
    /// or subjects, folded as the search folds).
    public var text: String

    public init(school: String? = nil, subject: String? = nil, role: Role? = nil, text: String = "") {
        self.school = school
        self.subject = subject
        self.role = role
        self.text = text
    }

    /// This filter without its pick of `facet`.
    public func clearing(_ facet: DirectoryFacet) -> DirectoryFilter {
        var copy = self
        switch facet {
        case .school: copy.school = nil
        case .subject: copy.subject = nil
        case .role: copy.role = nil
        }
        return copy
    }

    /// The filter's pick of `facet`, as a facet value.
    public func pick(of facet: DirectoryFacet) -> String? {
        switch facet {
        case .school: school
        case .subject: subject
        case .role: role?.rawValue
        }
    }

    /// Narrows the filter to `value` of `facet` (nil: any).
    public mutating func pick(_ value: String?, of facet: DirectoryFacet) {
        switch facet {
        case .school: school = value
        case .subject: subject = value
        case .role: role = value.flatMap(Role.init(rawValue:))
        }
    }

    /// Nothing narrows the list.
    public var isEmpty: Bool { school == nil && subject == nil && role == nil && text.isEmpty }
}

/// Where the directory goes on: after the member with this folded name and id (names in
/// alphabetical order, letter case and ё aside).
public struct DirectoryKey: Equatable, Hashable, Sendable {
    public var foldedName: String
    public var id: Int64

    public init(foldedName: String, id: Int64) {
        self.foldedName = foldedName
        self.id = id
    }

    /// The key of a member of the list.
    public init(_ user: User) {
        self.init(foldedName: SearchText.fold(user.displayName), id: user.id)
    }
}

/// A member's profile as the client shows it: who they are, and what they wrote and shared
/// lately that this device holds.
public struct MemberProfile: Equatable, Sendable {
    public var user: User
    /// Their newest posts, newest first.
    public var recentPosts: [ProfilePost]
    /// Their newest resources, newest first.
    public var recentResources: [Resource]
    /// How many posts and resources of theirs this device holds.
    public var postCount: Int
    public var resourceCount: Int
    /// The pairings they are in now, as teacher or as mentor.
    public var mentorships: [MentorshipSummary]
    /// Consultations still to come that they hold, or that their mentor holds (the pair shares
    /// them); their slots are booked from the event.
    public var consultations: [Event]

    public init(user: User, recentPosts: [ProfilePost] = [], recentResources: [Resource] = [], postCount: Int = 0, resourceCount: Int = 0,
                mentorships: [MentorshipSummary] = [], consultations: [Event] = []) {
        self.user = user
        self.recentPosts = recentPosts
        self.recentResources = recentResources
        self.postCount = postCount
        self.resourceCount = resourceCount
        self.mentorships = mentorships
        self.consultations = consultations
    }
}

/// One of a member's posts on their profile.
public struct ProfilePost: Equatable, Sendable {
    public var postID: Int64
    public var topicID: Int64
    public var topicTitle: String
    public var createdAt: Date
    /// The post's text (Markdown as written; the view shortens it to a line).
    public var body: String

    public init(postID: Int64, topicID: Int64, topicTitle: String, createdAt: Date, body: String) {
        self.postID = postID
        self.topicID = topicID
        self.topicTitle = topicTitle
        self.createdAt = createdAt
        self.body = body
    }
}

/// The limits of a profile screen.
public enum ProfileListing {
    /// How many recent posts and resources a profile lists.
    public static let recent = 5
}
