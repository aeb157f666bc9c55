import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// The mentoring list: a heading, the keys (or the mentor offered while a coordinator assigns
/// one), then one row per request or pair: its status, who asked whom, the subject; the day it
/// was asked on the right.
enum MentoringView {
    static func draw(_ list: MentoringState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (heading, belowHeading) = area.splitTop(1)
        let (hints, rows) = belowHeading.splitTop(1)
        guard let items = list.items else {
            grid.drawRow(" " + MentoringPhrase.mentoringTitle.text(language), style: theme[.listHeader], area: heading)
            grid.drawCentered(Phrase.loading.text(language), style: theme[.secondary], area: rows)
            return
        }
        grid.drawRow(" " + MentoringPhrase.mentoringHeading(items.count).text(language), style: theme[.listHeader], area: heading)
        if let offered = list.assigning?.offered {
            grid.drawRow(" " + MentoringPhrase.assign(name: offered.displayName, subjects: offered.subjects.joined(separator: ", ")).text(language),
                         style: theme[.unread], area: hints)
        } else {
            let answers = list.selected.map { MentoringUpdate.mayAnswer($0, state: state) } ?? false
            grid.drawRow(" " + MentoringPhrase.mentoringHints(answers: answers).text(language), style: theme[.secondary], area: hints)
        }
        guard !items.isEmpty else {
            grid.drawCentered(MentoringPhrase.mentoringEmpty.text(language), style: theme[.secondary], area: rows)
            return
        }
        for offset in 0..<rows.height {
            let index = list.cursor.top + offset
            guard items.indices.contains(index) else { break }
            let item = items[index]
            ListScreensView.drawRow("  " + MentoringPhrase.mentorshipRow(item).text(language), right: state.dates.short(item.mentorship.createdAt, now: state.now),
                                    isCursor: index == list.cursor.selected, state: state, theme: theme, into: &grid, row: rows.row(offset),
                                    style: item.mentorship.status.isOpen ? .normal : .secondary)
        }
    }
}
