import Foundation
import GRDB
import StaffroomProtocol

/// Events and members' answers to them, inside one write transaction: places up to the capacity,
/// then a waiting list that moves up in the order members answered. SQLite runs one writer at a
/// time, so answers sent at the same moment can never give out more places than there are.
struct EventBook {
    let db: Database

    /// Adds an event (its counters start at zero) and logs it. Its times, those of its rule and of
    /// its changed occurrences included, are kept to whole seconds, as the protocol sends every date.
    func add(_ event: Event) throws -> Int64 {
        let event = Self.inWholeSeconds(event)
        try db.execute(sql: """
            INSERT INTO event (title, kind, description, organizerID, startsAt, endsAt, timeZone, place, link, subjects,
                               grades, capacity, topicID, status, goingCount, waitingCount, recurrence, occurrenceChanges, slotMinutes,
                               resourceIDs)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?)
            """, arguments: [event.title, event.kind.rawValue, event.description, event.organizerID, event.startsAt,
                             event.endsAt, event.timeZone, event.place, event.link, try JSONColumn.text(event.subjects),
                             try JSONColumn.text(event.grades), event.capacity, event.topicID, event.status.rawValue,
                             try event.recurrence.map(JSONColumn.text), try JSONColumn.text(event.occurrenceChanges), event.slotMinutes,
                             try JSONColumn.text(event.resourceIDs)])
        let id = db.lastInsertedRowID
        try ChangeLog.record(.event, id: id, in: db)
        return id
    }

    /// Writes the fields a person sets (`EventDraft`'s) and the occurrence changes of an event;
    /// then gives any places a larger capacity frees to those waiting, and logs it.
    func update(_ event: Event) throws {
        let event = Self.inWholeSeconds(event)
        try db.execute(sql: """
            UPDATE event SET title = ?, kind = ?, description = ?, startsAt = ?, endsAt = ?, timeZone = ?, place = ?, link = ?,
                             subjects = ?, grades = ?, capacity = ?, topicID = ?, recurrence = ?, occurrenceChanges = ?, slotMinutes = ?,
                             resourceIDs = ?
            WHERE id = ?
            """, arguments: [event.title, event.kind.rawValue, event.description, event.startsAt, event.endsAt, event.timeZone,
                             event.place, event.link, try JSONColumn.text(event.subjects), try JSONColumn.text(event.grades), event.capacity,
                             event.topicID, try event.recurrence.map(JSONColumn.text), try JSONColumn.text(event.occurrenceChanges),
                             event.slotMinutes, try JSONColumn.text(event.resourceIDs), event.id])
        let before = try waitingLine(event.id)
        try fillFreePlaces(event.id)
        let after = try waitingLine(event.id)
        for member in before where before.firstIndex(of: member) != after.firstIndex(of: member) {
            try logAnswer(userID: member, eventID: event.id)
        }
        try recount(event.id)
    }

    /// An event as it is stored, if it exists.
    func event(_ id: Int64) throws -> Event? {
        try EntityRow<Event>.fetchOne(db, sql: "SELECT * FROM event WHERE id = ?", arguments: [id])?.entity
    }

    /// Writes the starts of the slots booked and not cancelled into the event (all members see which
    /// are taken), and logs it.
    func recountBookedSlots(_ eventID: Int64) throws {
        let slots = try Date.fetchAll(db, sql: "SELECT slot FROM booking WHERE eventID = ? AND NOT cancelled ORDER BY slot",
                                      arguments: [eventID])
        try db.execute(sql: "UPDATE event SET bookedSlots = ? WHERE id = ?", arguments: [try JSONColumn.text(slots), eventID])
        try ChangeLog.record(.event, id: eventID, in: db)
    }

