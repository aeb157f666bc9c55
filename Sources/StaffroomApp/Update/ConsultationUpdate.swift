import Foundation
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// Keys of an opened consultation booked by slots: `j`/`k` pick a slot, `b` books the free one
/// picked (asking for the question), `x` twice cancels a booking (one's own, or any for the
/// organizer and moderators).
enum ConsultationUpdate {
    /// Handles `key`; nil when the event has no slots or the key is not one of these.
    static func key(_ key: Key, detail: inout EventDetailState, state: inout AppState) -> [Effect]? {
        let slots = ConsultationSlot.slots(of: detail.summary)
        guard !slots.isEmpty else { return nil }
        let confirming = detail.confirmingCancelBooking
        detail.confirmingCancelBooking = false
        let event = detail.summary.event
        let selected = slots[min(detail.selectedSlot, slots.count - 1)]
        switch key {
        case .down, .character("j"):
            detail.selectedSlot = min(slots.count - 1, detail.selectedSlot + 1)
            return []
        case .up, .character("k"):
            detail.selectedSlot = max(0, min(slots.count - 1, detail.selectedSlot) - 1)
            return []
        case .character("b"):
            guard event.organizerID != state.me.userID else { return refuse(.organizerDoesNotBook, &state) }
            guard event.status == .planned, selected.startsAt > state.now else { return refuse(.slotClosed, &state) }
            guard selected.holder == .free else { return refuse(.slotTaken, &state) }
            state.stack.append(.booking(BookingState(eventID: event.id, title: event.title, slot: selected.startsAt,
                                                     slotEnd: selected.endsAt)))
            return []
        case .character("x"):
            guard case .booked(let booking) = selected.holder else { return refuse(.noBookingHere, &state) }
            guard booking.bookerID == state.me.userID || event.organizerID == state.me.userID || state.me.moderates else {
                return refuse(.noBookingHere, &state)
            }
            guard confirming else {
                detail.confirmingCancelBooking = true
                return refuse(.pressAgainToCancelBooking, &state)
            }
            state.notice = .event(.bookingCancelQueued)
            return [.write(.cancelBooking(bookingID: booking.id)), .sync]
        case .character("y"), .character("m"), .character("n"):
            return refuse(.bookInsteadOfAnswering, &state)
        default:
            return nil
        }
    }

    private static func refuse(_ phrase: EventPhrase, _ state: inout AppState) -> [Effect] {
        state.notice = .event(phrase)
        return []
    }
}
