import StaffroomProtocol
import StaffroomTerminal

/// The notification settings: one row per kind of news with where it reaches the member.
enum FeedSettingsView {
    static func draw(_ settings: FeedSettingsState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (heading, rows) = area.splitTop(1)
        grid.drawRow(" " + FeedPhrase.settingsHeading.text(language), style: theme[.listHeader], area: heading)
        guard let levels = settings.levels else {
            grid.drawCentered(Phrase.loading.text(language), style: theme[.secondary], area: rows)
            return
        }
        for (index, kind) in NotificationKind.allCases.enumerated() where index < rows.height {
            let level = levels[kind] ?? .standard
            ListScreensView.drawRow("  " + FeedPhrase.notificationKind(kind).text(language), right: FeedPhrase.level(level).text(language),
                                    isCursor: index == settings.cursor.selected, state: state, theme: theme, into: &grid, row: rows.row(index),
                                    style: level == .off ? .secondary : .normal)
        }
    }
}
