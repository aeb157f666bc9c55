import Foundation
import GRDB
import StaffroomProtocol

/// An event as the calendar shows it: with its organizer's name and the member's own answer. For
/// one occurrence of a series, `event.startsAt` and `event.endsAt` are that occurrence's.
public struct EventSummary: Equatable, Sendable {
    public var event: Event
    public var organizerName: String
    /// The member's answer as the server last told it; nil when they have not answered.
    public var rsvp: Rsvp?
    /// The member's newest answer still waiting in the outbox to be sent; it wins over `rsvp` on
    /// screen until the server's answer comes.
    public var unsentResponse: EventResponse?
    /// For an occurrence of a series: when it was due by the series' rule (it may have moved).
    public var due: Date?
    /// The member's certificate for this occurrence (for a single event, the event); read only
    /// for an opened event.
    public var certificate: Certificate?
    /// The live bookings of this occurrence's slots the member can see: their own, or all of them
    /// when they organize it.
    public var bookings: [Booking] = []
    /// The library resources the event links that the store has; read only for an opened event.
    public var resources: [Resource] = []

    public init(event: Event, organizerName: String, rsvp: Rsvp? = nil, unsentResponse: EventResponse? = nil, due: Date? = nil) {
        self.event = event
        self.organizerName = organizerName
        self.rsvp = rsvp
        self.unsentResponse = unsentResponse
        self.due = due
    }

    /// This summary at one occurrence of its series.
    func at(_ occurrence: Occurrence) -> EventSummary {
        var copy = self
        copy.event.startsAt = occurrence.startsAt
        copy.event.endsAt = occurrence.endsAt
        copy.due = occurrence.due
        return copy
    }
}

/// Where a run of events by start time goes on: after this start and id.
public struct EventKey: Equatable, Hashable, Sendable {
    public var startsAt: Date
    public var id: Int64

    public init(startsAt: Date, id: Int64) {
        self.startsAt = startsAt
        self.id = id
    }

    func precedes(_ summary: EventSummary) -> Bool {
        startsAt < summary.event.startsAt || (startsAt == summary.event.startsAt && id < summary.event.id)
    }
}

extension ClientStore {
    /// Events, and occurrences of series, that start in `[from, end)`, earliest first (ties by id),
    /// after `key` when given; at most `limit`. With `mine`, only those the member organizes or
    /// answered "going" to. Single events are read a page at a time; series (few) are read whole
    /// and expanded.
    public func events(from: Date, before end: Date, after key: EventKey? = nil, mine: Bool = false,
                       limit: Int) throws(StoreError) -> [EventSummary] {
        try StoreError.mapping {
            try writer.read { db in
                let singles = try Row.fetchAll(db, sql: Self.summarySQL(where: """
                    event.recurrence IS NULL AND event.startsAt >= :from AND event.startsAt < :end
                      AND (:keyStart IS NULL OR event.startsAt > :keyStart OR (event.startsAt = :keyStart AND event.id > :keyID))
                      AND \(Self.mineCondition(mine))
                    ORDER BY event.startsAt, event.id LIMIT :limit
                    """), arguments: ["from": from, "end": end, "keyStart": key?.startsAt, "keyID": key?.id ?? 0, "limit": limit,
                                     "me": try Self.signedInUserID(db)]).map(Self.summary)
                let occurrences = try Self.series(in: db, startingBefore: end, mine: mine).flatMap { series in
                    series.event.occurrences(from: from, before: end, limit: limit).map { series.at($0) }
                }.filter { summary in key.map { $0.precedes(summary) } ?? true }
                return try Self.withBookings(Array((singles + occurrences)
                    .sorted { ($0.event.startsAt, $0.event.id) < ($1.event.startsAt, $1.event.id) }.prefix(limit)), in: db)
            }
        }
    }

