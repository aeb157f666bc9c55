import StaffroomProtocol
import StaffroomTerminal

/// The Dashboard: a heading with its keys, then the pulse's lines (section headings stand out),
/// scrolled; while it is read, or when it cannot be, a word in the middle.
enum DashboardView {
    static func draw(_ dashboard: DashboardState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (heading, rows) = area.splitTop(1)
        grid.drawRow(" " + PulsePhrase.pulseTitle.text(language), right: PulsePhrase.pulseHints.text(language) + " ", style: theme[.listHeader],
                     area: heading)
        guard let pulse = dashboard.pulse else {
            let message = dashboard.failure.map { PulsePhrase.pulseFailed($0.text(language)).text(language) } ?? Phrase.loading.text(language)
            grid.drawCentered(message, style: theme[dashboard.failure == nil ? .secondary : .statusError], area: rows)
            return
        }
        let lines = NetworkPulseText.lines(pulse, language: language, dates: state.dates)
        for offset in 0..<rows.height {
            let index = dashboard.top + offset
            guard lines.indices.contains(index) else { break }
            grid.drawRow(" " + lines[index].text, style: theme[lines[index].isHeading ? .category : .normal], area: rows.row(offset))
        }
    }
}
