import Foundation
import StaffroomProtocol
import StaffroomStore

/// The forum list: every forum with its category, counts and the selection.
public struct ForumListState: Equatable, Sendable {
    /// Category headings and forums, in display order.
    public var rows: [ForumListRow] = []
    /// Selection over `rows`; it only ever rests on a forum row.
    public var cursor = ListCursor()
    public var loaded = false

    public init() {}

    /// The selected forum.
    public var selectedForum: ForumSummary? {
        rows.indices.contains(cursor.selected) ? rows[cursor.selected].forum : nil
    }
}

/// A forum's topic list: a window of topics loaded page by page around the selection.
public struct TopicListState: Equatable, Sendable {
    public var forum: Forum
    public var topics: [TopicSummary] = []
    public var hasMoreBefore = false
    public var hasMoreAfter = false
    public var cursor = ListCursor()
    public var loaded = false
    /// The page being loaded, so the same page is not asked for twice.
    public var loading: PageRequest<TopicKey>?

    public init(forum: Forum) { self.forum = forum }

    public var selectedTopic: TopicSummary? {
        topics.indices.contains(cursor.selected) ? topics[cursor.selected] : nil
    }
}

/// A thread: a window of posts loaded page by page, laid out as lines for the current width.
public struct ThreadState: Equatable, Sendable {
    public var topic: Topic
    public var forumTitle: String
    public var forumKind: ForumKind = .discussion
    /// Whether the member watches or mutes this topic.
    public var followLevel: SubscriptionLevel = .none
    /// The post `D` was pressed on once: a second `D` deletes it.
    public var confirmingDelete: Int64?
    public var posts: [ThreadPost] = []
    public var hasMoreBefore = false
    public var hasMoreAfter = false
    public var layout = ThreadLayout()
    /// The first visible line of `layout`.
    public var top = 0
    /// The current post (index into `posts`): the one `n`/`p` move and reply, edit and flag act on.
    public var current = 0
    public var loaded = false
    public var loading: PageRequest<Int64>?
    /// New posts were stored while a page was loading: read again once it is in.
    public var refreshWhenLoaded = false
    /// The newest post that has been on screen: the read mark saved when leaving.
    public var seenUpTo: Int64 = 0
    /// The read mark when the thread was opened: later posts are new since the last visit.
    public var readMarkAtOpen: Int64 = 0
    /// Where to scroll once the page being loaded arrives.
    public var pendingScroll: PendingScroll?

    /// Where the "new since your last visit" divider goes: after the read mark, when some but not
    /// all of the topic had been read.
    public var unreadAfter: Int64? {
        readMarkAtOpen > 0 && readMarkAtOpen < topic.lastPostID ? readMarkAtOpen : nil
    }

    /// The post whose line is at the top of the screen, and how far into it.
    public var anchor: ThreadAnchor? {
        guard let index = layout.postIndex(atLine: top), posts.indices.contains(index) else { return nil }
        return ThreadAnchor(postID: posts[index].post.id, lineOffset: top - layout.postStarts[index])
    }

    public init(topic: Topic, forumTitle: String) {
        self.topic = topic
        self.forumTitle = forumTitle
    }
}

/// A scroll that waits for a page: to the very end, or to the start of a post.
public enum PendingScroll: Equatable, Sendable {
    case end
    /// To the first post newer than this one.
    case postAfter(id: Int64)
}

/// Flagging a post for the moderators: a reason and an optional note.
public struct FlagState: Equatable, Sendable {
    public var postID: Int64
    /// Who wrote the post and how it starts, to show what is flagged.
    public var excerpt: String
    public var reason: FlagReason = .offTopic
    public var note = TextEditor()
    /// The author asks for another review of their moderated post: no reason, the note is why.
    public var appeal: Bool
    /// The post's author, whom `Tab` makes the flag about instead of the post.
    public var author: (id: Int64, name: String)?
    /// The flag is about the author, not the post.
    public var aboutAuthor = false

    public init(postID: Int64, excerpt: String, appeal: Bool = false, author: (id: Int64, name: String)? = nil) {
        self.postID = postID
        self.excerpt = excerpt
        self.appeal = appeal
        self.author = author
    }

