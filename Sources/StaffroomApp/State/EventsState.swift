import Foundation
import StaffroomProtocol
import StaffroomStore

/// The Events pane: a month grid beside an agenda of the selected day and the days after it, or
/// the agenda alone on narrow terminals.
public struct EventsState: Equatable, Sendable {
    public enum Layout: Equatable, Sendable { case gridAndAgenda, agendaOnly }
    public enum Focus: Equatable, Sendable { case grid, agenda }

    /// Terminals narrower than this show the agenda alone unless the user asks for the grid.
    public static let gridColumns = 100

    /// The selected day: its midnight in the user's zone; nil until the pane is first opened (today).
    public var day: Date?
    /// The layout the user chose with `v`; nil: by the terminal's width.
    public var chosenLayout: Layout?
    public var focus: Focus = .grid
    /// When each event of the selected day's month starts, to mark and count days in the grid.
    public var monthStarts: [Date] = []
    /// Events from the selected day on, earliest first.
    public var agenda: [EventSummary] = []
    /// The day `agenda` starts at: when a load for another day comes, the selection starts over.
    public var agendaDay: Date?
    /// The selected event in `agenda`.
    public var selected = 0
    public var loaded = false

    public init() {}

    /// The layout on a terminal `columns` wide.
    public func layout(columns: Int) -> Layout {
        chosenLayout ?? (columns < Self.gridColumns ? .agendaOnly : .gridAndAgenda)
    }

    /// The event the agenda's cursor is on.
    public var selectedEvent: EventSummary? { agenda.indices.contains(selected) ? agenda[selected] : nil }
}

/// One event, opened from the agenda.
public struct EventDetailState: Equatable, Sendable {
    public var summary: EventSummary
    /// The first line shown, when the description is longer than the screen.
    public var top = 0
    /// Who answered, once the organizer (or a moderator) asked with `p`.
    public var participants: [Participant]?
    public var loadingParticipants = false
    /// `X` was pressed once: a second `X` cancels the event.
    public var confirmingCancel = false
    /// The consultation slot picked (for an event booked by slots).
    public var selectedSlot = 0
    /// `x` was pressed once on a booked slot: a second `x` cancels the booking.
    public var confirmingCancelBooking = false

    public init(summary: EventSummary) { self.summary = summary }
}

/// The days of a month as the grid shows them: whole weeks, starting on the calendar's first weekday.
public struct MonthGrid: Equatable, Sendable {
    /// Midnight of the month's first day.
    public var firstDay: Date
    /// Midnight of the next month's first day.
    public var nextMonth: Date
    /// Whole weeks covering the month, each seven midnights (days of the months around included).
    public var weeks: [[Date]]

    /// The month holding `day`, in `calendar` (its zone and first weekday).
    public init(containing day: Date, calendar: Calendar) {
        let start = calendar.dateInterval(of: .month, for: day)?.start ?? calendar.startOfDay(for: day)
        firstDay = start
        nextMonth = calendar.date(byAdding: .month, value: 1, to: start) ?? start
        let weekday = calendar.component(.weekday, from: start)
        let lead = (weekday - calendar.firstWeekday + 7) % 7
        var cursor = calendar.date(byAdding: .day, value: -lead, to: start) ?? start
        var weeks: [[Date]] = []
        repeat {
            var week: [Date] = []
            for _ in 0..<7 {
                week.append(cursor)
                cursor = calendar.date(byAdding: .day, value: 1, to: cursor) ?? cursor
            }
            weeks.append(week)
        } while cursor < nextMonth
        self.weeks = weeks
    }
}
