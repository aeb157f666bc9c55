import Foundation
import StaffroomProtocol
import StaffroomStore

/// The slots of one meeting of a consultation as the member sees them: free, taken, theirs, or
/// (for its organizer) whose and with what question.
struct ConsultationSlot: Equatable {
    enum Holder: Equatable {
        case free
        case taken
        /// The member's own booking, or any booking the organizer sees.
        case booked(Booking)
    }

    var startsAt: Date
    var endsAt: Date
    var holder: Holder

    /// The slots of the meeting `summary` stands for (its own start and end).
    static func slots(of summary: EventSummary) -> [ConsultationSlot] {
        let event = summary.event
        guard let minutes = event.slotMinutes else { return [] }
        let occurrence = Occurrence(due: summary.due ?? event.startsAt, startsAt: event.startsAt, endsAt: event.endsAt)
        let taken = Set(event.bookedSlots)
        return event.slots(of: occurrence).map { start in
            let holder: Holder = summary.bookings.first { $0.slot == start }.map { .booked($0) } ?? (taken.contains(start) ? .taken : .free)
            return ConsultationSlot(startsAt: start, endsAt: start.addingTimeInterval(TimeInterval(minutes * 60)), holder: holder)
        }
    }
}

/// Booking one slot: the question the member brings, typed on one line.
public struct BookingState: Equatable, Sendable {
    public var eventID: Int64
    public var title: String
    public var slot: Date
    public var slotEnd: Date
    public var question = TextEditor()

    public init(eventID: Int64, title: String, slot: Date, slotEnd: Date) {
        self.eventID = eventID
        self.title = title
        self.slot = slot
        self.slotEnd = slotEnd
    }
}