    /// One event, or nil when the store does not hold it; for a series, at the occurrence due at `due`.
    public func event(id: Int64, due: Date? = nil) throws(StoreError) -> EventSummary? {
        try StoreError.mapping {
            try writer.read { db in
                guard var summary = try Row.fetchOne(db, sql: Self.summarySQL(where: "event.id = :id"), arguments: ["id": id])
                    .map(Self.summary) else { return nil }
                if let due, summary.event.recurrence != nil {
                    let window = summary.event.occurrences(from: due.addingTimeInterval(-366 * 86_400),
                                                           before: due.addingTimeInterval(366 * 86_400))
                    summary = window.first { $0.due == due }.map { summary.at($0) } ?? summary
                }
                summary.certificate = try Certificate.fetchOne(db, sql: "SELECT * FROM certificate WHERE eventID = ? AND occurrence = ?",
                                                               arguments: [id, summary.due ?? summary.event.startsAt])
                let linked = Array(summary.event.resourceIDs.prefix(EventLimits.resources))
                summary.resources = linked.isEmpty ? [] : try Resource.fetchAll(db, keys: linked)
                    .sorted { (linked.firstIndex(of: $0.id) ?? 0) < (linked.firstIndex(of: $1.id) ?? 0) }
                return try Self.withBookings([summary], in: db)[0]
            }
        }
    }

    /// When each event (and occurrence) that starts in `[from, end)` starts, earliest first: what a
    /// month grid needs to mark its days and count their events.
    public func eventStarts(from: Date, before end: Date) throws(StoreError) -> [Date] {
        try StoreError.mapping {
            try writer.read { db in
                let singles = try Date.fetchAll(db, sql: """
                    SELECT startsAt FROM event WHERE recurrence IS NULL AND startsAt >= ? AND startsAt < ? ORDER BY startsAt
                    """, arguments: [from, end])
                let occurrences = try Self.series(in: db, startingBefore: end, mine: false).flatMap { series in
                    series.event.occurrences(from: from, before: end).map(\.startsAt)
                }
                return (singles + occurrences).sorted()
            }
        }
    }

    /// The next event (or occurrence) after `now` that the member has a place at (answered "going"
    /// and not waiting), or the next consultation slot they booked (as the slot's own time), for the
    /// reminder in the status line.
    public func nextEventGoingTo(after now: Date) throws(StoreError) -> EventSummary? {
        try StoreError.mapping {
            try writer.read { db in
                let going = "event.status = 'planned' AND rsvp.response = 'going' AND rsvp.waitingPosition IS NULL"
                let single = try Row.fetchOne(db, sql: Self.summarySQL(where: """
                    event.recurrence IS NULL AND event.startsAt > :now AND \(going) ORDER BY event.startsAt, event.id LIMIT 1
                    """), arguments: ["now": now]).map(Self.summary)
                let series = try Row.fetchAll(db, sql: Self.summarySQL(where: "event.recurrence IS NOT NULL AND \(going)"))
                    .map(Self.summary)
                    .compactMap { summary in
                        summary.event.occurrences(from: now.addingTimeInterval(1), before: now.addingTimeInterval(366 * 86_400), limit: 1)
                            .first.map { summary.at($0) }
                    }
                let booked = try Booking.fetchOne(db, sql: """
                    SELECT booking.* FROM booking JOIN event ON event.id = booking.eventID
                    WHERE booking.bookerID = ? AND NOT booking.cancelled AND booking.slot > ? AND event.status = 'planned'
                    ORDER BY booking.slot LIMIT 1
                    """, arguments: [try Self.signedInUserID(db), now]).flatMap { booking in
                    try Row.fetchOne(db, sql: Self.summarySQL(where: "event.id = :id"), arguments: ["id": booking.eventID])
                        .map(Self.summary).map { summary in
                            summary.at(Occurrence(due: booking.slot, startsAt: booking.slot,
                                                  endsAt: booking.slot.addingTimeInterval(TimeInterval((summary.event.slotMinutes ?? 0) * 60))))
                        }
                }
                return ([single, booked].compactMap { $0 } + series).min { $0.event.startsAt < $1.event.startsAt }
            }
        }
    }

    /// Events as they were synced (a series once, with its rule), by id after `afterID`: for a
    /// calendar file. With `mine`, as in `events(mine:)`.
    public func eventRecords(afterID: Int64, mine: Bool = false, limit: Int) throws(StoreError) -> [EventSummary] {
        try StoreError.mapping {
            try writer.read { db in
                try Row.fetchAll(db, sql: Self.summarySQL(where: """
                    event.id > :after AND \(Self.mineCondition(mine)) ORDER BY event.id LIMIT :limit
                    """), arguments: ["after": afterID, "limit": limit, "me": try Self.signedInUserID(db)]).map(Self.summary)
            }
        }
    }

