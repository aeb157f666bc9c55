import Foundation
import GRDB
import StaffroomProtocol

/// Bookings of consultation slots, one member per slot: a member books a free slot of a planned
/// consultation with a question, and they, the organizer or a moderator cancel it. Each booking is
/// logged for its member and the organizer; the event, with the slots taken, for everyone.
struct ConsultationBook {
    let db: Database
    let user: User
    let now: Date

    /// Books `slot` of `eventID` for the member.
    func book(eventID: Int64, slot: Date, question: String) throws -> Int64 {
        let event = try consultation(eventID)
        guard event.status == .planned else { throw MutationRefusal(.eventClosed, "The consultation takes no bookings.") }
        guard event.organizerID != user.id else { throw MutationRefusal(.forbidden, "The organizer does not book their own consultation.") }
        guard event.occurrence(withSlotAt: slot) != nil else { throw MutationRefusal(.notFound, "The consultation has no slot at that time.") }
        guard slot > now else { throw MutationRefusal(.eventClosed, "That slot has begun or is over.") }
        let text = question.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw MutationRefusal(.empty, "A booking needs the question to discuss.") }
        guard text.count <= EventLimits.questionLength else {
            throw MutationRefusal(.tooLong, "The question is longer than \(EventLimits.questionLength) characters.")
        }
        guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM booking WHERE eventID = ? AND slot = ? AND NOT cancelled",
                               arguments: [eventID, slot]) == 0 else {
            throw MutationRefusal(.slotTaken, "Someone else booked that slot first.")
        }
        try db.execute(sql: "INSERT INTO booking (eventID, slot, userID, question, createdAt) VALUES (?, ?, ?, ?, ?)",
                       arguments: [eventID, slot, user.id, text, now])
        let id = db.lastInsertedRowID
        try ChangeLog.record(.booking, id: id, onlyFor: user.id, alsoFor: event.organizerID, in: db)
        try EventBook(db: db).recountBookedSlots(eventID)
        return id
    }

    /// Cancels a live booking: its slot is free again.
    func cancel(bookingID: Int64) throws {
        guard let booking = try Row.fetchOne(db, sql: "SELECT id, userID, eventID FROM booking WHERE id = ? AND NOT cancelled",
                                             arguments: [bookingID]) else {
            throw MutationRefusal(.notFound, "The booking no longer stands.")
        }
        let eventID: Int64 = booking["eventID"]
        let event = try consultation(eventID)
        let booker: Int64 = booking["userID"]
        guard booker == user.id || event.organizerID == user.id || user.role == .moderator || user.role == .admin else {
            throw MutationRefusal(.forbidden, "Only the member who booked, the organizer and moderators cancel a booking.")
        }
        let id: Int64 = booking["id"]
        try db.execute(sql: "UPDATE booking SET cancelled = 1 WHERE id = ?", arguments: [id])
        try ChangeLog.record(.booking, id: id, onlyFor: booker, alsoFor: event.organizerID, in: db)
        try EventBook(db: db).recountBookedSlots(eventID)
    }

    private func consultation(_ eventID: Int64) throws -> Event {
        guard let event = try EventBook(db: db).event(eventID) else { throw MutationRefusal(.notFound, "The event no longer exists.") }
        guard event.slotMinutes != nil else { throw MutationRefusal(.notFound, "The event is not booked by slots.") }
        return event
    }
}
