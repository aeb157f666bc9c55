import StaffroomProtocol
import StaffroomTerminal

/// The attendance list: a line of keys, then one row per member who answered, `[x]` for present.
enum AttendanceView {
    static func draw(_ list: AttendanceState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (keys, rows) = area.splitTop(1)
        grid.drawRow(" " + EventPhrase.attendanceHints.text(language), style: theme[.listHeader], area: keys)
        guard let people = list.participants else {
            grid.drawCentered(EventPhrase.loadingParticipants.text(language), style: theme[.secondary], area: rows)
            return
        }
        guard !people.isEmpty else {
            grid.drawCentered(EventPhrase.noParticipants.text(language), style: theme[.secondary], area: rows)
            return
        }
        for offset in 0..<rows.height {
            let index = list.cursor.top + offset
            guard people.indices.contains(index) else { break }
            let person = people[index]
            let mark = list.present.contains(person.userID) ? "[x]" : "[ ]"
            let answer = person.waitingPosition.map { EventPhrase.waiting(position: $0) } ?? EventPhrase.response(person.response)
            let school = person.school.isEmpty ? "" : " · \(person.school)"
            ListScreensView.drawRow("  \(mark) \(person.displayName)\(school)", right: answer.text(language),
                                    isCursor: index == list.cursor.selected, state: state, theme: theme, into: &grid,
                                    row: rows.row(offset))
        }
    }
}
