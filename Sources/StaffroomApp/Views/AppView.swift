import StaffroomTerminal

/// Draws the whole interface from the state: top bar, breadcrumb, the current screen, status line
/// and, above them, the help overlay. Views only draw; they never change state or do I/O.
public enum AppView {
    public static func render(_ state: AppState, theme: Theme) -> CellGrid {
        var grid = CellGrid(size: state.size, fill: theme[.normal])
        let minimum = AppState.minimumSize
        guard state.size.columns >= minimum.columns, state.size.rows >= minimum.rows else {
            TooSmallView.draw(state, theme: theme, into: &grid)
            return grid
        }
        let (topBar, belowBar) = grid.bounds.splitTop(1)
        let (breadcrumb, middle) = belowBar.splitTop(1)
        let (content, statusLine) = middle.splitBottom(1)
        TopBarView.draw(state, theme: theme, into: &grid, area: topBar)
        BreadcrumbView.draw(state, theme: theme, into: &grid, area: breadcrumb)
        switch state.stack.last {
        case nil where state.pane == .events: EventsView.draw(state.events, state: state, theme: theme, into: &grid, area: content)
        case nil where state.pane == .library: LibraryView.draw(state.library, state: state, theme: theme, into: &grid, area: content)
        case nil where state.pane == .feed: FeedView.draw(state.feed, state: state, theme: theme, into: &grid, area: content)
        case nil where state.pane == .moderation: ModerationView.draw(state.moderation, state: state, theme: theme, into: &grid, area: content)
        case .reviewItem(let opened): ReviewItemView.draw(opened, state: state, theme: theme, into: &grid, area: content)
        case .auditLog(let log): AuditLogView.draw(log, state: state, theme: theme, into: &grid, area: content)
        case .moderationOutcomes(let list): ModerationOutcomesView.draw(list, state: state, theme: theme, into: &grid, area: content)
        case .feedSettings(let settings): FeedSettingsView.draw(settings, state: state, theme: theme, into: &grid, area: content)
        case nil where state.pane == .people: PeopleView.draw(state.directory, state: state, theme: theme, into: &grid, area: content)
        case .directoryFacet(let facet): DirectoryFacetView.draw(facet, state: state, theme: theme, into: &grid, area: content)
        case .profile(let opened): ProfileView.draw(opened, state: state, theme: theme, into: &grid, area: content)
        case .profileForm(let form): ProfileFormView.draw(form, state: state, theme: theme, into: &grid, area: content)
        case .mentoring(let list): MentoringView.draw(list, state: state, theme: theme, into: &grid, area: content)
        case .mentorRequest(let form): MentorRequestView.draw(form, state: state, theme: theme, into: &grid, area: content)
        case .dashboard(let dashboard): DashboardView.draw(dashboard, state: state, theme: theme, into: &grid, area: content)
        case .libraryFacet(let facet): LibraryFacetView.draw(facet, state: state, theme: theme, into: &grid, area: content)
        case .resource(let detail): ResourceDetailView.draw(detail, state: state, theme: theme, into: &grid, area: content)
        case .downloads(let list): DownloadsView.draw(list, state: state, theme: theme, into: &grid, area: content)
        case .shareForm(let form): ShareFormView.draw(form, state: state, theme: theme, into: &grid, area: content)
        case nil: ForumListView.draw(state.forumList, state: state, theme: theme, into: &grid, area: content)
        case .event(let detail): EventDetailView.draw(detail, state: state, theme: theme, into: &grid, area: content)
        case .eventForm(let form): EventFormView.draw(form, state: state, theme: theme, into: &grid, area: content)
        case .attendance(let list): AttendanceView.draw(list, state: state, theme: theme, into: &grid, area: content)
        case .booking(let booking): BookingView.draw(booking, state: state, theme: theme, into: &grid, area: content)
        case .resourcePicker(let picker): ResourcePickerView.draw(picker, state: state, theme: theme, into: &grid, area: content)
        case .topics(let list): TopicListView.draw(list, state: state, theme: theme, into: &grid, area: content)
        case .thread(let thread): ThreadView.draw(thread, state: state, theme: theme, into: &grid, area: content)
        case .compose(let compose): ComposeView.draw(compose, state: state, theme: theme, into: &grid, area: content)
        case .drafts(let list): ListScreensView.draw(list, state: state, theme: theme, into: &grid, area: content)
        case .outbox(let list): ListScreensView.draw(list, state: state, theme: theme, into: &grid, area: content)
        case .flag(let flag): FlagView.draw(flag, state: state, theme: theme, into: &grid, area: content)
        case .search(let search): SearchView.draw(search, state: state, theme: theme, into: &grid, area: content)
        case .followed(let list): FollowingView.draw(list, state: state, theme: theme, into: &grid, area: content)
        case .bookmarks(let list): FollowingView.draw(list, state: state, theme: theme, into: &grid, area: content)
        }
        StatusLineView.draw(state, theme: theme, into: &grid, area: statusLine)
        if state.showingHelp { HelpOverlay.draw(state, theme: theme, into: &grid, area: grid.bounds) }
        if let link = state.shownLink { LinkOverlay.draw(link, state: state, theme: theme, into: &grid, area: middle) }
        if let renewal = state.activeSessionRenewal, !state.showingHelp {
            SessionRenewalOverlay.draw(renewal, state: state, theme: theme, into: &grid, area: middle)
        }
        return grid
    }
}

extension CellGrid {
    /// Draws `left` from the left edge and `right` against the right edge of a one-row `area`,
    /// truncating `left` with an ellipsis so the two never overlap.
    mutating func drawRow(_ left: String, right: String = "", style: Style, rightStyle: Style? = nil, area: Rect) {
        fill(area, style: style)
        let rightWidth = min(DisplayWidth.of(right), area.width)
        let leftRoom = area.width - rightWidth - (rightWidth > 0 ? 1 : 0)
        draw(TextLayout.truncate(left, width: leftRoom), x: area.x, y: area.y, style: style, clip: area)
        if rightWidth > 0 {
            draw(TextLayout.truncate(right, width: rightWidth), x: area.maxX - rightWidth, y: area.y,
                 style: rightStyle ?? style, clip: area)
        }
    }

    /// Draws a message in the middle of `area`.
    mutating func drawCentered(_ text: String, style: Style, area: Rect) {
        let line = TextLayout.truncate(text, width: area.width)
        let x = area.x + max(0, (area.width - DisplayWidth.of(line)) / 2)
        draw(line, x: x, y: area.y + area.height / 2, style: style, clip: area)
    }
}
