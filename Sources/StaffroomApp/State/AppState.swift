import Foundation
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// Everything the interface shows, as one value. Only `update` changes it.
public struct AppState: Equatable, Sendable {
    public var size: Size
    public var language: Language
    public var cursorStyle: CursorStyle = .arrow
    public var timeZone: TimeZone
    public var now: Date
    /// "user@server", shown in the status line.
    public var accountLabel: String
    /// Who is signed in: their id and role (the server enforces roles; the interface only offers).
    public var me = Member(userID: 0, role: .teacher)
    public var communityName: String?
    /// The pane whose root screen is under the stack: the forum list, the Events pane or the Library.
    public var pane: Pane = .forums
    public var forumList = ForumListState()
    public var events = EventsState()
    public var library = LibraryState()
    public var moderation = ModerationState()
    /// The People pane's directory of members.
    public var directory = DirectoryState()
    /// Downloads running now: bytes so far and rate, by download id.
    public var transfers: [Int64: TransferProgress] = [:]
    /// The link's speed as last measured, in bytes per second, for time estimates.
    public var linkSpeed: Double?
    /// The next event the member has a place at; the status line reminds of it a day before.
    public var nextEvent: EventSummary?
    /// The weekday a calendar week starts on, counted as `Calendar` does (1 = Sunday, 2 = Monday).
    public var firstWeekday = 2
    /// Screens opened from the pane's root screen, the top one last.
    public var stack: [Screen] = []
    public var sync: SyncActivity = .idle
    /// Writes waiting in the outbox, and writes the server refused.
    public var outbox = OutboxCounts()
    public var lastSyncAt: Date?
    /// Older changes not fetched yet because the bandwidth budget ran out.
    public var leftToFetch: Int?
    /// The Feed pane.
    public var feed = FeedState()
    /// Unread entries of the feed, for the top bar.
    public var feedUnread = 0
    /// The silence a moderator put on the member, while it lasts: writing is explained, not tried.
    public var silence: MemberNotice?
    /// A one-off message for the status line, cleared by the next key.
    public var notice: Phrase?
    public var showingHelp = false
    /// A link of the current post shown in full for copying (Staffroom never opens it).
    public var shownLink: String?
    /// The password prompt, while the server wants the member to log in again.
    public var sessionRenewal: SessionRenewal?
    public var quitting = false

    public init(size: Size, language: Language, timeZone: TimeZone, now: Date, accountLabel: String) {
        self.size = size
        self.language = language
        self.timeZone = timeZone
        self.now = now
        self.accountLabel = accountLabel
    }

    /// The smallest terminal the interface draws in; below it one line asks for more room.
    public static let minimumSize = Size(columns: 40, rows: 10)

    /// Rows for the current screen's content: all but the top bar, breadcrumb and status line.
    public var contentRows: Int { max(1, size.rows - 3) }

    public var dates: DateText { DateText(language: language, timeZone: timeZone) }

    /// The kind of screen on top.
    public var screenKind: ScreenKind {
        if let screen = stack.last { return screen.kind }
        switch pane {
        case .feed: return .feed
        case .forums: return .forums
        case .events: return .events
        case .library: return .library
        case .moderation: return .moderation
        case .people: return .people
        }
    }

    /// The Gregorian calendar in the user's zone, weeks starting on `firstWeekday`.
    public var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        calendar.firstWeekday = firstWeekday
        return calendar
    }

    /// The password prompt, when it may take the keyboard: never over a screen where the member is
    /// typing text (a reply, a flag note, a search), so no word typed there lands in the prompt.
    /// It appears once they leave that screen.
    public var activeSessionRenewal: SessionRenewal? {
        if case .reviewItem(let opened) = stack.last, opened.isTyping { return nil }
        return [.compose, .flag, .search, .eventForm, .booking, .shareForm, .profileForm, .mentorRequest].contains(screenKind)
            || (screenKind == .library && library.editingSearch) || (screenKind == .people && directory.editingSearch)
            ? nil : sessionRenewal
    }
}

/// The panes the top bar names; each has its own root screen.
public enum Pane: Equatable, Sendable {
    case feed, forums, events, library, moderation, people
}

/// The signed-in member.
public struct Member: Equatable, Sendable {
    public var userID: Int64
    public var role: Role

    public init(userID: Int64, role: Role) {
        self.userID = userID
        self.role = role
    }

    /// Moderators and admins may pin, lock, and change anyone's posts.
    public var moderates: Bool { role == .moderator || role == .admin }
}

/// The password prompt shown when the server ended the session. Writes wait in the outbox
/// meanwhile; logging in again as the same member keeps everything.
public struct SessionRenewal: Equatable, Sendable {
    /// What was typed; never shown, never stored.
    public var password = ""
    /// The login is on its way.
    public var sending = false
    /// Why the last try failed (a wrong password, no connection).
    public var failure: Phrase?

    public init() {}
}

/// How many writes wait in the outbox and how many were refused.
public struct OutboxCounts: Equatable, Sendable {
    public var pending = 0
    public var notSent = 0

    public init(pending: Int = 0, notSent: Int = 0) {
        self.pending = pending
        self.notSent = notSent
    }
}
