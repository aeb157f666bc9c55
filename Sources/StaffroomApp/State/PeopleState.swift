import StaffroomProtocol
import StaffroomStore

/// The People pane: the directory of members that match the filter, read page by page as the
/// selection nears the end, and the search line while it has the keyboard.
public struct DirectoryState: Equatable, Sendable {
    public var filter = DirectoryFilter()
    public var members: [User] = []
    /// How many members match, once counted.
    public var total: Int?
    public var hasMore = false
    /// A page is being read (the next one is not asked for twice).
    public var loading = false
    public var loaded = false
    public var cursor = ListCursor()
    /// The search line has the keyboard: typing changes `filter.text`.
    public var editingSearch = false
    /// The search text before editing began, restored by `Esc`.
    public var searchBeforeEditing = ""

    /// Members read per page.
    static let pageSize = 100

    public init() {}

    public var selected: User? { members.indices.contains(cursor.selected) ? members[cursor.selected] : nil }
}

/// A page of the directory as read for a filter: the first (`after` nil) or one that goes on.
public struct DirectoryLoad: Equatable, Sendable {
    public var filter: DirectoryFilter
    public var after: DirectoryKey?
    public var members: [User]
    /// How many match in all (counted with the first page).
    public var total: Int?
    /// How many were asked for: fewer came when the list ended.
    public var limit: Int

    public init(filter: DirectoryFilter, after: DirectoryKey?, members: [User], total: Int?, limit: Int) {
        self.filter = filter
        self.after = after
        self.members = members
        self.total = total
        self.limit = limit
    }
}

/// Picking a value of one facet of the directory: "any" first, then the values with their counts.
public struct DirectoryFacetState: Equatable, Sendable {
    public var facet: DirectoryFacet
    /// The values, once read; nil while reading.
    public var values: [FacetValue]?
    public var cursor = ListCursor()

    public init(facet: DirectoryFacet) { self.facet = facet }
}

/// A member's profile: who they are, then their pairings, recent posts, resources and
/// consultations, which the cursor moves over and `Enter` opens.
public struct ProfileState: Equatable, Sendable {
    public var userID: Int64
    /// The profile, once read; nil while reading (or when the device does not know the member).
    public var profile: MemberProfile?
    public var loaded = false
    /// Over `items`.
    public var cursor = ListCursor()

    public init(userID: Int64) { self.userID = userID }

    /// What the cursor can rest on, in the order the profile shows them.
    public var items: [ProfileItem] {
        guard let profile else { return [] }
        return profile.mentorships.map(ProfileItem.mentorship) + profile.recentPosts.map(ProfileItem.post)
            + profile.recentResources.map(ProfileItem.resource) + profile.consultations.map(ProfileItem.consultation)
    }
}

/// A line of a profile that opens something: a pairing's thread, a post, a resource, a consultation.
public enum ProfileItem: Equatable, Sendable {
    case mentorship(MentorshipSummary)
    case post(ProfilePost)
    case resource(Resource)
    case consultation(Event)
}
