import StaffroomTerminal

/// The one line shown when the terminal is smaller than the interface needs.
enum TooSmallView {
    static func draw(_ state: AppState, theme: Theme, into grid: inout CellGrid) {
        let minimum = AppState.minimumSize
        let text = Phrase.terminalTooSmall(minimumColumns: minimum.columns, minimumRows: minimum.rows).text(state.language)
        grid.drawCentered(text, style: theme[.breadcrumb], area: grid.bounds)
    }
}
