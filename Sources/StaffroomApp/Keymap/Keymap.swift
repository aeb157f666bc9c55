import StaffroomTerminal

/// The kinds of screen, for key bindings that work only on some of them.
public enum ScreenKind: Equatable, Sendable, CaseIterable {
    case feed, forums, topics, thread, compose, drafts, outbox, flag, search, followed, bookmarks, events, event, eventForm, attendance, booking, resourcePicker, library, libraryFacet, resource, downloads, shareForm,
         moderation, reviewItem, auditLog, moderationOutcomes, feedSettings, people, directoryFacet, profile, profileForm, mentoring,
         mentorRequest, dashboard
}

/// Keys bound to one operation, and how the help overlay names them.
public struct KeyBinding: Equatable, Sendable {
    public var keys: [Key]
    public var label: String
    public var operation: Operation
    /// The screens where the binding works; nil: every browsing screen.
    public var screens: Set<ScreenKind>?

    init(_ keys: [Key], _ label: String, _ operation: Operation, on screens: Set<ScreenKind>? = nil) {
        self.keys = keys
        self.label = label
        self.operation = operation
        self.screens = screens
    }

    func applies(to screen: ScreenKind) -> Bool { screens?.contains(screen) ?? true }
}

/// The key map, as data: behaviour and the help overlay both read these tables.
public enum Keymap {
    /// Keys of the browsing screens (everything but the editor).
    public static let bindings: [KeyBinding] = [
        KeyBinding([.character("j"), .down], "j ↓", .moveDown),
        KeyBinding([.character("k"), .up], "k ↑", .moveUp),
        KeyBinding([.character(" ")], "Space", .pageOrNextUnread, on: [.thread]),
        KeyBinding([.pageDown, .control("f"), .character(" ")], "PgDn ^F", .pageDown),
        KeyBinding([.pageUp, .control("b")], "PgUp ^B", .pageUp),
        KeyBinding([.character("g"), .home], "g Home", .first),
        KeyBinding([.character("G"), .end], "G End", .last),
        KeyBinding([.enter, .character("l"), .right], "Enter l →", .open),
        KeyBinding([.escape, .character("h"), .left], "Esc h ←", .back),
        KeyBinding([.tab], "Tab", .nextUnread, on: [.forums, .topics, .thread]),
        KeyBinding((1...9).map { .character(Character(String($0))) }, "1…9", .showLink, on: [.thread]),
        KeyBinding([.character("m")], "m", .markTopicRead, on: [.topics, .thread]),
        KeyBinding([.character("M")], "M", .markForumRead, on: [.forums, .topics]),
        KeyBinding([.character("n")], "n", .nextPost, on: [.thread]),
        KeyBinding([.character("p")], "p", .previousPost, on: [.thread]),
        KeyBinding([.character("a")], "a", .reply, on: [.thread]),
        KeyBinding([.character("Q")], "Q", .quoteReply, on: [.thread]),
        KeyBinding([.character("E")], "E", .replyInEditor, on: [.thread, .topics, .drafts]),
        KeyBinding([.character("e")], "e", .editPost, on: [.thread]),
        KeyBinding([.character("D")], "D", .deletePost, on: [.thread]),
        KeyBinding([.character("F")], "F", .flagPost, on: [.thread]),
        KeyBinding([.character("R")], "R", .askForReview, on: [.thread]),
        KeyBinding([.character("i")], "i", .authorProfile, on: [.thread]),
        KeyBinding([.character("P")], "P", .pinTopic, on: [.thread]),
        KeyBinding([.character("L")], "L", .lockTopic, on: [.thread]),
        KeyBinding([.character("A")], "A", .acceptAnswer, on: [.thread]),
        KeyBinding([.character("w")], "w", .newTopic, on: [.topics]),
        KeyBinding([.character("/")], "/", .search, on: [.forums, .topics, .thread]),
        KeyBinding([.character("S")], "S", .follow, on: [.forums, .topics, .thread]),
        KeyBinding([.character("b")], "b", .bookmark, on: [.thread]),
        KeyBinding([.character("c")], "c", .planEvent, on: [.thread]),
        KeyBinding([.character("W")], "W", .followedList, on: [.forums, .topics, .thread]),
        KeyBinding([.character("B")], "B", .bookmarkList, on: [.forums, .topics, .thread]),
        KeyBinding([.character("d")], "d", .drafts, on: [.forums, .topics, .thread]),
        KeyBinding([.character("o")], "o", .outbox, on: [.forums, .topics, .thread, .events, .event, .library, .resource]),
        KeyBinding([.character("x"), .delete], "x Del", .discard, on: [.drafts, .outbox]),
        KeyBinding([.character("s")], "s", .saveCopy, on: [.outbox]),
        KeyBinding([.function(6), .character("N")], "F6 N", .feedPane, on: Self.paneScreens),
        KeyBinding([.function(2), .character("F")], "F2 F", .forumsPane, on: Self.paneScreens),
        KeyBinding([.function(3), .character("C")], "F3 C", .eventsPane, on: Self.paneScreens),
        KeyBinding([.function(4), .character("L")], "F4 L", .libraryPane, on: Self.paneScreens),
        KeyBinding([.function(5), .character("V")], "F5 V", .moderationPane, on: Self.paneScreens),
        KeyBinding([.function(7), .character("P")], "F7 P", .peoplePane, on: Self.paneScreens),
        KeyBinding([.character("r")], "r", .sync),
        KeyBinding([.character("?"), .function(1)], "? F1", .help),
        KeyBinding([.control("l")], "^L", .redraw),
        KeyBinding([.character("q"), .control("c")], "q ^C", .quit),
    ]

