import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

/// What the organizer (and those who approve proposals) do on an opened event: move or cancel one
/// occurrence of a series, cancel the whole series, approve, decline or withdraw a proposal.
@Suite struct EventOrganizerKeysTests {
    /// A weekly series by member 2, at its occurrence of 1 December (moved nowhere).
    private static let occurrence: EventSummary = {
        let first = EventsFixture.at(day: 24, 15)
        var summary = EventSummary(event: Event(id: 12, title: "Кружок наставников", kind: .seminar, description: "", organizerID: 2,
                                                startsAt: first, endsAt: first.addingTimeInterval(3_600), timeZone: "UTC",
                                                recurrence: Recurrence(frequency: .weekly, count: 10)),
                                   organizerName: "Ольга Петрова")
        summary.event.startsAt = EventsFixture.at(day: 1, 15, month: 12)
        summary.event.endsAt = EventsFixture.at(day: 1, 16, month: 12)
        summary.due = EventsFixture.at(day: 1, 15, month: 12)
        return summary
    }()

    private static func opened(_ summary: EventSummary, as me: Member) -> AppState {
        var state = EventsFixture.pane()
        state.me = me
        state.stack.append(.event(EventDetailState(summary: summary)))
        return state
    }

    private static func proposal(by organizer: Int64, status: EventStatus = .proposed) -> EventSummary {
        var summary = EventsFixture.event(30, "Проектная неделя в 7 классах", .openLesson, start: EventsFixture.at(day: 10, 9, month: 12),
                                          status: status)
        summary.event.organizerID = organizer
        return summary
    }

    @Test func theOrganizerMovesOneOccurrenceInAShortForm() throws {
        var state = Self.opened(Self.occurrence, as: Member(userID: 2, role: .mentor))
        #expect(AppUpdate.update(&state, .key(.character("M"))).isEmpty)
        guard case .eventForm(let form) = state.stack.last else {
            Issue.record("M opens the form")
            return
        }
        #expect(form.fields == [.date, .starts, .ends] && form.text(.date) == "01.12.2026" && form.text(.ends) == "16:00")
        #expect(render(state).lines[1].contains("Перенос занятия: Кружок наставников"))
        EventFormTests.fill(.date, "02.12.2026", in: &state)
        EventFormTests.fill(.starts, "17:00", in: &state)
        EventFormTests.fill(.ends, "18:30", in: &state)
        let change = OccurrenceChange(occurrence: EventsFixture.at(day: 1, 15, month: 12), startsAt: EventsFixture.at(day: 2, 17, month: 12),
                                      endsAt: EventsFixture.at(day: 2, 18, 30, month: 12))
        #expect(AppUpdate.update(&state, .key(.control("s"))) == [.write(.changeOccurrence(eventID: 12, change: change)), .sync])
        #expect(state.notice == .eventForm(.queued(.moveOccurrence(eventID: 12, due: change.occurrence, title: "Кружок наставников"),
                                                   proposing: false)))
    }

    @Test func xTwiceCancelsOneOccurrenceAndXThenSTheWholeSeries() {
        var state = Self.opened(Self.occurrence, as: Member(userID: 2, role: .mentor))
        #expect(AppUpdate.update(&state, .key(.character("X"))).isEmpty)
        #expect(state.notice == .event(.pressAgainToCancelOccurrence))
        let cancelOne = OccurrenceChange(occurrence: EventsFixture.at(day: 1, 15, month: 12), cancelled: true)
        #expect(AppUpdate.update(&state, .key(.character("X"))) == [.write(.changeOccurrence(eventID: 12, change: cancelOne)), .sync])
        _ = AppUpdate.update(&state, .key(.character("X")))
        #expect(AppUpdate.update(&state, .key(.character("S"))) == [.write(.setEventStatus(eventID: 12, status: .cancelled))])
        #expect(AppUpdate.update(&state, .key(.character("S"))).isEmpty, "S alone does nothing")
    }

    @Test func aSingleEventHasNoOccurrenceToMove() {
        var state = EventsFixture.pane()
        state.me = Member(userID: 2, role: .mentor)
        _ = AppUpdate.update(&state, .key(.enter))
        #expect(AppUpdate.update(&state, .key(.character("M"))).isEmpty)
        #expect(state.notice == .event(.notASeries))
    }

    @Test func mentorsApproveAndDeclineProposalsAndTheProposerWithdrawsTheirs() {
        var mentor = Self.opened(Self.proposal(by: 9), as: Member(userID: 2, role: .mentor))
        #expect(render(mentor).lines.contains { $0.contains("открытый урок · предложено") })
        #expect(render(mentor).lines.contains { $0.contains("Предложение участника: A — одобрить, D — отклонить") })
        #expect(AppUpdate.update(&mentor, .key(.character("A"))) == [.write(.setEventStatus(eventID: 30, status: .planned)), .sync])
        #expect(mentor.notice == .event(.approvalQueued))
        #expect(AppUpdate.update(&mentor, .key(.character("D"))) == [.write(.setEventStatus(eventID: 30, status: .declined)), .sync])

        var proposer = Self.opened(Self.proposal(by: 9), as: Member(userID: 9, role: .teacher))
        #expect(render(proposer).lines.contains { $0.contains("Ждёт одобрения наставника или модератора") })
        #expect(AppUpdate.update(&proposer, .key(.character("A"))).isEmpty)
        #expect(proposer.notice == .event(.onlyOrganizersApprove))
        #expect(AppUpdate.update(&proposer, .key(.character("D"))) == [.write(.setEventStatus(eventID: 30, status: .declined)), .sync])
        #expect(AppUpdate.update(&proposer, .key(.character("e"))) == [.openEventEdit(eventID: 30)], "a proposer edits their proposal")

        var other = Self.opened(Self.proposal(by: 9), as: Member(userID: 5, role: .teacher))
        #expect(AppUpdate.update(&other, .key(.character("D"))).isEmpty)
        #expect(AppUpdate.update(&other, .key(.character("H"))).isEmpty)
        #expect(other.notice == .event(.approveFirst))

        var planned = Self.opened(Self.proposal(by: 9, status: .planned), as: Member(userID: 2, role: .mentor))
        #expect(AppUpdate.update(&planned, .key(.character("A"))).isEmpty)
        #expect(planned.notice == .event(.notAProposal))
    }
}
