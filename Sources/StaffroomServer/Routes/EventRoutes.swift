import Foundation
import GRDB
import Hummingbird
import StaffroomProtocol

/// `GET /v1/events/{id}/participants?occurrence=`: who answered an event and who attended the
/// occurrence, for its organizer, moderators and admins; anyone else is refused (403).
/// `GET /v1/stats/events?months=`: the network's events month by month, for any member.
struct EventRoutes {
    let database: ServerDatabase

    func register(on group: RouterGroup<ServerRequestContext>) {
        group.get("/v1/events/:id/participants") { request, context in
            guard let eventID = context.parameters.get("id", as: Int64.self) else { throw APIError(.notFound, "No such event.") }
            let user = try context.requireUser()
            let occurrence = try request.uri.queryParameters.get("occurrence").map { text in
                guard let seconds = Int64(text), (0...253_402_300_799).contains(seconds) else {
                    throw APIError(.badRequest, "occurrence must be whole seconds since 1970, before the year 10000.")
                }
                return Date(timeIntervalSince1970: TimeInterval(seconds))
            }
            return try JSONResponse.make(try database.participants(eventID: eventID, occurrence: occurrence, for: user), for: request)
        }
        group.get(RouterPath(WireFormat.eventStatisticsPath)) { request, context in
            _ = try context.requireUser()
            let months = try request.uri.queryParameters.get("months").map { text in
                guard let months = Int(text), EventStatistics.months.contains(months) else {
                    throw APIError(.badRequest, "months must be a whole number from 1 to \(EventStatistics.months.upperBound).")
                }
                return months
            } ?? 12
            let statistics = try database.writer.read { db in try EventStatisticsReader(db: db, now: Date()).read(months: months) }
            return try JSONResponse.make(statistics, for: request)
        }
    }
}

extension ServerDatabase {
    /// Everyone who answered an event: those with a place in the order they answered, then the
    /// waiting list in order, then maybe, then not going; each marked when they attended the
    /// occurrence due at `occurrence` (by default the event's first).
    func participants(eventID: Int64, occurrence: Date?, for user: User) throws -> EventParticipants {
        try writer.read { db in
            guard let event = try Row.fetchOne(db, sql: "SELECT organizerID, startsAt FROM event WHERE id = ?", arguments: [eventID]) else {
                throw APIError(.notFound, "No such event.")
            }
            let organizerID: Int64 = event["organizerID"]
            let due: Date = occurrence ?? event["startsAt"]
            guard organizerID == user.id || user.role == .moderator || user.role == .admin else {
                throw APIError(.forbidden, "Only the event's organizer, moderators and admins see who comes.")
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT rsvp.userID, user.displayName, user.school, rsvp.response, rsvp.ticket,
                       \(EventBook.waitingPositionSQL) AS waitingPosition,
                       EXISTS (SELECT 1 FROM attendance WHERE attendance.eventID = rsvp.eventID AND attendance.occurrence = ?
                                                          AND attendance.userID = rsvp.userID) AS attended
                FROM rsvp JOIN user ON user.id = rsvp.userID
                WHERE rsvp.eventID = ?
                ORDER BY CASE WHEN rsvp.response = 'going' AND rsvp.ticket IS NULL THEN 0
                              WHEN rsvp.ticket IS NOT NULL THEN 1
                              WHEN rsvp.response = 'maybe' THEN 2 ELSE 3 END,
                         rsvp.ticket, rsvp.id
                """, arguments: [due, eventID])
            let answered = rows.map { row in
                Participant(userID: row["userID"], displayName: row["displayName"], school: row["school"],
                            response: EventResponse(rawValue: row["response"]) ?? .maybe, waitingPosition: row["waitingPosition"],
                            attended: row["attended"])
            }
            let listed = Set(answered.map(\.userID))
            let booked = try bookers(of: eventID, at: due, in: db).filter { !listed.contains($0.userID) }
            return EventParticipants(eventID: eventID, occurrence: due, participants: answered + booked)
        }
    }

    /// For a consultation by slots: the members who booked a slot of the occurrence due at `due`,
    /// once each, in the order of their first slots, as going (a consultation takes no answers).
    private func bookers(of eventID: Int64, at due: Date, in db: Database) throws -> [Participant] {
        guard let event = try EventBook(db: db).event(eventID), event.slotMinutes != nil,
              let occurrence = EventAttendance.occurrence(of: event, due: due) else { return [] }
        return try Row.fetchAll(db, sql: """
            SELECT booking.userID, user.displayName, user.school,
                   EXISTS (SELECT 1 FROM attendance WHERE attendance.eventID = booking.eventID AND attendance.occurrence = ?
                                                      AND attendance.userID = booking.userID) AS attended
            FROM booking JOIN user ON user.id = booking.userID
            WHERE booking.eventID = ? AND NOT booking.cancelled AND booking.slot >= ? AND booking.slot < ?
            GROUP BY booking.userID ORDER BY MIN(booking.slot)
            """, arguments: [due, eventID, occurrence.startsAt, occurrence.endsAt]).map { row in
            Participant(userID: row["userID"], displayName: row["displayName"], school: row["school"], response: .going,
                        attended: row["attended"])
        }
    }
}
