import StaffroomProtocol
import StaffroomTerminal

/// Where the user is: the path of titles on the left, counts or position on the right.
enum BreadcrumbView {
    static func draw(_ state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let forums = Phrase.forumsPane.text(language)
        let path: String
        let detail: String
        switch state.stack.last {
        case nil where state.pane == .events:
            path = EventPhrase.paneTitle.text(language)
            detail = state.events.day.map { day in
                let parts = state.calendar.dateComponents([.year, .month], from: day)
                return CalendarText(language: language).monthTitle(month: parts.month ?? 1, year: parts.year ?? 1970)
            } ?? ""
        case nil where state.pane == .library:
            path = LibraryPhrase.paneTitle.text(language)
            detail = ""
        case nil where state.pane == .feed:
            path = FeedPhrase.paneTitle.text(language)
            detail = FeedPhrase.unread(state.feedUnread).text(language)
        case nil where state.pane == .moderation:
            path = ModerationPhrase.paneTitle.text(language)
            detail = ""
        case nil where state.pane == .people:
            path = PeoplePhrase.paneTitle.text(language)
            detail = ""
        case .directoryFacet(let facet):
            path = "\(PeoplePhrase.paneTitle.text(language)) › \(PeoplePhrase.facetTitle(facet.facet).text(language))"
            detail = ""
        case .profile(let opened):
            path = "\(PeoplePhrase.paneTitle.text(language)) › \(opened.profile?.user.displayName ?? "…")"
            detail = opened.profile.map { PeoplePhrase.role($0.user.role).text(language) } ?? ""
        case .profileForm:
            path = "\(PeoplePhrase.paneTitle.text(language)) › \(PeoplePhrase.keyEditProfile.text(language))"
            detail = ""
        case .dashboard:
            path = "\(ModerationPhrase.paneTitle.text(language)) › \(PulsePhrase.pulseTitle.text(language))"
            detail = ""
        case .mentoring(let list):
            path = "\(PeoplePhrase.paneTitle.text(language)) › \(MentoringPhrase.mentoringTitle.text(language))"
            detail = list.items.map { "\($0.count)" } ?? ""
        case .mentorRequest(let form):
            path = "\(PeoplePhrase.paneTitle.text(language)) › \(MentoringPhrase.requestTitle(mentor: form.mentorName).text(language))"
            detail = ""
        case nil:
            path = forums
            detail = ""
        case .auditLog(let log):
            path = "\(ModerationPhrase.paneTitle.text(language)) › \(ModerationPhrase.auditTitle.text(language))"
            detail = log.rows.map { "\($0.count)" } ?? ""
        case .feedSettings:
            path = "\(FeedPhrase.paneTitle.text(language)) › \(FeedPhrase.settingsTitle.text(language))"
            detail = ""
        case .moderationOutcomes(let list):
            path = "\(ModerationPhrase.paneTitle.text(language)) › \(ModerationPhrase.outcomesTitle.text(language))"
            detail = list.outcomes.map { "\($0.count)" } ?? ""
        case .reviewItem(let opened):
            path = "\(ModerationPhrase.paneTitle.text(language)) › \(ReviewItemView.title(opened, language: language))"
            detail = ModerationPhrase.status(opened.item.status).text(language)
        case .libraryFacet(let facet):
            path = "\(LibraryPhrase.paneTitle.text(language)) › \(LibraryPhrase.facetTitle(facet.facet).text(language))"
            detail = ""
        case .resource(let resource):
            path = "\(LibraryPhrase.paneTitle.text(language)) › \(resource.summary.resource.title)"
            detail = ResourcePhrase.type(resource.summary.resource.type).text(language)
        case .shareForm(let form):
            path = "\(LibraryPhrase.paneTitle.text(language)) › \(ShareFormPhrase.heading.text(language))"
            detail = form.sending ? ShareFormPhrase.reading.text(language) : ""
        case .downloads(let list):
            path = LibraryPhrase.downloadsTitle.text(language)
            detail = list.items.map { "\($0.count { $0.isPending })" } ?? ""
        case .event(let detailState):
            path = "\(EventPhrase.paneTitle.text(language)) › \(detailState.summary.event.title)"
            detail = EventPhrase.kind(detailState.summary.event.kind).text(language)
        case .resourcePicker(let picker):
            path = "\(EventPhrase.paneTitle.text(language)) › \(EventFormPhrase.pickerHeading.text(language))"
            detail = EventFormPhrase.chosenResources(picker.chosen.count).text(language)
        case .booking(let booking):
            path = "\(EventPhrase.paneTitle.text(language)) › \(booking.title)"
            detail = EventPhrase.bookingHeading.text(language)
        case .attendance(let list):
            path = "\(EventPhrase.paneTitle.text(language)) › \(list.title)"
            detail = EventPhrase.attendanceHeading(present: list.present.count).text(language)
        case .eventForm(let form):
            path = "\(EventPhrase.paneTitle.text(language)) › \(EventFormPhrase.heading(form.purpose, proposing: form.proposing).text(language))"
            detail = form.topicTitle.map { EventFormPhrase.discussedIn($0).text(language) } ?? ""
        case .topics(let list):
            path = "\(forums) › \(list.forum.title)"
            detail = list.loaded && !list.hasMoreAfter && !list.hasMoreBefore
                ? Phrase.topicCount(list.topics.count).text(language) : ""
        case .thread(let thread):
            path = "\(thread.forumTitle) › \(thread.topic.title)"
            let forum = Forum(id: thread.topic.forumID, categoryID: 0, title: "", description: "", position: 0, kind: thread.forumKind)
            let tags = TopicListView.tags(of: thread.topic, in: forum, followLevel: thread.followLevel).map { $0.text(language) }
            detail = (tags + [position(in: thread, language: language)]).joined(separator: " · ")
        case .compose(let compose):
            path = Phrase.composeHeading(compose.purpose).text(language)
            detail = compose.previewing ? Phrase.previewHeading.text(language) : ""
        case .drafts(let list):
            path = Phrase.draftsTitle.text(language)
            detail = list.loaded ? "\(list.drafts.count)" : ""
        case .outbox:
            path = Phrase.outboxTitle.text(language)
            detail = Phrase.outboxStatus(state.outbox).text(language)
        case .flag(let flag):
            path = (flag.appeal ? Phrase.moderation(.appealTitle) : Phrase.flagTitle).text(language)
            detail = ""
        case .followed(let list):
            path = Phrase.followedTitle.text(language)
            detail = list.loaded ? "\(list.items.count)" : ""
        case .bookmarks(let list):
            path = Phrase.bookmarksTitle.text(language)
            detail = list.loaded ? "\(list.bookmarks.count)" : ""
        case .search(let search):
            path = Phrase.searchTitle.text(language)
            detail = search.searchedText == nil ? "" : Phrase.searchCount(search.hits.count, more: search.hasMore).text(language)
        }
        grid.drawRow(" " + path, right: detail + " ", style: theme[.breadcrumb], area: area)
    }

    /// "post 3 of 18" for the post at the top of the screen, when its number is known.
    private static func position(in thread: ThreadState, language: Language) -> String {
        let total = thread.topic.postCount
        guard let index = thread.layout.postIndex(atLine: thread.top) else {
            return Phrase.postCountOnly(total).text(language)
        }
        if !thread.hasMoreBefore { return Phrase.postPosition(index + 1, of: total).text(language) }
        if !thread.hasMoreAfter { return Phrase.postPosition(total - (thread.posts.count - index) + 1, of: total).text(language) }
        return Phrase.postCountOnly(total).text(language)
    }
}
