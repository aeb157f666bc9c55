import Foundation
import StaffroomProtocol

/// The attendance list of one occurrence: everyone who answered the event, those going first, each
/// marked present or not by the organizer; saved as one write that replaces the list before.
public struct AttendanceState: Equatable, Sendable {
    public var eventID: Int64
    /// When the occurrence was due (for a single event, its start).
    public var occurrence: Date
    public var title: String
    /// Who answered, once the server told; nil while asking.
    public var participants: [Participant]?
    /// Those marked present.
    public var present: Set<Int64> = []
    /// The list as the server last had it, to tell whether there is anything to save.
    public var saved: Set<Int64> = []
    public var cursor = ListCursor()
    /// `Esc` was pressed once with marks not saved: a second `Esc` leaves without them.
    public var confirmingLeave = false

    public init(eventID: Int64, occurrence: Date, title: String) {
        self.eventID = eventID
        self.occurrence = occurrence
        self.title = title
    }
}
