import Foundation

/// A member's booking of one slot of a consultation, with the question they bring. Only the member
/// who booked and the consultation's organizer receive it; everyone sees the slot taken in the
/// event's `bookedSlots`. A cancelled booking is sent once more with `cancelled`, and frees the slot.
public struct Booking: Codable, Equatable, Sendable, Identifiable {
    public var id: Int64
    public var eventID: Int64
    /// When the slot starts (it lasts the event's `slotMinutes`).
    public var slot: Date
    public var bookerID: Int64
    public var bookerName: String
    /// What the member wants to discuss; their words, untrusted until sanitized.
    public var question: String
    public var cancelled: Bool

    public init(id: Int64, eventID: Int64, slot: Date, bookerID: Int64, bookerName: String, question: String, cancelled: Bool = false) {
        self.id = id
        self.eventID = eventID
        self.slot = slot
        self.bookerID = bookerID
        self.bookerName = bookerName
        self.question = question
        self.cancelled = cancelled
    }
}

extension Event {
    /// The slots of the occurrence `occurrence` (its start and end): every `slotMinutes` from the
    /// start; empty for an event not booked by slots.
    public func slots(of occurrence: Occurrence) -> [Date] {
        guard let minutes = slotMinutes, minutes > 0 else { return [] }
        let length = TimeInterval(minutes * 60)
        let count = Int(occurrence.endsAt.timeIntervalSince(occurrence.startsAt) / length)
        return (0..<max(0, count)).map { occurrence.startsAt.addingTimeInterval(TimeInterval($0) * length) }
    }

    /// The occurrence whose slots include one starting at `slot`, if any (moved occurrences at their new time).
    public func occurrence(withSlotAt slot: Date) -> Occurrence? {
        let longest = max(endsAt.timeIntervalSince(startsAt), EventLimits.longestDuration)
        return occurrences(from: slot.addingTimeInterval(-longest), before: slot.addingTimeInterval(1), limit: 5_000)
            .first { slots(of: $0).contains(slot) }
    }
}
