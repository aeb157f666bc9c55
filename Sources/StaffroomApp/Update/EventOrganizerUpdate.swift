import Foundation
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// The keys of an opened event that change it, for those the server lets: `e` edits it, `M` moves
/// one occurrence of a series, `a` records who attended, `H` marks it held, `X` (twice) cancels it or one occurrence, `A`
/// approves a proposal and `D` declines (or, for its proposer, withdraws) it. Anyone else is told
/// who may, without a write the server would refuse.
enum EventOrganizerUpdate {
    /// Handles `key`; nil when it is not one of these keys.
    static func key(_ key: Key, detail: inout EventDetailState, state: inout AppState) -> [Effect]? {
        let confirming = detail.confirmingCancel
        detail.confirmingCancel = false
        let summary = detail.summary
        let event = summary.event
        let me = state.me
        switch key {
        case .character("e"):
            guard me.mayEdit(event) else { return refuse(.onlyOrganizersEdit, &state) }
            guard event.status == .planned || event.status == .proposed else { return refuse(.closedToEdits, &state) }
            return [.openEventEdit(eventID: event.id)]
        case .character("M"):
            guard event.recurrence != nil, let due = summary.due else { return refuse(.notASeries, &state) }
            guard me.mayEdit(event) else { return refuse(.onlyOrganizersEdit, &state) }
            let occurrence = Occurrence(due: due, startsAt: event.startsAt, endsAt: event.endsAt)
            EventFormUpdate.open(EventFormState(moving: occurrence, of: event, language: state.language), state: &state)
            return []
        case .character("A"):
            guard event.status.isProposal else { return refuse(.notAProposal, &state) }
            guard me.role.organizesEvents else { return refuse(.onlyOrganizersApprove, &state) }
            state.notice = .event(.approvalQueued)
            return [.write(.setEventStatus(eventID: event.id, status: .planned)), .sync]
        case .character("D"):
            guard event.status == .proposed else { return refuse(.notAProposal, &state) }
            guard me.role.organizesEvents || event.organizerID == me.userID else { return refuse(.onlyOrganizersApprove, &state) }
            state.notice = .event(.markQueued(.declined))
            return [.write(.setEventStatus(eventID: event.id, status: .declined)), .sync]
        case .character("a"):
            guard me.mayMark(event) else { return refuse(.onlyOrganizersMark, &state) }
            guard event.status == .planned || event.status == .held, event.startsAt <= state.now else { return refuse(.noAttendance, &state) }
            let occurrence = summary.due ?? event.startsAt
            state.stack.append(.attendance(AttendanceState(eventID: event.id, occurrence: occurrence, title: event.title)))
            return [.loadParticipants(eventID: event.id, occurrence: occurrence)]
        case .character("H"):
            guard !event.status.isProposal else { return refuse(.approveFirst, &state) }
            guard me.mayMark(event) else { return refuse(.onlyOrganizersMark, &state) }
            guard event.startsAt <= state.now else { return refuse(.notStartedYet, &state) }
            state.notice = .event(.markQueued(.held))
            return [.write(.setEventStatus(eventID: event.id, status: .held))]
        case .character("X"):
            guard !event.status.isProposal else { return refuse(.approveFirst, &state) }
            guard me.mayMark(event) else { return refuse(.onlyOrganizersMark, &state) }
            guard confirming else {
                detail.confirmingCancel = true
                state.notice = .event(summary.due != nil ? .pressAgainToCancelOccurrence : .pressAgainToCancel)
                return []
            }
            guard let due = summary.due else { return cancelWhole(event, &state) }
            state.notice = .event(.occurrenceCancelQueued)
            return [.write(.changeOccurrence(eventID: event.id, change: OccurrenceChange(occurrence: due, cancelled: true))), .sync]
        case .character("S") where confirming && summary.due != nil:
            return cancelWhole(event, &state)
        default:
            return nil
        }
    }

    private static func cancelWhole(_ event: Event, _ state: inout AppState) -> [Effect] {
        state.notice = .event(.markQueued(.cancelled))
        return [.write(.setEventStatus(eventID: event.id, status: .cancelled))]
    }

    private static func refuse(_ phrase: EventPhrase, _ state: inout AppState) -> [Effect] {
        state.notice = .event(phrase)
        return []
    }
}

extension Member {
    /// Whether the server lets this member edit `event` (or move its occurrences): its organizer
    /// when they organize events (a proposer while it is a proposal), and moderators and admins.
    func mayEdit(_ event: Event) -> Bool {
        moderates || (event.organizerID == userID && (role.organizesEvents || event.status.isProposal))
    }

    /// Whether the server lets this member mark `event` held or cancelled: its organizer, moderators and admins.
    func mayMark(_ event: Event) -> Bool {
        event.organizerID == userID || moderates
    }
}
