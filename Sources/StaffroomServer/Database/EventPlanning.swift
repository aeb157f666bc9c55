import Foundation
import GRDB
import StaffroomProtocol

/// Creating and editing events, and changing single occurrences of a series, with the rules of who
/// may: mentors, moderators and admins plan events; any other member proposes one, which an
/// organizer approves (`EventBook.mark`). The organizer edits their event (a proposer only while it
/// is a proposal); moderators and admins edit any.
struct EventPlanning {
    let db: Database
    let user: User
    let now: Date

    /// Adds the event the draft describes, organized by the member: planned, or proposed.
    func create(_ draft: EventDraft) throws -> Int64 {
        try check(draft)
        let event = Event(id: 0, title: draft.title.trimmingCharacters(in: .whitespacesAndNewlines), kind: draft.kind,
                          description: draft.description, organizerID: user.id, startsAt: draft.startsAt, endsAt: draft.endsAt,
                          timeZone: draft.timeZone, place: draft.place, link: draft.link, subjects: draft.subjects,
                          grades: draft.grades, capacity: draft.capacity, topicID: draft.topicID,
                          status: user.role.organizesEvents ? .planned : .proposed, recurrence: draft.recurrence,
                          slotMinutes: draft.slotMinutes, resourceIDs: draft.resourceIDs)
        return try EventBook(db: db).add(event)
    }

    /// Replaces the fields of an event with the draft's. A series keeps the changes of those
    /// occurrences its new rule still has. Members keep their places when the capacity shrinks;
    /// when it grows, those waiting move up.
    func edit(_ eventID: Int64, with draft: EventDraft) throws {
        var event = try editableEvent(eventID)
        try check(draft)
        let changes = event.occurrenceChanges
        event.title = draft.title.trimmingCharacters(in: .whitespacesAndNewlines)
        event.kind = draft.kind
        event.description = draft.description
        event.startsAt = draft.startsAt
        event.endsAt = draft.endsAt
        event.timeZone = draft.timeZone
        event.place = draft.place
        event.link = draft.link
        event.subjects = draft.subjects
        event.grades = draft.grades
        event.capacity = draft.capacity
        event.topicID = draft.topicID
        event.recurrence = draft.recurrence
        event.slotMinutes = draft.slotMinutes
        event.resourceIDs = draft.resourceIDs
        event.occurrenceChanges = []
        event.occurrenceChanges = changes.filter { Self.isDue(event, at: $0.occurrence) }
        try requireBookingsFit(event)
        try EventBook(db: db).update(event)
    }

    /// Cancels, moves or restores one occurrence of a planned series.
    func changeOccurrence(of eventID: Int64, _ change: OccurrenceChange) throws {
        var event = try editableEvent(eventID)
        guard event.recurrence != nil, Self.isDue(event, at: change.occurrence) else {
            throw MutationRefusal(.notFound, "The series has no occurrence at that time.")
        }
        if change.cancelled && (change.startsAt != nil || change.endsAt != nil) {
            throw MutationRefusal(.invalid, "An occurrence is either cancelled or moved, not both.")
        }
        if let start = change.startsAt {
            let end = change.endsAt ?? start.addingTimeInterval(event.endsAt.timeIntervalSince(event.startsAt))
            guard end > start else { throw MutationRefusal(.invalid, EventDraftProblem.endsBeforeStart.message) }
            guard end.timeIntervalSince(start) <= EventLimits.longestDuration else {
                throw MutationRefusal(.invalid, EventDraftProblem.lastsTooLong.message)
            }
        } else if change.endsAt != nil {
            throw MutationRefusal(.invalid, "A moved occurrence needs its new start.")
        }
        event.occurrenceChanges.removeAll { $0.occurrence == change.occurrence }
        if change.cancelled || change.startsAt != nil { event.occurrenceChanges.append(change) }
        event.occurrenceChanges.sort { $0.occurrence < $1.occurrence }
        try requireBookingsFit(event)
        try EventBook(db: db).update(event)
    }

    /// Refuses a change that would leave a booked consultation slot still to come outside the event's slots.
    private func requireBookingsFit(_ event: Event) throws {
        let booked = try Date.fetchAll(db, sql: "SELECT slot FROM booking WHERE eventID = ? AND NOT cancelled AND slot > ?",
                                       arguments: [event.id, now])
        guard booked.allSatisfy({ event.occurrence(withSlotAt: $0) != nil }) else {
            throw MutationRefusal(.invalid, "Members booked slots the new times would no longer have: cancel those bookings first.")
        }
    }

    /// Refuses a draft with a problem, or one linked to a topic the member cannot see.
    private func check(_ draft: EventDraft) throws {
        if let problem = draft.problems(now: now).first { throw MutationRefusal(.invalid, problem.message) }
        for resourceID in Set(draft.resourceIDs) {
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM resource WHERE id = ?", arguments: [resourceID]) == 1 else {
                throw MutationRefusal(.notFound, "A linked resource is not in the library.")
            }
        }
        if let topicID = draft.topicID {
            guard let forumID = try Int64.fetchOne(db, sql: "SELECT forumID FROM topic WHERE id = ?", arguments: [topicID]),
                  try ForumVisibility.canSee(forumID: forumID, userID: user.id, in: db) else {
                throw MutationRefusal(.notFound, "The discussion topic no longer exists.")
            }
        }
    }

    /// The event, when it exists, the member may change it, and it is planned or proposed.
    private func editableEvent(_ eventID: Int64) throws -> Event {
        guard let event = try EventBook(db: db).event(eventID) else { throw MutationRefusal(.notFound, "The event no longer exists.") }
        try requireEditor(of: event)
        guard event.status == .planned || event.status == .proposed else {
            throw MutationRefusal(.eventClosed, "A held, cancelled or declined event cannot be changed.")
        }
        return event
    }

    private func requireEditor(of event: Event) throws {
        let isOrganizer = event.organizerID == user.id
        let allowed = user.role == .moderator || user.role == .admin
            || (isOrganizer && (user.role.organizesEvents || event.status.isProposal))
        guard allowed else {
            throw MutationRefusal(.forbidden, "Only the event's organizer, moderators and admins may change it.")
        }
    }

    /// Whether the series' rule (changes aside) has an occurrence due at `date`.
    private static func isDue(_ event: Event, at date: Date) -> Bool {
        var rule = event
        rule.occurrenceChanges = []
        return rule.occurrences(from: date, before: date.addingTimeInterval(1), limit: 1).first?.due == date
    }
}
