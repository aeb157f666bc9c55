import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

/// A consultation booked by slots on screen: the slots of the meeting, booking one with a
/// question, cancelling, and what the agenda says to the member, the organizer and others.
@Suite struct ConsultationScreenTests {
    private static let start = EventsFixture.at(day: 26, 13)

    /// Olga's (member 2) hour tomorrow in three 20-minute slots; the second is taken, the third is
    /// member 5's with a question they can see.
    private static func consultation(bookings: [Booking] = [mine]) -> EventSummary {
        var summary = EventsFixture.event(40, "Консультация: первый год", .consultation, start: start, minutes: 60)
        summary.event.capacity = nil
        summary.event.slotMinutes = 20
        summary.event.bookedSlots = [start.addingTimeInterval(1_200), start.addingTimeInterval(2_400)]
        summary.bookings = bookings
        return summary
    }

    private static let mine = Booking(id: 7, eventID: 40, slot: start.addingTimeInterval(2_400), bookerID: 5, bookerName: "Сергей Орлов",
                                      question: "Как вести журнал после болезни?")

    private static func opened(_ summary: EventSummary, as me: Member) -> AppState {
        var state = EventsFixture.pane()
        state.me = me
        state.stack.append(.event(EventDetailState(summary: summary)))
        return state
    }

    @Test func theMemberSeesTheSlotsBooksAFreeOneWithAQuestionAndCancelsTheirs() {
        var state = Self.opened(Self.consultation(), as: Member(userID: 5, role: .teacher))
        let lines = render(state).lines
        #expect(lines.contains { $0.contains("> 13:00–13:20  свободно") })
        #expect(lines.contains { $0.contains("  13:20–13:40  занято") })
        #expect(lines.contains { $0.contains("  13:40–14:00  ваша запись: Как вести журнал после болезни?") })
        #expect(!lines.contains { $0.contains("Места:") }, "slots instead of places")
        _ = AppUpdate.update(&state, .key(.character("j")))
        #expect(AppUpdate.update(&state, .key(.character("b"))).isEmpty)
        #expect(state.notice == .event(.slotTaken))
        _ = AppUpdate.update(&state, .key(.character("k")))
        _ = AppUpdate.update(&state, .key(.character("b")))
        guard case .booking = state.stack.last else {
            Issue.record("b opens the question")
            return
        }
        #expect(render(state).lines.contains { $0.contains("26 ноября 2026, 13:00–13:20") })
        #expect(AppUpdate.update(&state, .key(.enter)).isEmpty)
        #expect(state.notice == .event(.questionNeeded))
        _ = AppUpdate.update(&state, .typed("Как готовиться\nк открытому уроку?"))
        #expect(AppUpdate.update(&state, .key(.enter))
            == [.write(.bookSlot(eventID: 40, slot: Self.start, question: "Как готовиться к открытому уроку?")), .sync])
        #expect(state.notice == .event(.bookingQueued))
        _ = AppUpdate.update(&state, .key(.character("j")))
        _ = AppUpdate.update(&state, .key(.character("j")))
        #expect(AppUpdate.update(&state, .key(.character("x"))).isEmpty)
        #expect(state.notice == .event(.pressAgainToCancelBooking))
        #expect(AppUpdate.update(&state, .key(.character("x")))
            == [.write(.cancelBooking(bookingID: 7)), .sync])
        #expect(AppUpdate.update(&state, .key(.character("y"))).isEmpty)
        #expect(state.notice == .event(.bookInsteadOfAnswering))
    }

    @Test func anEnterTypedAheadWithTheQuestionBooksTheSlot() {
        var state = Self.opened(Self.consultation(), as: Member(userID: 5, role: .teacher))
        _ = AppUpdate.update(&state, .key(.character("b")))
        #expect(AppUpdate.update(&state, .typed("Журнал\r"))
            == [.write(.bookSlot(eventID: 40, slot: Self.start, question: "Журнал")), .sync], "text and Enter arrived together")
    }

    @Test func theOrganizerSeesWhoBookedAndDoesNotBookTheirOwn() {
        var state = Self.opened(Self.consultation(), as: Member(userID: 2, role: .mentor))
        #expect(render(state).lines.contains { $0.contains("13:40–14:00  Сергей Орлов: Как вести журнал после болезни?") })
        #expect(AppUpdate.update(&state, .key(.character("b"))).isEmpty)
        #expect(state.notice == .event(.organizerDoesNotBook))
    }

    @Test func theAgendaTellsEachWhatConcernsThem() {
        var member = EventsFixture.pane()
        member.me = Member(userID: 5, role: .teacher)
        #expect(EventsView.consultationTag(Self.consultation(), state: member) == .yourSlot("13:40"))
        var organizer = member
        organizer.me = Member(userID: 2, role: .mentor)
        #expect(EventsView.consultationTag(Self.consultation(), state: organizer) == .slotsBooked(2, of: 3))
        var other = member
        other.me = Member(userID: 9, role: .teacher)
        #expect(EventsView.consultationTag(Self.consultation(bookings: []), state: other) == .slotsFree(1, of: 3))
        #expect(EventPhrase.slotsFree(0, of: 3).text(.russian) == "всё занято")
    }
}
