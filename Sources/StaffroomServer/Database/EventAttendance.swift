import Foundation
import GRDB
import StaffroomProtocol

/// Attendance at an event, recorded by its organizer (or a moderator or admin) once an occurrence
/// has begun, among the members who answered it (or booked one of its slots), and the certificates it gives: one per attendee
/// and occurrence, with a code anyone can check. Taking someone off the list revokes theirs (a
/// cancelled event's list can still be corrected); putting them back restores the same code.
struct EventAttendance {
    let db: Database
    let user: User
    let now: Date

    /// The most attendees one occurrence may have recorded.
    static let largestList = 10_000

    /// Makes `attendees` the list of who attended the occurrence due at `occurrence`.
    func record(eventID: Int64, occurrence due: Date, attendees: [Int64]) throws {
        guard let event = try EventBook(db: db).event(eventID) else { throw MutationRefusal(.notFound, "The event no longer exists.") }
        guard event.organizerID == user.id || user.role == .moderator || user.role == .admin else {
            throw MutationRefusal(.forbidden, "Only the event's organizer, moderators and admins record attendance.")
        }
        guard !event.status.isProposal else { throw MutationRefusal(.eventClosed, "A proposal has no attendance.") }
        guard let occurrence = Self.occurrence(of: event, due: due) else {
            throw MutationRefusal(.notFound, "The event has no occurrence at that time.")
        }
        guard occurrence.startsAt <= now else {
            throw MutationRefusal(.eventNotStarted, "Attendance is recorded once the event has begun.")
        }
        let wanted = Set(attendees)
        guard wanted.count <= Self.largestList else {
            throw MutationRefusal(.invalid, "At most \(Self.largestList) attendees may be recorded.")
        }
        let places = wanted.map { _ in "?" }.joined(separator: ",")
        let answered = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM (SELECT userID FROM rsvp WHERE eventID = ? AND userID IN (\(places))
                                  UNION
                                  SELECT userID FROM booking WHERE eventID = ? AND NOT cancelled AND slot >= ? AND slot < ?
                                                               AND userID IN (\(places)))
            """, arguments: answeredArguments(eventID: eventID, members: Array(wanted), occurrence: occurrence)) ?? 0
        guard wanted.isEmpty || answered == wanted.count else {
            throw MutationRefusal(.notFound, "An attendee did not answer the event (or book a slot of it): the list is of those who did.")
        }
        let before = Set(try Int64.fetchAll(db, sql: "SELECT userID FROM attendance WHERE eventID = ? AND occurrence = ?",
                                            arguments: [eventID, occurrence.due]))
        for member in wanted.subtracting(before) {
            try db.execute(sql: "INSERT INTO attendance (eventID, occurrence, userID) VALUES (?, ?, ?)",
                           arguments: [eventID, occurrence.due, member])
            try issueCertificate(to: member, for: event, at: occurrence)
        }
        for member in before.subtracting(wanted) {
            try db.execute(sql: "DELETE FROM attendance WHERE eventID = ? AND occurrence = ? AND userID = ?",
                           arguments: [eventID, occurrence.due, member])
            try setRevoked(true, member: member, eventID: eventID, occurrence: occurrence.due)
        }
        if event.recurrence == nil && event.status == .planned && !wanted.isEmpty { try EventBook(db: db).setStatus(.held, of: eventID) }
    }

    /// The arguments of the query of who among `members` answered the event or booked a slot of the occurrence.
    private func answeredArguments(eventID: Int64, members: [Int64], occurrence: Occurrence) -> StatementArguments {
        var values: [any DatabaseValueConvertible] = [eventID]
        values += members.map { $0 as any DatabaseValueConvertible }
        values += [eventID, occurrence.startsAt, occurrence.endsAt] as [any DatabaseValueConvertible]
        values += members.map { $0 as any DatabaseValueConvertible }
        return StatementArguments(values)
    }

    /// The occurrence of `event` due at `due`: a single event's own time, or one of its series' (moved or not).
    static func occurrence(of event: Event, due: Date) -> Occurrence? {
        guard event.recurrence != nil else {
            return due == event.startsAt ? Occurrence(due: due, startsAt: event.startsAt, endsAt: event.endsAt) : nil
        }
        let reach = 400 * 86_400.0
        return event.occurrences(from: due.addingTimeInterval(-reach), before: due.addingTimeInterval(reach), limit: 5_000)
            .first { $0.due == due }
    }

    /// A new certificate (or the revoked one given back), stating the event as it is now.
    private func issueCertificate(to member: Int64, for event: Event, at occurrence: Occurrence) throws {
        if try setRevoked(false, member: member, eventID: event.id, occurrence: occurrence.due) { return }
        let holder = try Row.fetchOne(db, sql: "SELECT displayName, school FROM user WHERE id = ?", arguments: [member])
        let organizer = try String.fetchOne(db, sql: "SELECT displayName FROM user WHERE id = ?", arguments: [event.organizerID]) ?? ""
        let network = try String.fetchOne(db, sql: "SELECT name FROM community LIMIT 1") ?? ""
        try db.execute(sql: """
            INSERT INTO certificate (code, eventID, occurrence, userID, holderName, holderSchool, eventTitle, kind, organizerName,
                                     startsAt, endsAt, timeZone, networkName, issuedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [CertificateCode.random(), event.id, occurrence.due, member, holder?["displayName"] as String? ?? "",
                             holder?["school"] as String? ?? "", event.title, event.kind.rawValue, organizer, occurrence.startsAt,
                             occurrence.endsAt, event.timeZone, network, now])
        try ChangeLog.record(.certificate, id: db.lastInsertedRowID, onlyFor: member, in: db)
    }

    /// Revokes (or restores) a member's certificate for an occurrence and tells them; false when there is none.
    @discardableResult
    private func setRevoked(_ revoked: Bool, member: Int64, eventID: Int64, occurrence: Date) throws -> Bool {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM certificate WHERE eventID = ? AND occurrence = ? AND userID = ?",
                                          arguments: [eventID, occurrence, member]) else { return false }
        try db.execute(sql: "UPDATE certificate SET revoked = ? WHERE id = ?", arguments: [revoked, id])
        try ChangeLog.record(.certificate, id: id, onlyFor: member, in: db)
        return true
    }
}