    /// The screens from which the pane keys switch panes.
    static let paneScreens: Set<ScreenKind> = [.feed, .forums, .events, .event, .library, .resource, .downloads, .moderation, .reviewItem, .auditLog,
                                                    .moderationOutcomes, .people, .profile, .mentoring, .dashboard]

    /// The operation `key` triggers on `screen`.
    public static func operation(for key: Key, on screen: ScreenKind) -> Operation? {
        bindings.first { $0.keys.contains(key) && $0.applies(to: screen) }?.operation
    }

    /// The Events pane's keys (handled by `EventsUpdate`).
    public static let eventsKeys: [(label: String, description: Phrase)] = [
        ("← → h l", .event(.keyDay)), ("↑ ↓ k j", .event(.keyWeekOrEvent)), ("[ ]", .event(.keyMonth)), ("t", .event(.keyToday)),
        ("PgUp PgDn g G", .event(.keyPage)), ("Enter", .event(.keyOpen)), ("Tab Esc", .event(.keyFocus)), ("v", .event(.keyView)),
        ("y", .event(.keyGoing)),
        ("m", .event(.keyMaybe)), ("n", .event(.keyNotGoing)), ("a", .event(.keyNew)),
    ]

    /// An opened event's keys (handled by `EventsUpdate`).
    public static let eventKeys: [(label: String, description: Phrase)] = [
        ("y", .event(.keyGoing)), ("m", .event(.keyMaybe)), ("n", .event(.keyNotGoing)), ("Enter", .event(.keyDiscussion)),
        ("p", .event(.keyParticipants)), ("e", .event(.keyEdit)), ("M", .event(.keyMove)), ("H", .event(.keyHeld)),
        ("X", .event(.keyCancel)), ("A", .event(.keyApprove)), ("D", .event(.keyDecline)), ("a", .event(.keyAttendance)),
        ("c", .event(.keyCertificate)), ("j k", .event(.keyPickSlot)), ("b", .event(.keyBook)), ("x", .event(.keyCancelBooking)),
        ("↑ ↓ k j", .event(.keyScroll)),
        ("Esc h ←", .event(.keyBack)),
    ]

    /// The event form's keys (handled by `EventFormUpdate`; typing fills the field).
    public static let eventFormKeys: [(label: String, description: Phrase)] = [
        ("Tab ↓ Enter", .eventForm(.keyNextField)), ("S-Tab ↑", .eventForm(.keyPreviousField)), ("← → Space", .eventForm(.keyChoose)),
        ("^S", .eventForm(.keySend)), ("^E", .composeKeyExternal), ("^Z", .composeKeyUndo), ("^K", .composeKeyDeleteLine),
        ("Esc", .eventForm(.keyLeave)),
    ]

