import StaffroomTerminal

/// What became of this device's decisions, one row each, newest answer first: when it was
/// answered, the outcome, the decision, the post's first words, and the server's words for one not
/// applied.
enum ModerationOutcomesView {
    static func draw(_ list: ModerationOutcomesState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        guard let outcomes = list.outcomes else {
            grid.drawCentered(Phrase.loading.text(language), style: theme[.secondary], area: area)
            return
        }
        guard !outcomes.isEmpty else {
            grid.drawCentered(ModerationPhrase.outcomesEmpty.text(language), style: theme[.secondary], area: area)
            return
        }
        for offset in 0..<area.height {
            let index = list.cursor.top + offset
            guard outcomes.indices.contains(index) else { break }
            let outcome = outcomes[index]
            let post = outcome.postText.isEmpty ? "" : "  «\(ModerationView.firstLine(outcome.postText))»"
            let left = "  \(state.dates.short(outcome.answeredAt, now: state.now))  \(ModerationPhrase.outcome(outcome.kind).text(language)): "
                + ModerationPhrase.action(outcome.action).text(language) + post
            // The server's words take at most half the row: the outcome and the decision come first.
            let words = TextLayout.truncate(outcome.message ?? "", width: max(0, area.width / 2 - 2))
            ListScreensView.drawRow(left, right: words, isCursor: index == list.cursor.selected, state: state, theme: theme,
                                    into: &grid, row: area.row(offset))
        }
    }
}