    /// The time zones of the events (all, or the member's own as with `events(mine:)`), each with
    /// the earliest start and latest end among its events: what a calendar file's `VTIMEZONE`s cover.
    /// A zone with a series reaches two years past its last series' start.
    public func eventZones(mine: Bool = false) throws(StoreError) -> [(identifier: String, first: Date, last: Date)] {
        try StoreError.mapping {
            try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT event.timeZone, MIN(event.startsAt) AS first, MAX(event.endsAt) AS last,
                           MAX(CASE WHEN event.recurrence IS NULL THEN NULL ELSE event.startsAt END) AS lastSeries
                    FROM event LEFT JOIN rsvp ON rsvp.eventID = event.id
                    WHERE \(Self.mineCondition(mine)) GROUP BY event.timeZone ORDER BY event.timeZone
                    """, arguments: ["me": try Self.signedInUserID(db)])
                    .map { row in
                        let last: Date = row["last"]
                        let seriesEnd = (row["lastSeries"] as Date?).map { $0.addingTimeInterval(2 * 366 * 86_400) }
                        return (identifier: row["timeZone"], first: row["first"], last: max(last, seriesEnd ?? last))
                    }
            }
        }
    }

    /// Series that begin before `end`, to be expanded.
    private static func series(in db: Database, startingBefore end: Date, mine: Bool) throws -> [EventSummary] {
        try Row.fetchAll(db, sql: summarySQL(where: """
            event.recurrence IS NOT NULL AND event.startsAt < :end AND \(mineCondition(mine)) ORDER BY event.id
            """), arguments: ["end": end, "me": try signedInUserID(db)]).map(summary)
    }

    /// The summaries with the live bookings of their slots (those the store has: the member's own,
    /// or all of an event they organize).
    private static func withBookings(_ summaries: [EventSummary], in db: Database) throws -> [EventSummary] {
        let ids = Set(summaries.filter { $0.event.slotMinutes != nil }.map(\.event.id))
        guard !ids.isEmpty else { return summaries }
        let bookings = try Booking.fetchAll(db, sql: """
            SELECT * FROM booking WHERE NOT cancelled AND eventID IN (\(ids.map { _ in "?" }.joined(separator: ","))) ORDER BY slot
            """, arguments: StatementArguments(Array(ids)))
        return summaries.map { summary in
            var copy = summary
            copy.bookings = bookings.filter { $0.eventID == summary.event.id && $0.slot >= summary.event.startsAt && $0.slot < summary.event.endsAt }
            return copy
        }
    }

    private static func mineCondition(_ mine: Bool) -> String {
        mine ? """
            (event.organizerID = :me OR rsvp.response = 'going'
             OR EXISTS (SELECT 1 FROM booking WHERE booking.eventID = event.id AND booking.bookerID = :me AND NOT booking.cancelled))
            """ : "1"
    }

    private static func signedInUserID(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT userID FROM account") ?? 0
    }

    private static func summarySQL(where condition: String) -> String {
        """
        SELECT event.*, COALESCE(user.displayName, '') AS organizerName,
               rsvp.response AS rsvpResponse, rsvp.waitingPosition AS rsvpWaitingPosition,
               (SELECT json_extract(outbox.action, '$.rsvp.response') FROM outbox
                WHERE outbox.state = 'pending' AND json_extract(outbox.action, '$.rsvp.eventID') = event.id
                ORDER BY outbox.sequence DESC LIMIT 1) AS unsentResponse
        FROM event
        LEFT JOIN user ON user.id = event.organizerID
        LEFT JOIN rsvp ON rsvp.eventID = event.id
        WHERE \(condition)
        """
    }

    private static func summary(_ row: Row) throws -> EventSummary {
        let rsvp = (row["rsvpResponse"] as String?).flatMap(EventResponse.init(rawValue:)).map { response in
            Rsvp(eventID: row["id"], response: response, waitingPosition: row["rsvpWaitingPosition"])
        }
        return EventSummary(event: try Event(row: row), organizerName: row["organizerName"], rsvp: rsvp,
                            unsentResponse: (row["unsentResponse"] as String?).flatMap(EventResponse.init(rawValue:)))
    }
}

extension ClientStore {
    /// Library resources, the newest first: at most `limit` (to pick those an event links).
    public func resources(limit: Int) throws(StoreError) -> [Resource] {
        try StoreError.mapping {
            try writer.read { db in
                try Resource.fetchAll(db, sql: "SELECT * FROM resource ORDER BY createdAt DESC, id DESC LIMIT ?", arguments: [limit])
            }
        }
    }
}