    /// The attendance list's keys (handled by `AttendanceUpdate`).
    public static let attendanceKeys: [(label: String, description: Phrase)] = [
        ("Space x", .event(.keyMarkPresent)), ("+", .event(.keyMarkAllGoing)), ("↑ ↓ k j", .event(.keyWeekOrEvent)),
        ("^S", .event(.keySaveAttendance)), ("Esc", .event(.keyBack)),
    ]

    /// The booking prompt's keys (typing writes the question).
    public static let bookingKeys: [(label: String, description: Phrase)] = [
        ("Enter", .event(.keyBook)), ("^K", .composeKeyDeleteLine), ("Esc", .searchKeyBack),
    ]

    /// The resource picker's keys.
    public static let pickerKeys: [(label: String, description: Phrase)] = [
        ("Space x", .eventForm(.keyChoose)), ("Enter", .eventForm(.keyPickerDone)), ("Esc", .searchKeyBack),
    ]

    /// The Library pane's keys (handled by `LibraryUpdate`).
    public static let libraryKeys: [(label: String, description: Phrase)] = [
        ("↑ ↓ k j PgUp PgDn", .searchKeyMove), ("Enter", .library(.keyOpen)), ("1…5", .library(.keyFacets)), ("0", .library(.keyClear)),
        ("/", .library(.keySearch)), ("s", .library(.keySort)), ("d", .library(.keyDownload)), ("u", .library(.keyUseful)),
        ("D", .library(.keyDownloads)), ("a", .library(.keyShare)),
    ]

    /// An opened resource's keys (handled by `ResourceDetailUpdate`).
    public static let resourceKeys: [(label: String, description: Phrase)] = [
        ("d", .library(.keyDownload)), ("u", .library(.keyUseful)), ("K", .library(.keyKeepOffline)), ("c", .library(.keyDiscussion)),
        ("Enter", .library(.keyShowLink)), ("D", .library(.keyDownloads)), ("↑ ↓ k j", .event(.keyScroll)), ("Esc h ←", .event(.keyBack)),
    ]

    /// The Moderation pane's and a review item's keys (handled by `ModerationUpdate`).
    public static let moderationKeys: [(label: String, description: Phrase)] = [
        ("↑ ↓ k j", .searchKeyMove), ("Enter", .moderation(.keyOpen)), ("Space", .moderation(.keyMark)), ("1 2 3", .moderation(.keyFilters)),
        ("K", .moderation(.keyKeep)), ("I", .moderation(.keyIgnore)), ("H", .moderation(.keyHide)),
        ("D", .moderation(.keyDelete)), ("E", .moderation(.keyEdit)), ("L", .moderation(.keyLock)), ("M", .moderation(.keyMove)),
        ("W", .moderation(.keyWarn)), ("S", .moderation(.keySilence)), ("X", .moderation(.keySuspend)), ("T", .moderation(.keyStaffNote)),
        ("u U", .moderation(.keyUndo)), ("N", .moderation(.keyNote)), ("A", .moderation(.keyAuditLog)),
        ("O", .moderation(.keyOutcomes)), ("p", .pulse(.keyPulse)),
        ("Esc", .event(.keyBack)),
    ]

    /// The audit log's keys (handled by `AuditLogUpdate`).
    public static let auditLogKeys: [(label: String, description: Phrase)] = [
        ("↑ ↓ k j", .searchKeyMove), ("m", .moderation(.keyWhose)), ("a", .moderation(.keyWhichAction)),
        ("w", .moderation(.keyWhichMember)), ("Esc", .event(.keyBack)),
    ]

    /// The Feed pane's keys (handled by `FeedUpdate`).
    public static let feedKeys: [(label: String, description: Phrase)] = [
        ("↑ ↓ k j PgUp PgDn", .searchKeyMove), ("Enter", .feed(.keyOpen)), ("m", .feed(.keyMarkRead)), ("M", .feed(.keyMarkAllRead)),
        ("1", .feed(.keyKind)), ("s", .feed(.keySettings)),
    ]

    /// The People pane's keys (handled by `PeopleUpdate`).
    public static let peopleKeys: [(label: String, description: Phrase)] = [
        ("↑ ↓ k j PgUp PgDn", .searchKeyMove), ("Enter", .people(.keyOpen)), ("1 2 3", .people(.keyFacets)), ("0", .people(.keyClear)),
        ("/", .people(.keySearch)), ("i", .people(.keyMyProfile)), ("M", .mentoring(.keyMentoring)),
    ]

