import Foundation

/// Answer of `GET /v1/stats/events?months=N`: the network's events month by month and kind by kind,
/// for the last `N` months up to the current one. Every occurrence of a series counts on its own;
/// proposals do not count.
public struct EventStatistics: Codable, Equatable, Sendable {
    /// The first and last month covered, as `YYYY-MM`.
    public var from: String
    public var to: String
    /// One row per month and kind that had any occurrence, months in order, kinds in protocol order.
    public var rows: [EventMonthRow]

    public init(from: String, to: String, rows: [EventMonthRow]) {
        self.from = from
        self.to = to
        self.rows = rows
    }

    /// Months a request may ask for.
    public static let months = 1...60
}

/// The occurrences of one kind of event in one month (by their start in the organizer's zone).
public struct EventMonthRow: Codable, Equatable, Sendable {
    /// `YYYY-MM`.
    public var month: String
    public var kind: EventKind
    /// Every occurrence planned in the month, cancelled ones included.
    public var planned: Int
    /// Those that had begun by the time of the request: the ones that could have been held.
    public var due: Int
    /// Those held: marked held, or (for a meeting of a series) with attendance recorded.
    public var held: Int
    /// Those cancelled, alone or with their series.
    public var cancelled: Int
    /// Places taken by members who answered "going" (for a series, its answers count at each meeting).
    public var registrations: Int
    /// Members recorded as present.
    public var attendance: Int

    public init(month: String, kind: EventKind, planned: Int = 0, due: Int = 0, held: Int = 0, cancelled: Int = 0,
                registrations: Int = 0, attendance: Int = 0) {
        self.month = month
        self.kind = kind
        self.planned = planned
        self.due = due
        self.held = held
        self.cancelled = cancelled
        self.registrations = registrations
        self.attendance = attendance
    }
}
