import Foundation
import GRDB
import Hummingbird
import StaffroomProtocol

/// `GET /v1/events/{id}/participants`: who answered an event, for its organizer, moderators and
/// admins; anyone else is refused (403).
struct EventRoutes {
    let database: ServerDatabase

    func register(on group: RouterGroup<ServerRequestContext>) {
        group.get("/v1/events/:id/participants") { request, context in
            guard let eventID = context.parameters.get("id", as: Int64.self) else { throw APIError(.notFound, "No such event.") }
            let user = try context.requireUser()
            return try JSONResponse.make(try database.participants(eventID: eventID, for: user), for: request)
        }
    }
}

extension ServerDatabase {
    /// Everyone who answered an event: those with a place in the order they answered, then the
    /// waiting list in order, then maybe, then not going.
    func participants(eventID: Int64, for user: User) throws -> EventParticipants {
        try writer.read { db in
            guard let organizerID = try Int64.fetchOne(db, sql: "SELECT organizerID FROM event WHERE id = ?", arguments: [eventID]) else {
                throw APIError(.notFound, "No such event.")
            }
            guard organizerID == user.id || user.role == .moderator || user.role == .admin else {
                throw APIError(.forbidden, "Only the event's organizer, moderators and admins see who comes.")
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT rsvp.userID, user.displayName, user.school, rsvp.response, rsvp.ticket,
                       \(EventBook.waitingPositionSQL) AS waitingPosition
                FROM rsvp JOIN user ON user.id = rsvp.userID
                WHERE rsvp.eventID = ?
                ORDER BY CASE WHEN rsvp.response = 'going' AND rsvp.ticket IS NULL THEN 0
                              WHEN rsvp.ticket IS NOT NULL THEN 1
                              WHEN rsvp.response = 'maybe' THEN 2 ELSE 3 END,
                         rsvp.ticket, rsvp.id
                """, arguments: [eventID])
            return EventParticipants(eventID: eventID, participants: rows.map { row in
                Participant(userID: row["userID"], displayName: row["displayName"], school: row["school"],
                            response: EventResponse(rawValue: row["response"]) ?? .maybe, waitingPosition: row["waitingPosition"])
            })
        }
    }
}
