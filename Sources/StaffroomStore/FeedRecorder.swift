import Foundation
import GRDB
import StaffroomProtocol

/// Notes, as a sync brings them, the feed entries the synced tables cannot tell afterwards: an
/// event the member goes to changed (its stored copy is about to be replaced), and a booking of
/// one of their consultations was made or cancelled. Called before the change is stored.
enum FeedRecorder {
    /// An event arrives: when the member answered it going or maybe and its time, place or status
    /// differ from the stored copy, the feed says what changed.
    static func eventArriving(_ event: Event, at date: Date, in db: Database) throws {
        try noteIfNew(event, at: date, in: db)
        guard let response = try String.fetchOne(db, sql: "SELECT response FROM rsvp WHERE eventID = ?", arguments: [event.id]),
              response != EventResponse.notGoing.rawValue,
              let before = try Event.fetchOne(db, key: event.id) else { return }
        var changed: [String] = []
        if before.startsAt != event.startsAt || before.endsAt != event.endsAt || before.timeZone != event.timeZone { changed.append("time") }
        if before.place != event.place || before.link != event.link { changed.append("place") }
        if before.status != event.status { changed.append("status:" + event.status.rawValue) }
        if before.recurrence != event.recurrence || before.occurrenceChanges != event.occurrenceChanges { changed.append("series") }
        guard !changed.isEmpty else { return }
        try db.execute(sql: """
            INSERT OR IGNORE INTO feedEvent (kind, refID, eventID, actorID, detail, stamp, occurredAt)
            VALUES ('event_changed', ?, ?, ?, ?, ?, ?)
            """, arguments: [event.id, event.id, event.organizerID, changed.joined(separator: " "), Self.stamp(event), date])
    }

    /// An event the device has not seen arrives after a first whole sync: news, if it is still to
    /// come and open to all (the feed shows it when it matches the member's profile).
    private static func noteIfNew(_ event: Event, at date: Date, in db: Database) throws {
        guard event.status == .planned, event.endsAt > date || event.recurrence != nil,
              try Event.fetchOne(db, key: event.id) == nil,
              try Date.fetchOne(db, sql: "SELECT lastSyncAt FROM syncState") != nil,
              let me = try Account.fetchOne(db)?.userID, event.organizerID != me else { return }
        try db.execute(sql: """
            INSERT OR IGNORE INTO feedEvent (kind, refID, eventID, actorID, detail, stamp, occurredAt) VALUES ('new_event', ?, ?, ?, '', '', ?)
            """, arguments: [event.id, event.id, event.organizerID, date])
    }

    /// A booking arrives: on the member's own consultation, a new one or a cancelled one is news;
    /// so is their own booking cancelled by someone else.
    static func bookingArriving(_ booking: Booking, at date: Date, in db: Database) throws {
        guard let me = try Account.fetchOne(db)?.userID,
              let organizerID = try Int64.fetchOne(db, sql: "SELECT organizerID FROM event WHERE id = ?", arguments: [booking.eventID])
        else { return }
        let before = try Booking.fetchOne(db, key: booking.id)
        let kind: FeedKind
        switch (before, booking.cancelled) {
        case (nil, false) where organizerID == me && booking.bookerID != me: kind = .booking
        case (let earlier?, true) where !earlier.cancelled && (organizerID == me) != (booking.bookerID == me): kind = .bookingCancelled
        default: return
        }
        try db.execute(sql: """
            INSERT OR IGNORE INTO feedEvent (kind, refID, eventID, actorID, detail, stamp, occurredAt) VALUES (?, ?, ?, ?, ?, '', ?)
            """, arguments: [kind.rawValue, booking.id, booking.eventID, organizerID == me ? booking.bookerID : organizerID,
                             booking.question, date])
    }

    /// The event's time, place and status as text: the same change seen twice is noted once.
    private static func stamp(_ event: Event) -> String {
        [String(Int(event.startsAt.timeIntervalSince1970)), String(Int(event.endsAt.timeIntervalSince1970)), event.timeZone,
         event.status.rawValue, event.place, event.link, String(event.occurrenceChanges.count)].joined(separator: "|")
    }
}