    private static func inWholeSeconds(_ event: Event) -> Event {
        let whole = { (date: Date) in Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)) }
        var copy = event
        copy.startsAt = whole(event.startsAt)
        copy.endsAt = whole(event.endsAt)
        copy.recurrence?.until = event.recurrence?.until.map(whole)
        copy.occurrenceChanges = event.occurrenceChanges.map { change in
            OccurrenceChange(occurrence: whole(change.occurrence), cancelled: change.cancelled, startsAt: change.startsAt.map(whole),
                             endsAt: change.endsAt.map(whole))
        }
        return copy
    }

    /// Records a member's answer. Going to a full event (or one others already wait for) joins the
    /// end of its waiting list; answering going again keeps one's place. Leaving frees a place for
    /// the first in line. Every member whose place or position changed is sent their answer again.
    func respond(userID: Int64, eventID: Int64, response: EventResponse, now: Date) throws {
        guard let event = try event(eventID) else {
            throw MutationRefusal(.notFound, "The event no longer exists.")
        }
        switch event.status {
        case .cancelled: throw MutationRefusal(.eventClosed, "The event was cancelled.")
        case .held: throw MutationRefusal(.eventClosed, "The event has already taken place.")
        case .proposed: throw MutationRefusal(.eventClosed, "The event is a proposal no organizer has approved yet.")
        case .declined: throw MutationRefusal(.eventClosed, "The proposal was declined.")
        case .planned: break
        }
        guard Self.hasNotEnded(event, at: now) else { throw MutationRefusal(.eventClosed, "The event is over.") }
        guard event.slotMinutes == nil else {
            throw MutationRefusal(.eventClosed, "The consultation is booked by slots: book a slot instead of answering.")
        }

        let before = try waitingLine(eventID)
        let previous = try Row.fetchOne(db, sql: "SELECT response, ticket FROM rsvp WHERE userID = ? AND eventID = ?",
                                        arguments: [userID, eventID])
        let wasGoing = previous.map { ($0["response"] as String) == EventResponse.going.rawValue } ?? false
        var ticket: Int64?
        if response == .going {
            if wasGoing {
                ticket = previous?["ticket"]
            } else if try !hasFreePlace(eventID) || !before.isEmpty {
                ticket = (try Int64.fetchOne(db, sql: "SELECT MAX(ticket) FROM rsvp WHERE eventID = ?", arguments: [eventID]) ?? 0) + 1
            }
        }
        try db.execute(sql: """
            INSERT INTO rsvp (userID, eventID, response, ticket) VALUES (?, ?, ?, ?)
            ON CONFLICT(userID, eventID) DO UPDATE SET response = excluded.response, ticket = excluded.ticket
            """, arguments: [userID, eventID, response.rawValue, ticket])
        try fillFreePlaces(eventID)
        let after = try waitingLine(eventID)
        try logAnswer(userID: userID, eventID: eventID)
        for member in Set(before + after) where member != userID && before.firstIndex(of: member) != after.firstIndex(of: member) {
            try logAnswer(userID: member, eventID: eventID)
        }
        try recount(eventID)
    }

    /// The SQL of an answer's place in its event's waiting list (1 for the first), NULL when the
    /// member has a place or is not going; the query names the answer's row `rsvp`.
    static let waitingPositionSQL = """
        CASE WHEN rsvp.ticket IS NULL THEN NULL
             ELSE (SELECT COUNT(*) FROM rsvp AS ahead WHERE ahead.eventID = rsvp.eventID AND ahead.ticket <= rsvp.ticket)
        END
        """

    /// Whether an event (for a series, one of its occurrences) still ends after `now`.
    private static func hasNotEnded(_ event: Event, at now: Date) -> Bool {
        let longest = max(event.endsAt.timeIntervalSince(event.startsAt),
                          event.occurrenceChanges.compactMap { change in change.endsAt.map { $0.timeIntervalSince(change.startsAt ?? change.occurrence) } }
                              .max() ?? 0)
        return event.occurrences(from: now.addingTimeInterval(-longest), before: .distantFuture, limit: 8)
            .contains { $0.endsAt > now }
    }

    /// Changes an event's status, as the member's role allows: the organizer, a moderator or an
    /// admin marks it held (once it has begun), cancelled, or planned again; an organizer of events
    /// approves (plans) or declines a proposal, which its proposer may withdraw (decline), so it
    /// stays among proposals, never sent to all. Answers are kept.
    func mark(_ eventID: Int64, _ status: EventStatus, by user: User, now: Date) throws {
        guard let event = try Row.fetchOne(db, sql: "SELECT organizerID, startsAt, status FROM event WHERE id = ?", arguments: [eventID]),
              let current = EventStatus(rawValue: event["status"]) else {
            throw MutationRefusal(.notFound, "The event no longer exists.")
        }
        let isOrganizer = event["organizerID"] == user.id
        switch (current.isProposal, status) {
        case (_, .proposed):
            throw MutationRefusal(.forbidden, "An event cannot become a proposal again.")
        case (true, .planned):
            guard user.role.organizesEvents else {
                throw MutationRefusal(.forbidden, "Only mentors, moderators and admins approve proposed events.")
            }
        case (true, .declined):
            guard isOrganizer || user.role.organizesEvents else {
                throw MutationRefusal(.forbidden, "Only mentors, moderators and admins decline a proposal; its proposer may withdraw it.")
            }
        case (true, .cancelled), (true, .held):
            throw MutationRefusal(.forbidden, "A proposal is approved, declined or withdrawn (declined by its proposer), not held or cancelled.")
        case (false, .declined):
            throw MutationRefusal(.forbidden, "Only a proposed event can be declined.")
        case (false, _):
            guard isOrganizer || user.role == .moderator || user.role == .admin else {
                throw MutationRefusal(.forbidden, "Only the event's organizer, moderators and admins may mark it held or cancelled.")
            }
            guard status != .held || (event["startsAt"] as Date) <= now else {
                throw MutationRefusal(.eventNotStarted, "An event can be marked held only once it has begun.")
            }
        }
        try setStatus(status, of: eventID)
    }

    /// Marks an event held or cancelled (or planned again) and logs it.
    func setStatus(_ status: EventStatus, of eventID: Int64) throws {
        try db.execute(sql: "UPDATE event SET status = ? WHERE id = ?", arguments: [status.rawValue, eventID])
        try ChangeLog.record(.event, id: eventID, in: db)
    }

    /// Gives free places to those waiting, first come first served.
    private func fillFreePlaces(_ eventID: Int64) throws {
        while try hasFreePlace(eventID), let first = try Int64.fetchOne(db, sql: """
            SELECT id FROM rsvp WHERE eventID = ? AND ticket IS NOT NULL ORDER BY ticket LIMIT 1
            """, arguments: [eventID]) {
            try db.execute(sql: "UPDATE rsvp SET ticket = NULL WHERE id = ?", arguments: [first])
        }
    }

    private func hasFreePlace(_ eventID: Int64) throws -> Bool {
        guard let capacity = try Int.fetchOne(db, sql: "SELECT capacity FROM event WHERE id = ?", arguments: [eventID]) else {
            return true
        }
        return try placesTaken(eventID) < capacity
    }

    private func placesTaken(_ eventID: Int64) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM rsvp WHERE eventID = ? AND response = 'going' AND ticket IS NULL",
                         arguments: [eventID]) ?? 0
    }

    /// The members waiting for a place, first in line first.
    private func waitingLine(_ eventID: Int64) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT userID FROM rsvp WHERE eventID = ? AND ticket IS NOT NULL ORDER BY ticket",
                           arguments: [eventID])
    }

    private func logAnswer(userID: Int64, eventID: Int64) throws {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM rsvp WHERE userID = ? AND eventID = ?",
                                          arguments: [userID, eventID]) else { return }
        try ChangeLog.record(.rsvp, id: id, onlyFor: userID, in: db)
    }

    private func recount(_ eventID: Int64) throws {
        try db.execute(sql: """
            UPDATE event SET goingCount = (SELECT COUNT(*) FROM rsvp WHERE eventID = event.id AND response = 'going' AND ticket IS NULL),
                             waitingCount = (SELECT COUNT(*) FROM rsvp WHERE eventID = event.id AND ticket IS NOT NULL)
            WHERE id = ?
            """, arguments: [eventID])
        try ChangeLog.record(.event, id: eventID, in: db)
    }
}
