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
    /// most `limit`.
    public func events(from: Date, before end: Date, after key: EventKey? = nil, limit: Int) throws(StoreError) -> [EventSummary] {
        try StoreError.mapping {
            try writer.read { db in
                let rows = try Row.fetchAll(db, sql: Self.summarySQL(where: """
                    event.startsAt >= :from AND event.startsAt < :end
                      AND (:keyStart IS NULL OR event.startsAt > :keyStart OR (event.startsAt = :keyStart AND event.id > :keyID))
                    ORDER BY event.startsAt, event.id LIMIT :limit
                    """), arguments: ["from": from, "end": end, "keyStart": key?.startsAt, "keyID": key?.id ?? 0, "limit": limit])
                return try rows.map(Self.summary)
            }
        }
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
