import Foundation
import GRDB
import StaffroomProtocol

/// An event as the calendar shows it: with its organizer's name and the member's own answer.
public struct EventSummary: Equatable, Sendable {
    public var event: Event
    public var organizerName: String
    /// The member's answer as the server last told it; nil when they have not answered.
    public var rsvp: Rsvp?
    /// The member's newest answer still waiting in the outbox to be sent; it wins over `rsvp` on
    /// screen until the server's answer comes.
    public var unsentResponse: EventResponse?

    public init(event: Event, organizerName: String, rsvp: Rsvp? = nil, unsentResponse: EventResponse? = nil) {
        self.event = event
        self.organizerName = organizerName
        self.rsvp = rsvp
        self.unsentResponse = unsentResponse
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
}

extension ClientStore {
    /// Events that start in `[from, end)`, earliest first (ties by id), after `key` when given; at
    /// most `limit`. With `mine`, only those the member organizes or answered "going" to.
    public func events(from: Date, before end: Date, after key: EventKey? = nil, mine: Bool = false,
                       limit: Int) throws(StoreError) -> [EventSummary] {
        try StoreError.mapping {
            try writer.read { db in
                let rows = try Row.fetchAll(db, sql: Self.summarySQL(where: """
                    event.startsAt >= :from AND event.startsAt < :end
                      AND (:keyStart IS NULL OR event.startsAt > :keyStart OR (event.startsAt = :keyStart AND event.id > :keyID))
                      AND \(Self.mineCondition(mine))
                    ORDER BY event.startsAt, event.id LIMIT :limit
                    """), arguments: ["from": from, "end": end, "keyStart": key?.startsAt, "keyID": key?.id ?? 0, "limit": limit,
                                     "me": try Self.signedInUserID(db)])
                return try rows.map(Self.summary)
            }
        }
    }

    /// The next event after `now` that the member has a place at (answered "going" and not waiting),
    /// for the reminder in the status line.
    public func nextEventGoingTo(after now: Date) throws(StoreError) -> EventSummary? {
        try StoreError.mapping {
            try writer.read { db in
                try Row.fetchOne(db, sql: Self.summarySQL(where: """
                    event.startsAt > :now AND event.status = 'planned' AND rsvp.response = 'going' AND rsvp.waitingPosition IS NULL
                    ORDER BY event.startsAt, event.id LIMIT 1
                    """), arguments: ["now": now]).map(Self.summary)
            }
        }
    }

    /// The time zones of the events (all, or the member's own as with `events(mine:)`), each with
    /// the earliest start and latest end among its events: what a calendar file's `VTIMEZONE`s cover.
    public func eventZones(mine: Bool = false) throws(StoreError) -> [(identifier: String, first: Date, last: Date)] {
        try StoreError.mapping {
            try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT event.timeZone, MIN(event.startsAt) AS first, MAX(event.endsAt) AS last
                    FROM event LEFT JOIN rsvp ON rsvp.eventID = event.id
                    WHERE \(Self.mineCondition(mine)) GROUP BY event.timeZone ORDER BY event.timeZone
                    """, arguments: ["me": try Self.signedInUserID(db)])
                    .map { (identifier: $0["timeZone"], first: $0["first"], last: $0["last"]) }
            }
        }
    }

    private static func mineCondition(_ mine: Bool) -> String {
        mine ? "(event.organizerID = :me OR rsvp.response = 'going')" : "1"
    }

    private static func signedInUserID(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT userID FROM account") ?? 0
    }

    /// One event, or nil when the store does not hold it.
    public func event(id: Int64) throws(StoreError) -> EventSummary? {
        try StoreError.mapping {
            try writer.read { db in
                try Row.fetchOne(db, sql: Self.summarySQL(where: "event.id = :id"), arguments: ["id": id]).map(Self.summary)
            }
        }
    }

    /// When each event that starts in `[from, end)` starts, earliest first: what a month grid needs
    /// to mark its days and count their events.
    public func eventStarts(from: Date, before end: Date) throws(StoreError) -> [Date] {
        try StoreError.mapping {
            try writer.read { db in
                try Date.fetchAll(db, sql: "SELECT startsAt FROM event WHERE startsAt >= ? AND startsAt < ? ORDER BY startsAt",
                                  arguments: [from, end])
            }
        }
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