    /// A profile's keys (handled by `ProfileUpdate`).
    public static let profileKeys: [(label: String, description: Phrase)] = [
        ("↑ ↓ k j", .searchKeyMove), ("Enter", .people(.keyOpen)), ("e", .people(.keyEditProfile)), ("m", .mentoring(.keyAskMentor)),
        ("Esc", .event(.keyBack)),
    ]

    /// The Dashboard's keys (handled by `DashboardUpdate`).
    public static let dashboardKeys: [(label: String, description: Phrase)] = [
        ("↑ ↓ k j PgUp PgDn", .pulse(.keyScroll)), ("g", .pulse(.keyPulseAgain)), ("Esc", .event(.keyBack)),
    ]

    /// The mentoring list's keys (handled by `MentoringUpdate`).
    public static let mentoringKeys: [(label: String, description: Phrase)] = [
        ("↑ ↓ k j", .searchKeyMove), ("Enter", .people(.keyOpen)), ("y", .mentoring(.keyAccept)), ("n", .mentoring(.keyDecline)),
        ("x x", .mentoring(.keyEnd)), ("Esc", .event(.keyBack)),
    ]

    /// The profile form's keys (handled by `ProfileFormUpdate`; typing fills the field).
    public static let profileFormKeys: [(label: String, description: Phrase)] = [
        ("Tab ↓ Enter", .shareForm(.keyNextField)), ("S-Tab ↑", .shareForm(.keyPreviousField)), ("^S", .eventForm(.keySend)),
        ("^Z", .composeKeyUndo), ("^K", .composeKeyDeleteLine), ("Esc", .shareForm(.keyLeave)),
    ]

    /// The notification settings' keys (handled by `FeedSettingsUpdate`).
    public static let feedSettingsKeys: [(label: String, description: Phrase)] = [
        ("↑ ↓ k j", .searchKeyMove), ("Enter Space", .feed(.keyLevel)), ("Esc", .event(.keyBack)),
    ]

    /// The outcome list's keys.
    public static let outcomeKeys: [(label: String, description: Phrase)] = [
        ("↑ ↓ k j", .searchKeyMove), ("Esc", .event(.keyBack)),
    ]

    /// The share form's keys (handled by `ShareFormUpdate`; typing fills the field).
    public static let shareFormKeys: [(label: String, description: Phrase)] = [
        ("Tab ↓ Enter", .shareForm(.keyNextField)), ("S-Tab ↑", .shareForm(.keyPreviousField)), ("← → Space", .shareForm(.keyChoose)),
        ("^S", .shareForm(.keySend)), ("^Z", .composeKeyUndo), ("^K", .composeKeyDeleteLine), ("Esc", .shareForm(.keyLeave)),
    ]

    /// The download queue's keys (handled by `DownloadsUpdate`).
    public static let downloadsKeys: [(label: String, description: Phrase)] = [
        ("p", .library(.keyPause)), ("r", .library(.keyRetry)), ("x", .library(.keyCancel)), ("Enter", .library(.keyWhere)),
        ("Esc", .event(.keyBack)),
    ]

    /// The search screen's keys (typing goes to the query).
    public static let searchKeys: [(label: String, description: Phrase)] = [
        ("Enter", .searchKeyEnter), ("↑ ↓ PgUp PgDn", .searchKeyMove), ("^K", .composeKeyDeleteLine), ("Esc", .searchKeyBack),
    ]

    /// The flag screen's keys (typing goes to the note).
    public static let flagKeys: [(label: String, description: Phrase)] = [
        ("1…4 ↑ ↓", .flagKeyReason), ("Enter", .flagKeySend), ("Esc", .searchKeyBack),
    ]

    /// The editor's keys, for the help overlay on the compose screen (handled by the editor).
    public static let composeKeys: [(label: String, description: Phrase)] = [
        ("^S", .composeKeySend), ("Esc", .composeKeyLeave), ("^P", .composeKeyPreview), ("^E", .composeKeyExternal),
        ("^Z", .composeKeyUndo), ("^K", .composeKeyDeleteLine), ("Tab", .composeKeyField),
        ("^← ^→ M-b M-f", .composeKeyWords), ("Home End", .composeKeyLineEnds), ("PgUp PgDn", .composeKeyPages),
    ]
}
