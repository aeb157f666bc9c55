import Foundation
import StaffroomStore
import StaffroomTerminal

/// The pure update function: the state and an action in, the new state and effects out.
public enum AppUpdate {
    /// Topics read per page.
    static let topicPageSize = 100
    /// Posts read per page.
    static let postPageSize = 40

    /// Effects to run when the interface starts: read the forums and the outbox, and sync.
    public static func start(_ state: AppState) -> [Effect] {
        [.loadForums, .loadOutbox, .loadNextEvent, .loadLinkSpeed, .loadNotices]
            + (state.pane == .feed ? [.loadFeed(FeedQuery(kind: nil, visiting: true)), .countUnreadFeed] : []) + [.sync]
    }

    /// Applies `action` to `state` and returns the effects it asks for.
    public static func update(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .key(let key):
            return handle(key, &state)
        case .typed(let text):
            return typed(text, &state)
        case .quitRequested:
            state.quitting = true
            return leaveEffects(state) + [.quit]
        case .resized(let size):
            state.size = size
            relayout(&state)
            return []
        case .tick(let now):
            state.now = now
            if let next = state.nextEvent, next.event.startsAt <= now { return [.loadNextEvent] }
            return []
        case .searchResults(let text, let offset, let hits):
            return SearchUpdate.results(hits, for: text, offset: offset, state: &state)
        case .nextUnreadFound(let summary, let forum):
            return UnreadUpdate.found(summary, in: forum, state: &state)
        case .memberLoaded(let user):
            state.me = Member(userID: user.id, role: user.role)
            return []
        case .forumsLoaded(let forums, let communityName):
            ForumListUpdate.loaded(forums, state: &state)
            state.communityName = communityName ?? state.communityName
            return []
        case .topicsLoaded(let forumID, let load, let page):
            return TopicListUpdate.loaded(page, load: load, forumID: forumID, state: &state)
        case .postsLoaded(let topicID, let load, let page):
            return ThreadUpdate.loaded(page, load: load, topicID: topicID, state: &state)
        case .syncStarted, .syncProgressed, .syncFinished, .syncUpToDate, .syncFailed, .syncRetrying, .storeFailed:
            return SyncUpdate.update(&state, action)
        case .threadFetching(_, let missing):
            state.notice = .fetchingThread(missing)
            return []
        case .threadFetched:
            if case .fetchingThread = state.notice { state.notice = nil }
            return SyncUpdate.refreshEffects(&state)
        case .threadFetchFailed(let error):
            state.notice = .threadFetchFailed(Phrase(error))
            return []
        case .sessionRenewed, .sessionRenewalFailed:
            SessionRenewalUpdate.answered(action, state: &state)
            return []
        case .outboxChanged(let counts):
            state.outbox = counts
            return SyncUpdate.refreshEffects(&state)
        case .composeOpened(let purpose, let draft, let quote, let external):
            if let silence = state.silence, silence.restricts(at: state.now) {
                state.notice = NoticeUpdate.phrase(silence, state: state)
                return []
            }
            return ComposeOpening.opened(purpose, draft: draft, quote: quote, external: external, state: &state)
        case .externalEditFinished(let text):
            if case .eventForm(var form) = state.stack.last {
                let effects = EventFormUpdate.externalEditFinished(text, form: &form, state: state)
                state.stack[state.stack.count - 1] = .eventForm(form)
                return effects
            }
            guard case .compose(var compose) = state.stack.last else { return [] }
            let effects = ComposeUpdate.externalEditFinished(text, compose: &compose, state: state)
            state.stack[state.stack.count - 1] = .compose(compose)
            return effects
        case .externalEditFailed(let reason):
            state.notice = .externalEditorFailed(reason)
            return []
        case .draftsLoaded(let drafts):
            ShareFormUpdate.draftsLoaded(drafts, state: &state)
            ProfileFormUpdate.draftsLoaded(drafts, state: &state)
            MentorRequestUpdate.draftsLoaded(drafts, state: &state)
            return ListScreensUpdate.update(&state, action)
        case .outboxLoaded(let entries):
            ModerationUpdate.announceRefusals(entries, state: &state)
            return ListScreensUpdate.update(&state, action)
        case .copiedOut:
            return ListScreensUpdate.update(&state, action)
        case .shareQueued, .shareRefused:
            ShareFormUpdate.answered(action, state: &state)
            return []
        case .followedLoaded, .bookmarksLoaded:
            FollowingUpdate.loaded(&state, action)
            return []
        case .eventsLoaded(let load):
            EventsUpdate.loaded(load, state: &state)
            return []
        case .eventLoaded(let summary):
            EventsUpdate.eventLoaded(summary, state: &state)
            return []
        case .eventFormOpened(let form, let draft):
            EventFormUpdate.open(draft.flatMap(EventFormState.init(restoring:)) ?? form, state: &state)
            return []
        case .resourcesLoaded(let resources):
            state.stack = state.stack.map { screen in
                guard case .resourcePicker(var picker) = screen else { return screen }
                picker.resources = resources
                return .resourcePicker(picker)
            }
            return []
        case .eventEditLoaded(let event, let draft):
            guard let form = draft.flatMap(EventFormState.init(restoring:)) ?? event.map({ EventFormState(editing: $0, language: state.language) })
            else { return [] }
            EventFormUpdate.open(form, state: &state)
            return []
        case .nextEventLoaded(let summary):
            state.nextEvent = summary
            return []
        case .participantsLoaded(let list):
            EventsUpdate.participantsLoaded(list, state: &state)
            return []
        case .participantsFailed(let error):
            EventsUpdate.participantsFailed(error, state: &state)
            return []
        case .libraryLoaded(let load):
            LibraryUpdate.loaded(load, state: &state)
            return []
        case .facetLoaded(let facet, let values):
            LibraryFacetUpdate.loaded(facet, values: values, state: &state)
            return []
        case .resourceLoaded(let summary, let downloads):
            ResourceDetailUpdate.loaded(summary, downloads: downloads, state: &state)
            return []
        case .downloadsLoaded(let downloads):
            DownloadsUpdate.loaded(downloads, state: &state)
            return []
        case .downloadProgressed(let id, let progress):
            state.transfers[id] = progress
            return []
        case .downloadEnded(let download):
            return DownloadsUpdate.ended(download, state: &state)
        case .linkSpeedLoaded(let speed):
            state.linkSpeed = speed
            return []
        case .reviewQueueLoaded(let items, let names):
            ModerationUpdate.queueLoaded(items, names: names, state: &state)
            return []
        case .auditLogLoaded(let rows, let names, let filter):
            AuditLogUpdate.loaded(rows, names: names, filter: filter, state: &state)
            return []
        case .reviewContextLoaded(let itemID, let context):
            ModerationUpdate.contextLoaded(context, itemID: itemID, state: &state)
            return []
        case .moderationUndone(let phrase):
            state.notice = .moderation(phrase)
            return phrase == .nothingToUndo ? [] : [.loadReviewQueue, .sync]
        case .moderationOutcomesLoaded(let outcomes):
            ModerationOutcomesUpdate.loaded(outcomes, state: &state)
            return []
        case .feedLoaded(let load):
            FeedUpdate.loaded(load, state: &state)
            return []
        case .notificationLevelsLoaded(let levels):
            FeedSettingsUpdate.loaded(levels, state: &state)
            return []
        case .feedUnreadCounted(let count):
            state.feedUnread = count
            return []
        case .postOpened(let hit):
            guard let hit else {
                state.notice = .feed(.notHere)
                return []
            }
            let (thread, effects) = ThreadUpdate.open(hit)
            state.stack.append(.thread(thread))
            return effects
        case .eventOpened(let summary):
            guard let summary else {
                state.notice = .feed(.notHere)
                return []
            }
            state.stack.append(.event(EventDetailState(summary: summary)))
            return []
        case .resourceOpened(let summary):
            guard let summary else {
                state.notice = .feed(.notHere)
                return []
            }
            state.stack.append(.resource(ResourceDetailState(summary: summary)))
            return [.loadResource(summary.resource.id)]
        case .directoryLoaded(let load):
            PeopleUpdate.loaded(load, state: &state)
            return []
        case .directoryFacetLoaded(let facet, let values):
            PeopleUpdate.facetLoaded(facet, values: values, state: &state)
            return []
        case .profileLoaded(let userID, let profile):
            ProfileUpdate.loaded(profile, userID: userID, state: &state)
            return []
        case .pulseLoaded(let pulse):
            DashboardUpdate.loaded(pulse, state: &state)
            return []
        case .pulseFailed(let error):
            DashboardUpdate.failed(error, state: &state)
            return []
        case .mentorshipsLoaded(let items):
            MentoringUpdate.loaded(items, state: &state)
            return []
        case .mentorsLoaded(let mentors):
            MentoringUpdate.mentorsLoaded(mentors, state: &state)
            return []
        case .noticesLoaded(let unseen, let silence):
            NoticeUpdate.loaded(unseen, silence: silence, state: &state)
            return []
        }
    }

    private static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        state.notice = nil
        if state.showingHelp {
            if [.escape, .character("q"), .character("?"), .enter, .function(1)].contains(key) { state.showingHelp = false }
            return []
        }
        if state.shownLink != nil {
            state.shownLink = nil
            return []
        }
        if state.activeSessionRenewal != nil {
            if key == .control("c") { return update(&state, .quitRequested) }
            return SessionRenewalUpdate.key(key, state: &state)
        }
        if case .compose(var compose) = state.stack.last {
            switch key {
            case .control("c"): return update(&state, .quitRequested)
            case .function(1): state.showingHelp = true; return []
            case .control("l"): return [.repaint]
            default:
                let step = ComposeUpdate.key(key, compose: &compose, state: state)
                state.stack[state.stack.count - 1] = .compose(compose)
                return apply(step, &state)
            }
        }
        if case .eventForm(var form) = state.stack.last {
            switch key {
            case .control("c"): return update(&state, .quitRequested)
            case .function(1): state.showingHelp = true; return []
            case .control("l"): return [.repaint]
            default:
                let step = EventFormUpdate.key(key, form: &form, state: state)
                state.stack[state.stack.count - 1] = .eventForm(form)
                return apply(step, &state)
            }
        }
        if case .shareForm(var form) = state.stack.last {
            switch key {
            case .control("c"): return update(&state, .quitRequested)
            case .function(1): state.showingHelp = true; return []
            case .control("l"): return [.repaint]
            default:
                let step = ShareFormUpdate.key(key, form: &form, state: state)
                state.stack[state.stack.count - 1] = .shareForm(form)
                return apply(step, &state)
            }
        }
        if case .resourcePicker(var picker) = state.stack.last, key != .function(1), key != .control("c"), key != .character("q") {
            let outcome = ResourcePickerUpdate.key(key, picker: &picker, state: &state)
            state.stack[state.stack.count - 1] = .resourcePicker(picker)
            switch outcome {
            case .stay: return []
            case .cancel: state.stack.removeLast(); return []
            case .confirm(let resources):
                state.stack.removeLast()
                guard case .eventForm(var form) = state.stack.last else { return [] }
                let effects = EventFormUpdate.resourcesChosen(resources, form: &form, state: state)
                state.stack[state.stack.count - 1] = .eventForm(form)
                return effects
            }
        }
        if case .booking(var booking) = state.stack.last, key != .function(1), key != .control("c") {
            let step = BookingUpdate.key(key, booking: &booking, state: state)
            state.stack[state.stack.count - 1] = .booking(booking)
            return apply(step, &state)
        }
        if case .attendance(var list) = state.stack.last, key != .function(1), key != .control("c"), key != .character("q") {
            let step = AttendanceUpdate.key(key, list: &list, state: state)
            state.stack[state.stack.count - 1] = .attendance(list)
            return apply(step, &state)
        }
        if case .flag(var flag) = state.stack.last, key != .function(1) {
            let step = FlagUpdate.key(key, flag: &flag, state: state)
            state.stack[state.stack.count - 1] = .flag(flag)
            return apply(step, &state)
        }
        if case .profileForm(var form) = state.stack.last {
            switch key {
            case .control("c"): return update(&state, .quitRequested)
            case .function(1): state.showingHelp = true; return []
            case .control("l"): return [.repaint]
            default:
                let step = ProfileFormUpdate.key(key, form: &form, state: state)
                state.stack[state.stack.count - 1] = .profileForm(form)
                return apply(step, &state)
            }
        }
        if case .mentorRequest(var form) = state.stack.last {
            switch key {
            case .control("c"): return update(&state, .quitRequested)
            case .function(1): state.showingHelp = true; return []
            case .control("l"): return [.repaint]
            default:
                let step = MentorRequestUpdate.key(key, form: &form, state: state)
                state.stack[state.stack.count - 1] = .mentorRequest(form)
                return apply(step, &state)
            }
        }
        if case .search(var search) = state.stack.last, key != .function(1), key != .control("c") {
            let step = SearchUpdate.key(key, search: &search, state: state)
            state.stack[state.stack.count - 1] = .search(search)
            return apply(step, &state)
        }
        if state.screenKind == .events, let effects = EventsUpdate.key(key, state: &state) { return effects }
        if state.screenKind == .library, let effects = LibraryUpdate.key(key, state: &state) { return effects }
        if state.screenKind == .moderation, let effects = ModerationUpdate.queueKey(key, state: &state) { return effects }
        if state.screenKind == .feed, let effects = FeedUpdate.key(key, state: &state) { return effects }
        if state.screenKind == .people, let effects = PeopleUpdate.key(key, state: &state) { return effects }
        if case .directoryFacet(var facet) = state.stack.last, key != .function(1), key != .control("c") {
            let effects = PeopleUpdate.facetKey(key, facet: &facet, state: &state)
            if case .directoryFacet = state.stack.last { state.stack[state.stack.count - 1] = .directoryFacet(facet) }
            return effects
        }
        if case .dashboard(var dashboard) = state.stack.last {
            if let effects = DashboardUpdate.key(key, dashboard: &dashboard, state: state) {
                state.stack[state.stack.count - 1] = .dashboard(dashboard)
                return effects
            }
        }
        if case .mentoring(var list) = state.stack.last {
            let count = state.stack.count
            if let effects = MentoringUpdate.key(key, list: &list, state: &state) {
                if state.stack.count == count { state.stack[count - 1] = .mentoring(list) }
                return effects
            }
        }
        if case .profile(var opened) = state.stack.last {
            let count = state.stack.count
            if let effects = ProfileUpdate.key(key, opened: &opened, state: &state) {
                if state.stack.count == count { state.stack[count - 1] = .profile(opened) }
                return effects
            }
        }
        if case .reviewItem(var opened) = state.stack.last {
            let count = state.stack.count
            if let effects = ReviewItemUpdate.key(key, opened: &opened, state: &state) {
                if state.stack.count == count { state.stack[count - 1] = .reviewItem(opened) }
                return effects
            }
        }
        if case .libraryFacet(var facet) = state.stack.last, key != .function(1), key != .control("c") {
            let effects = LibraryFacetUpdate.key(key, facet: &facet, state: &state)
            if case .libraryFacet = state.stack.last { state.stack[state.stack.count - 1] = .libraryFacet(facet) }
            return effects
        }
        if case .resource(var detail) = state.stack.last {
            let count = state.stack.count
            if let effects = ResourceDetailUpdate.key(key, detail: &detail, state: &state) {
                if state.stack.count == count, case .resource = state.stack.last { state.stack[count - 1] = .resource(detail) }
                return effects
            }
        }
        if case .feedSettings(var settings) = state.stack.last {
            let count = state.stack.count
            if let effects = FeedSettingsUpdate.key(key, settings: &settings, state: &state) {
                if state.stack.count == count { state.stack[count - 1] = .feedSettings(settings) }
                return effects
            }
        }
        if case .moderationOutcomes(var list) = state.stack.last {
            let count = state.stack.count
            if let effects = ModerationOutcomesUpdate.key(key, list: &list, state: &state) {
                if state.stack.count == count { state.stack[count - 1] = .moderationOutcomes(list) }
                return effects
            }
        }
        if case .auditLog(var log) = state.stack.last {
            let count = state.stack.count
            if let effects = AuditLogUpdate.key(key, log: &log, state: &state) {
                if state.stack.count == count { state.stack[count - 1] = .auditLog(log) }
                return effects
            }
        }
        if case .downloads(var list) = state.stack.last {
            let count = state.stack.count
            if let effects = DownloadsUpdate.key(key, list: &list, state: &state) {
                if state.stack.count == count { state.stack[count - 1] = .downloads(list) }
                return effects
            }
        }
        if case .event(var detail) = state.stack.last {
            let count = state.stack.count
            if let effects = EventsUpdate.detailKey(key, detail: &detail, state: &state) {
                if state.stack.count == count { state.stack[count - 1] = .event(detail) }
                return effects
            }
        }
        guard let operation = Keymap.operation(for: key, on: state.screenKind) else { return [] }
        switch operation {
        case .quit:
            state.quitting = true
            return leaveEffects(state) + [.quit]
        case .help:
            state.showingHelp = true
            return []
        case .redraw:
            return [.repaint]
        case .feedPane:
            return FeedUpdate.open(&state)
        case .forumsPane:
            state.pane = .forums
            state.stack.removeAll()
            return [.loadForums]
        case .eventsPane:
            return EventsUpdate.open(&state)
        case .libraryPane:
            return LibraryUpdate.open(&state)
        case .moderationPane:
            return ModerationUpdate.open(&state)
        case .peoplePane:
            return PeopleUpdate.open(&state)
        case .authorProfile:
            guard case .thread(let thread) = state.stack.last, thread.posts.indices.contains(thread.current) else { return [] }
            return ProfileUpdate.open(userID: thread.posts[thread.current].post.authorID, state: &state)
        case .sync:
            if case .syncing = state.sync { return [] }
            return [.sync]
        case .drafts:
            return apply(NavigationStep(effects: [.loadDrafts], transition: .push(.drafts(DraftListState()))), &state)
        case .outbox:
            return apply(NavigationStep(effects: [.loadOutbox], transition: .push(.outbox(OutboxListState()))), &state)
        case .search:
            return apply(NavigationStep(transition: .push(.search(SearchState()))), &state)
        case .follow:
            return FollowingUpdate.follow(&state)
        case .followedList:
            return apply(NavigationStep(effects: [.loadFollowed], transition: .push(.followed(FollowedListState()))), &state)
        case .bookmarkList:
            return apply(NavigationStep(effects: [.loadBookmarks], transition: .push(.bookmarks(BookmarkListState()))), &state)
        case .showLink:
            guard case .thread(let thread) = state.stack.last, case .character(let digit) = key, let number = Int(String(digit)),
                  thread.layout.links.indices.contains(thread.current) else { return [] }
            let links = thread.layout.links[thread.current]
            if links.indices.contains(number - 1) { state.shownLink = "[\(number)] " + links[number - 1] }
            return []
        case .nextUnread where state.screenKind != .thread:
            return UnreadUpdate.nextUnread(state: state)
        case .markTopicRead:
            switch state.stack.last {
            case .thread(let thread): return UnreadUpdate.markTopicRead(thread.topic, state: &state)
            case .topics(let list): return list.selectedTopic.map { UnreadUpdate.markTopicRead($0.topic, state: &state) } ?? []
            default: return []
            }
        case .markForumRead:
            if case .topics(let list) = state.stack.last { return [.markForumRead(forumID: list.forum.id)] }
            return state.forumList.selectedForum.map { [.markForumRead(forumID: $0.forum.id)] } ?? []
        default:
            return navigate(operation, &state)
        }
    }

    /// Characters that arrived together: into the editor at once, or one key at a time elsewhere.
    private static func typed(_ text: String, _ state: inout AppState) -> [Effect] {
        if !state.showingHelp, state.activeSessionRenewal != nil {
            return SessionRenewalUpdate.typed(text, state: &state)
        }
        if !state.showingHelp, case .reviewItem(var opened) = state.stack.last, opened.isTyping {
            let (line, entered) = Self.splittingEnter(text)
            ReviewItemUpdate.typed(line, opened: &opened)
            state.stack[state.stack.count - 1] = .reviewItem(opened)
            return entered ? handle(.enter, &state) : []
        }
        if !state.showingHelp, state.screenKind == .people, state.directory.editingSearch {
            let (line, entered) = Self.splittingEnter(text)
            let effects = PeopleUpdate.typed(line, state: &state)
            return entered ? effects + handle(.enter, &state) : effects
        }
        if !state.showingHelp, state.screenKind == .library, state.library.editingSearch {
            let (line, entered) = Self.splittingEnter(text)
            let effects = LibraryUpdate.typed(line, state: &state)
            return entered ? effects + handle(.enter, &state) : effects
        }
        if !state.showingHelp, let oneLine = fieldTakingText(state.stack.last) {
            let (line, entered) = oneLine ? Self.splittingEnter(text) : (text, false)
            let effects = typedLine(line, &state)
            return entered ? effects + handle(.enter, &state) : effects
        }
        guard !state.showingHelp, case .compose(var compose) = state.stack.last else {
            return text.flatMap { character in handle(character == "\n" ? .enter : .character(character), &state) }
        }
        state.notice = nil
        let step = ComposeUpdate.typed(text, compose: &compose, state: state)
        state.stack[state.stack.count - 1] = .compose(compose)
        return apply(step, &state)
    }

    /// Whether typing on `screen` goes into a field at once (nil: the text becomes keys), and whether
    /// that field is one line: the flag note, the booking question, the search, the event form's rows
    /// but its description.
    private static func fieldTakingText(_ screen: Screen?) -> Bool? {
        switch screen {
        case .flag, .booking, .search: true
        case .eventForm(let form): form.focus != .description
        case .shareForm(let form): form.focus != .description
        case .profileForm(let form): form.focus != .bio
        case .mentorRequest(let form): form.focus != .note
        default: nil
        }
    }

    /// Text typed into the event form's focused row or into a one-line field.
    private static func typedLine(_ line: String, _ state: inout AppState) -> [Effect] {
        switch state.stack.last {
        case .flag(var flag):
            FlagUpdate.typed(line, flag: &flag, state: state)
            state.stack[state.stack.count - 1] = .flag(flag)
        case .booking(var booking):
            BookingUpdate.typed(line, booking: &booking, state: state)
            state.stack[state.stack.count - 1] = .booking(booking)
        case .search(var search):
            SearchUpdate.typed(line, search: &search, state: state)
            state.stack[state.stack.count - 1] = .search(search)
        case .eventForm(var form):
            state.notice = nil
            let step = EventFormUpdate.typed(line, form: &form, state: state)
            state.stack[state.stack.count - 1] = .eventForm(form)
            return apply(step, &state)
        case .shareForm(var form):
            state.notice = nil
            let step = ShareFormUpdate.typed(line, form: &form, state: state)
            state.stack[state.stack.count - 1] = .shareForm(form)
            return apply(step, &state)
        case .profileForm(var form):
            state.notice = nil
            let step = ProfileFormUpdate.typed(line, form: &form, state: state)
            state.stack[state.stack.count - 1] = .profileForm(form)
            return apply(step, &state)
        case .mentorRequest(var form):
            state.notice = nil
            let step = MentorRequestUpdate.typed(line, form: &form, state: state)
            state.stack[state.stack.count - 1] = .mentorRequest(form)
            return apply(step, &state)
        default:
            break
        }
        return []
    }

    /// Text typed ahead into a one-line field: an Enter at its end (typed quickly after the text,
    /// so both arrived together) is the key, not part of the text; line breaks within it are not.
    private static func splittingEnter(_ text: String) -> (line: String, entered: Bool) {
        guard let last = text.last, last == "\r" || last == "\n" || last == "\r\n" else { return (text, false) }
        return (String(text.dropLast()), true)
    }

    private static func navigate(_ operation: Operation, _ state: inout AppState) -> [Effect] {
        let step: NavigationStep
        switch state.stack.last {
        case nil where state.pane != .forums:
            step = .none
        case nil:
            step = ForumListUpdate.navigate(operation, state: &state)
        case .topics(var list):
            step = TopicListUpdate.navigate(operation, list: &list, state: state)
            state.stack[state.stack.count - 1] = .topics(list)
        case .thread(var thread):
            step = ThreadUpdate.navigate(operation, thread: &thread, state: state)
            state.stack[state.stack.count - 1] = .thread(thread)
        case .drafts(var list):
            step = ListScreensUpdate.navigate(operation, drafts: &list, state: state)
            state.stack[state.stack.count - 1] = .drafts(list)
        case .outbox(var list):
            step = ListScreensUpdate.navigate(operation, outbox: &list, state: state)
            state.stack[state.stack.count - 1] = .outbox(list)
        case .followed(var list):
            step = FollowingUpdate.navigate(operation, followed: &list, state: state)
            state.stack[state.stack.count - 1] = .followed(list)
        case .bookmarks(var list):
            step = FollowingUpdate.navigate(operation, bookmarks: &list, state: state)
            state.stack[state.stack.count - 1] = .bookmarks(list)
        case .profile, .mentoring, .dashboard:
            step = operation == .back ? NavigationStep(transition: .pop) : .none
        case .compose, .flag, .search, .event, .eventForm, .attendance, .booking, .resourcePicker, .libraryFacet, .resource, .downloads,
             .shareForm, .reviewItem, .auditLog, .moderationOutcomes, .feedSettings, .directoryFacet, .profileForm, .mentorRequest:
            step = .none
        }
        return apply(step, &state)
    }

    /// Carries out a step's move on the screen stack and shows its notice. Leaving a thread moves
    /// its topic's read mark on in the list at once and reads the list's counts again.
    private static func apply(_ step: NavigationStep, _ state: inout AppState) -> [Effect] {
        var effects = step.effects
        switch step.transition {
        case .stay:
            break
        case .push(let screen):
            state.stack.append(screen)
        case .pop:
            if case .thread(let thread) = state.stack.popLast() {
                TopicListUpdate.markRead(topicID: thread.topic.id, upTo: thread.seenUpTo, state: &state)
                if case .topics(var list) = state.stack.last {
                    effects += TopicListUpdate.refresh(&list)
                    state.stack[state.stack.count - 1] = .topics(list)
                }
            }
        case .replaceTop(let screen):
            state.stack[state.stack.count - 1] = screen
        }
        if let notice = step.notice { state.notice = notice }
        return effects
    }

    /// What must be saved before leaving: a thread's read mark, a compose's draft.
    private static func leaveEffects(_ state: AppState) -> [Effect] {
        state.stack.flatMap { screen -> [Effect] in
            switch screen {
            case .thread(let thread): ThreadUpdate.saveReadMark(thread)
            case .compose(let compose): [.saveDraft(compose.draft(at: state.now))]
            case .eventForm(let form): form.draft(at: state.now).map { [.saveDraft($0)] } ?? []
            case .shareForm(let form): form.draft(at: state.now).map { [.saveDraft($0)] } ?? []
            case .profileForm(let form): form.draft(at: state.now).map { [.saveDraft($0)] } ?? []
            case .mentorRequest(let form): form.draft(at: state.now).map { [.saveDraft($0)] } ?? []
            default: []
            }
        }
    }

    private static func relayout(_ state: inout AppState) {
        ForumListUpdate.clamp(&state)
        state.stack = state.stack.map { screen in
            switch screen {
            case .topics(var list):
                list.cursor = list.cursor.selecting(list.cursor.selected, count: list.topics.count,
                                                    visibleRows: TopicListUpdate.visibleRows(state))
                return .topics(list)
            case .thread(var thread):
                ThreadUpdate.relayout(&thread, state: state)
                return .thread(thread)
            case .compose(var compose):
                compose.body.relayout(width: ComposeLayout.textWidth(state.size),
                                      height: ComposeLayout.bodyHeight(state, hasTitle: compose.hasTitle))
                return .compose(compose)
            case .drafts, .outbox, .flag, .search, .followed, .bookmarks, .event, .eventForm, .attendance, .booking, .resourcePicker,
                 .libraryFacet, .resource, .downloads, .shareForm, .reviewItem, .auditLog, .moderationOutcomes, .feedSettings,
                 .directoryFacet, .profile, .profileForm, .mentoring, .mentorRequest, .dashboard:
                return screen
            }
        }
    }
}
