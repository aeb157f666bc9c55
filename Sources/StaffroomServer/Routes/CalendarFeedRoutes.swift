import Foundation
import GRDB
import Hummingbird
import StaffroomICalendar
import StaffroomProtocol

/// The member's calendar subscription: `GET`/`POST /v1/calendar-feed` (signed in) give the secret
/// address, made on first use or anew; `GET /v1/calendars/{token}.ics` (open, as calendar programs
/// fetch it) serves the events the member organizes or goes to as an iCalendar file.
struct CalendarFeedRoutes {
    let database: ServerDatabase

    /// The signed-in routes.
    func register(on group: RouterGroup<ServerRequestContext>) {
        group.get(RouterPath(WireFormat.calendarFeedPath)) { request, context in
            let user = try context.requireUser()
            return try JSONResponse.make(try database.calendarFeed(for: user.id, renewing: false), for: request)
        }
        group.post(RouterPath(WireFormat.calendarFeedPath)) { request, context in
            let user = try context.requireUser()
            return try JSONResponse.make(try database.calendarFeed(for: user.id, renewing: true), for: request)
        }
    }

    /// The open route calendar programs fetch.
    func register(on router: Router<ServerRequestContext>) {
        router.get("/v1/calendars/:file") { request, context in
            let file = context.parameters.get("file") ?? ""
            let token = file.hasSuffix(".ics") ? String(file.dropLast(4)) : file
            guard let document = try database.calendarDocument(token: token, uidDomain: request.head.authority ?? "staffroom") else {
                throw APIError(.notFound, "No calendar has this address; the member may have made a new one.")
            }
            var headers = HTTPFields()
            headers[.contentType] = "text/calendar; charset=utf-8"
            headers[.cacheControl] = "private, max-age=300"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: document)))
        }
    }
}

extension ServerDatabase {
    /// The member's subscription: the one they have, or a new one (made when asked, or when there is none).
    func calendarFeed(for userID: Int64, renewing: Bool) throws -> CalendarFeed {
        try writer.write { db in
            var token = try String.fetchOne(db, sql: "SELECT token FROM calendarFeed WHERE userID = ?", arguments: [userID])
            if token == nil || renewing {
                var generator = SystemRandomNumberGenerator()
                let fresh = (0..<20).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
                try db.execute(sql: """
                    INSERT INTO calendarFeed (userID, token) VALUES (?, ?) ON CONFLICT (userID) DO UPDATE SET token = excluded.token
                    """, arguments: [userID, fresh])
                token = fresh
            }
            return CalendarFeed(path: WireFormat.calendarPath(token ?? ""))
        }
    }

    /// The calendar of the member whose subscription has this token: the events they organize,
    /// answered "going" to or booked a consultation slot of (their own proposals too), in the
    /// organizers' zones; nil for an unknown token.
    func calendarDocument(token: String, uidDomain: String) throws -> String? {
        try writer.read { db in
            guard !token.isEmpty,
                  let userID = try Int64.fetchOne(db, sql: "SELECT userID FROM calendarFeed WHERE token = ?", arguments: [token]) else {
                return nil
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT event.*, organizer.displayName AS organizerName FROM event JOIN user AS organizer ON organizer.id = event.organizerID
                WHERE event.organizerID = :me
                   OR (event.status NOT IN ('proposed', 'declined')
                       AND (EXISTS (SELECT 1 FROM rsvp WHERE rsvp.eventID = event.id AND rsvp.userID = :me AND rsvp.response = 'going')
                            OR EXISTS (SELECT 1 FROM booking WHERE booking.eventID = event.id AND booking.userID = :me
                                                                AND NOT booking.cancelled)))
                ORDER BY event.startsAt, event.id
                """, arguments: ["me": userID])
            let events = try rows.map { row in
                ExportedEvent(event: try EntityRow<Event>(row: row).entity, organizerName: row["organizerName"])
            }
            let name = try String.fetchOne(db, sql: "SELECT name FROM community LIMIT 1") ?? "Staffroom"
            return CalendarExport.document(events, host: uidDomain, name: name, now: Date())
        }
    }
}
