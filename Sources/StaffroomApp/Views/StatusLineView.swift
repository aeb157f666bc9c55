import StaffroomTerminal

/// The status line: who is logged in where, how sync stands, and the keys that matter here.
/// When the line is short, hints give way first (help and quit stay longest), then the account.
enum StatusLineView {
    static func draw(_ state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        if let notice = state.notice {
            grid.drawRow(" " + notice.text(language), style: theme[.statusError], area: area)
            return
        }
        var (syncText, failed) = syncDescription(state)
        let outbox = Phrase.outboxStatus(state.outbox).text(language)
        if !outbox.isEmpty {
            syncText += " · " + outbox
            failed = failed || state.outbox.notSent > 0
        }
        if let reminder = reminder(state) { syncText += " · " + reminder.text(language) }
        if let transfer = transferDescription(state) { syncText += " · " + transfer.text(language) }
        let allHints = hintPhrases(state).map { $0.text(language) }.joined(separator: "  ")
        let helpAndQuit = [Phrase.hintHelp, .hintQuit].map { $0.text(language) }.joined(separator: "  ")
        let helpHint = Phrase.hintHelp.text(language)
        let account = "\(state.accountLabel) · "
        let layouts = [(account, allHints), (account, helpAndQuit), (account, helpHint), ("", helpHint), ("", "")]
        let (prefix, hints) = layouts.first { prefix, hints in
            DisplayWidth.of(prefix) + DisplayWidth.of(syncText) + DisplayWidth.of(hints) + 4 <= area.width
        } ?? ("", "")
        grid.drawRow(" " + prefix, right: hints.isEmpty ? "" : hints + " ", style: theme[.statusBar], area: area)
        let x = area.x + 1 + DisplayWidth.of(prefix)
        let room = Rect(x: x, y: area.y, width: max(0, area.maxX - x - DisplayWidth.of(hints) - 2), height: 1)
        grid.draw(TextLayout.truncate(syncText, width: room.width), x: room.x, y: room.y,
                  style: failed ? theme[.statusError] : theme[.statusBar], clip: room)
    }

    /// A reminder of the next event the member goes to, from a day before it starts (within the
    /// last hour, the minutes left).
    static func reminder(_ state: AppState) -> EventPhrase? {
        guard let next = state.nextEvent else { return nil }
        let seconds = next.event.startsAt.timeIntervalSince(state.now)
        guard seconds > 0, seconds <= 24 * 3_600 else { return nil }
        let calendar = state.calendar
        return .reminder(title: next.event.title, minutesLeft: Int((seconds / 60).rounded(.up)),
                         time: state.dates.time(next.event.startsAt),
                         tomorrow: !calendar.isDate(next.event.startsAt, inSameDayAs: state.now))
    }

    /// The running download, while one runs: its name and how far it came.
    private static func transferDescription(_ state: AppState) -> LibraryPhrase? {
        guard let progress = state.transfers.min(by: { $0.key < $1.key })?.value, progress.size > 0 else { return nil }
        return .statusDownloading(name: progress.name, percent: Int(progress.received * 100 / progress.size))
    }

    private static func syncDescription(_ state: AppState) -> (text: String, failed: Bool) {
        let language = state.language
        switch state.sync {
        case .syncing(let pages, let percent):
            return (Phrase.syncing(pages: pages, percent: percent).text(language), false)
        case .offline(let since, let reason):
            return (Phrase.offlineSince(state.dates.time(since), reason.text(language)).text(language), true)
        case .failed(let reason):
            return (Phrase.syncFailed(reason.text(language)).text(language), true)
        case .idle:
            let synced = state.lastSyncAt.map { Phrase.syncedAt(state.dates.time($0)).text(language) } ?? Phrase.neverSynced.text(language)
            return (synced + (state.leftToFetch.map { " · " + Phrase.leftToFetch($0).text(language) } ?? ""), false)
        }
    }

    private static func hintPhrases(_ state: AppState) -> [Phrase] {
        switch state.stack.last {
        case nil where state.pane == .events:
            [state.events.layout(columns: state.size.columns) == .gridAndAgenda && state.events.focus == .grid
                ? .event(.gridHints) : .event(.agendaHints)]
        case nil where state.pane == .library: state.library.editingSearch ? [.library(.searchHints)] : [.hintOpen, .hintHelp, .hintQuit]
        case nil where state.pane == .moderation: [.moderation(.hints)]
        case nil where state.pane == .feed: [.feed(.hints)]
        case nil where state.pane == .people: state.directory.editingSearch ? [.people(.searchHints)] : [.hintOpen, .hintHelp, .hintQuit]
        case nil: [.hintOpen, .hintSync, .hintHelp, .hintQuit]
        case .event: [.event(.detailHints)]
        case .topics: [.hintNewTopic, .hintOpen, .hintBack, .hintHelp, .hintQuit]
        case .thread: [.hintReply, .hintNextPost, .hintBack, .hintHelp, .hintQuit]
        case .compose, .flag, .search, .eventForm, .attendance, .booking, .resourcePicker, .shareForm: []
        case .drafts, .outbox, .followed, .bookmarks: [.hintBack, .hintHelp]
        case .libraryFacet: [.library(.facetHints)]
        case .resource: [.library(.detailHints)]
        case .reviewItem: [.moderation(.itemHints)]
        case .auditLog, .moderationOutcomes: [.hintBack, .hintHelp]
        case .feedSettings: [.feed(.settingsHints)]
        case .directoryFacet: [.library(.facetHints)]
        case .profile: [.hintBack, .hintHelp]
        case .profileForm, .mentorRequest: []
        case .mentoring, .dashboard: [.hintBack, .hintHelp]
        case .downloads: [.hintBack, .hintHelp]
        }
    }
}
