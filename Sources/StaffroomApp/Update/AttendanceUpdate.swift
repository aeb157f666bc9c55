import Foundation
import StaffroomProtocol
import StaffroomTerminal

/// Keys of the attendance list: move, `Space` marks present or absent, `+` marks everyone going,
/// `^S` saves (through the outbox), `Esc` leaves (twice when marks are not saved).
enum AttendanceUpdate {
    static func key(_ key: Key, list: inout AttendanceState, state: AppState) -> NavigationStep {
        let confirming = list.confirmingLeave
        list.confirmingLeave = false
        let people = list.participants ?? []
        let visible = max(1, state.contentRows - 1)
        switch key {
        case .down, .character("j"): list.cursor = list.cursor.selecting(list.cursor.selected + 1, count: people.count, visibleRows: visible)
        case .up, .character("k"): list.cursor = list.cursor.selecting(list.cursor.selected - 1, count: people.count, visibleRows: visible)
        case .pageDown: list.cursor = list.cursor.selecting(list.cursor.selected + visible, count: people.count, visibleRows: visible)
        case .pageUp: list.cursor = list.cursor.selecting(list.cursor.selected - visible, count: people.count, visibleRows: visible)
        case .character(" "), .character("x"):
            guard people.indices.contains(list.cursor.selected) else { break }
            let member = people[list.cursor.selected].userID
            if list.present.remove(member) == nil { list.present.insert(member) }
            list.cursor = list.cursor.selecting(list.cursor.selected + 1, count: people.count, visibleRows: visible)
        case .character("+"):
            list.present.formUnion(people.filter { $0.response == .going && $0.waitingPosition == nil }.map(\.userID))
        case .control("s"):
            guard list.participants != nil else { return .none }
            let write = MutationAction.recordAttendance(eventID: list.eventID, occurrence: list.occurrence, attendees: list.present.sorted())
            return NavigationStep(effects: [.write(write), .sync], transition: .pop, notice: .event(.attendanceQueued(list.present.count)))
        case .escape, .left, .character("h"):
            guard list.present == list.saved || confirming else {
                list.confirmingLeave = true
                return NavigationStep(notice: .event(.pressAgainToLeaveUnsaved))
            }
            return NavigationStep(transition: .pop)
        default:
            break
        }
        return .none
    }

    /// The server's list of who answered, with who was present.
    static func loaded(_ list: EventParticipants, into attendance: inout AttendanceState) {
        guard list.eventID == attendance.eventID, list.occurrence == attendance.occurrence else { return }
        attendance.participants = list.participants.map { $0.cleaned() }
        attendance.saved = Set(list.participants.filter(\.attended).map(\.userID))
        attendance.present = attendance.saved
    }
}