    public static func == (left: FlagState, right: FlagState) -> Bool {
        left.postID == right.postID && left.excerpt == right.excerpt && left.reason == right.reason && left.note == right.note
            && left.appeal == right.appeal && left.author?.id == right.author?.id && left.author?.name == right.author?.name
            && left.aboutAuthor == right.aboutAuthor
    }
}

/// Searching every synced post: the query line and the results, best first.
public struct SearchState: Equatable, Sendable {
    public var query = TextEditor()
    /// The query the shown results are for (nil before the first search).
    public var searchedText: String?
    public var hits: [SearchHit] = []
    public var cursor = ListCursor()
    public var loading = false
    public var hasMore = false

    public init() {}

    /// Results per page.
    static let pageSize = 50
}

/// What the member watches and mutes.
public struct FollowedListState: Equatable, Sendable {
    public var items: [FollowedItem] = []
    public var cursor = ListCursor()
    public var loaded = false

    public init() {}
}

/// The member's bookmarked posts.
public struct BookmarkListState: Equatable, Sendable {
    public var bookmarks: [BookmarkedPost] = []
    public var cursor = ListCursor()
    public var loaded = false

    public init() {}
}

/// The saved drafts, to resume or throw away.
public struct DraftListState: Equatable, Sendable {
    public var drafts: [Draft] = []
    public var cursor = ListCursor()
    public var loaded = false
    /// The draft `x` was pressed on once: a second `x` throws it away.
    public var confirmingDiscard: Int?

    public init() {}
}

/// The outbox: writes waiting to be sent, and writes the server refused, with their reasons.
public struct OutboxListState: Equatable, Sendable {
    public var entries: [OutboxEntry] = []
    public var cursor = ListCursor()
    public var loaded = false
    public var confirmingDiscard: Int?

    public init() {}
}

/// A screen above the forum list.
public enum Screen: Equatable, Sendable {
    case topics(TopicListState)
    case thread(ThreadState)
    case compose(ComposeState)
    case drafts(DraftListState)
    case outbox(OutboxListState)
    case flag(FlagState)
    case search(SearchState)
    case followed(FollowedListState)
    case bookmarks(BookmarkListState)
    case event(EventDetailState)
    case eventForm(EventFormState)
    case attendance(AttendanceState)
    case booking(BookingState)
    case resourcePicker(ResourcePickerState)
    case libraryFacet(LibraryFacetState)
    case resource(ResourceDetailState)
    case downloads(DownloadsState)
    case shareForm(ShareFormState)
    case reviewItem(ReviewItemState)
    case auditLog(AuditLogState)
    case moderationOutcomes(ModerationOutcomesState)
    case feedSettings(FeedSettingsState)
    case directoryFacet(DirectoryFacetState)
    case profile(ProfileState)
    case profileForm(ProfileFormState)
    case mentoring(MentoringState)
    case mentorRequest(MentorRequestState)
    case dashboard(DashboardState)

    /// Which kind of screen this is, for key bindings.
    public var kind: ScreenKind {
        switch self {
        case .topics: .topics
        case .thread: .thread
        case .compose: .compose
        case .drafts: .drafts
        case .outbox: .outbox
        case .flag: .flag
        case .search: .search
        case .followed: .followed
        case .bookmarks: .bookmarks
        case .event: .event
        case .eventForm: .eventForm
        case .attendance: .attendance
        case .booking: .booking
        case .resourcePicker: .resourcePicker
        case .libraryFacet: .libraryFacet
        case .resource: .resource
        case .downloads: .downloads
        case .shareForm: .shareForm
        case .reviewItem: .reviewItem
        case .auditLog: .auditLog
        case .moderationOutcomes: .moderationOutcomes
        case .feedSettings: .feedSettings
        case .directoryFacet: .directoryFacet
        case .profile: .profile
        case .profileForm: .profileForm
        case .mentoring: .mentoring
        case .mentorRequest: .mentorRequest
        case .dashboard: .dashboard
        }
    }
}

/// Where syncing stands, as the status line shows it.
public enum SyncActivity: Equatable, Sendable {
    case idle
    /// Pulling from the server: pages applied so far, and how much of the pull is done when known.
    case syncing(pages: Int, percent: Int?)
    /// The server could not be reached (or was busy) since `since`; sync keeps trying by itself.
    case offline(since: Date, reason: Phrase)
    /// Sync stopped for a reason that needs the user (a session to renew, a full disk…).
    case failed(Phrase)
}
