import Foundation
import GRDB
import StaffroomProtocol

extension ClientStore {
    /// Notes in the feed the reminders now due: a day before each event (or meeting of a series,
    /// or booked consultation slot) the member goes to, and an hour before. Only the nearer one is
    /// noted when both are due (a place taken within the hour); each once.
    public func noteDueReminders(now: Date) throws(StoreError) {
        try StoreError.mapping {
            try writer.write { db in
                guard let me = try Account.fetchOne(db)?.userID else { return }
                let horizon = now.addingTimeInterval(FeedLimits.reminderLeads[0])
                var starts: [(eventID: Int64, organizerID: Int64, start: Date)] = []
                let going = try Event.fetchAll(db, sql: """
                    SELECT event.* FROM event JOIN rsvp ON rsvp.eventID = event.id
                    WHERE event.status = 'planned' AND rsvp.response = 'going' AND rsvp.waitingPosition IS NULL
                      AND (event.recurrence IS NOT NULL OR (event.startsAt > ? AND event.startsAt <= ?))
                    """, arguments: [now, horizon])
                for event in going {
                    let meetings = event.recurrence == nil ? [event.startsAt]
                        : event.occurrences(from: now.addingTimeInterval(1), before: horizon.addingTimeInterval(1), limit: 4).map(\.startsAt)
                    starts += meetings.map { (event.id, event.organizerID, $0) }
                }
                for row in try Row.fetchAll(db, sql: """
                    SELECT booking.eventID, booking.slot, event.organizerID FROM booking JOIN event ON event.id = booking.eventID
                    WHERE booking.bookerID = ? AND NOT booking.cancelled AND event.status = 'planned' AND booking.slot > ? AND booking.slot <= ?
                    """, arguments: [me, now, horizon]) {
                    starts.append((row["eventID"], row["organizerID"], row["slot"]))
                }
                for (eventID, organizerID, start) in starts {
                    guard let lead = FeedLimits.reminderLeads.last(where: { start.addingTimeInterval(-$0) <= now }) else { continue }
                    let label = FeedLimits.reminderLabel(lead)
                    try db.execute(sql: """
                        INSERT OR IGNORE INTO feedEvent (kind, refID, eventID, actorID, detail, stamp, occurredAt) VALUES ('reminder', ?, ?, ?, ?, ?, ?)
                        """, arguments: [eventID, eventID, organizerID, label, "\(label)@\(Int(start.timeIntervalSince1970))",
                                         start.addingTimeInterval(-lead)])
                }
            }
        }
    }
}
