import StaffroomProtocol
import StaffroomTerminal

/// The attendance list: a line of keys, then one row per member who answered, `[x]` for present.
enum AttendanceView {
    static func draw(_ list: AttendanceState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let rows = list.participants.map { people in
            people.map { person in
                let answer = person.waitingPosition.map { EventPhrase.waiting(position: $0) } ?? EventPhrase.response(person.response)
                let school = person.school.isEmpty ? "" : " · \(person.school)"
                return ChecklistView.Row(text: "\(person.displayName)\(school)", right: answer.text(language),
                                         checked: list.present.contains(person.userID))
            }
        }
        ChecklistView.draw(hints: EventPhrase.attendanceHints.text(language), rows: rows, empty: EventPhrase.noParticipants.text(language),
                           cursor: list.cursor, state: state, theme: theme, into: &grid, area: area)
    }
}
