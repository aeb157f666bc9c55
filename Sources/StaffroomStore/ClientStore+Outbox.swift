import Foundation
import GRDB
import StaffroomProtocol

/// The outbox: every write is stored here first, numbered for this device, and leaves only when
/// the server acknowledges it; a write refused for good stays, as not sent, with the reason.
extension ClientStore {
    /// Stores a write to push; returns it with its sequence number.
    @discardableResult
    public func enqueue(_ action: MutationAction, at date: Date = Date()) throws(StoreError) -> OutboxItem {
        try StoreError.mapping { try writer.write { db in try Self.enqueue(action, at: date, in: db) } }
    }

    /// This device's id (made on first use) for sync requests.
    public func deviceID() throws(StoreError) -> String {
        try StoreError.mapping { try writer.write { db in try Self.device(db).id } }
    }

    /// The oldest pending writes, in sequence order: at most `limit`, and (but for the first) no
    /// more than fit in `SyncRequest.mutationBytesPerRequest`.
    public func pendingMutations(limit: Int = SyncRequest.maximumMutations) throws(StoreError) -> [Mutation] {
        try StoreError.mapping {
            try writer.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT *, length(action) AS size FROM outbox WHERE state = 'pending' ORDER BY sequence LIMIT ?
                    """, arguments: [limit])
                var bytes = 0
                var batch: [Mutation] = []
                for row in rows {
                    bytes += row["size"] as Int
                    if !batch.isEmpty && bytes > SyncRequest.mutationBytesPerRequest { break }
                    batch.append(try OutboxItem(row: row).mutation)
                }
                return batch
            }
        }
    }

    /// Everything in the outbox, not sent first, then pending in the order they will go, each with
    /// the title of its topic, forum or event.
    public func outboxEntries() throws(StoreError) -> [OutboxEntry] {
        try StoreError.mapping {
            try writer.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT outbox.*, COALESCE(topic.title, postTopic.title, forum.title, event.title, resource.title,
                                              json_extract(outbox.action, '$.createEvent.event.title'),
                                              json_extract(outbox.action, '$.shareResource.resource.title'), '') AS context
                    FROM outbox LEFT JOIN topic ON topic.id = outbox.topicID LEFT JOIN forum ON forum.id = outbox.forumID
                    LEFT JOIN resource ON resource.id = json_extract(outbox.action, '$.markUseful.resourceID')
                    LEFT JOIN event ON event.id = COALESCE(json_extract(outbox.action, '$.rsvp.eventID'),
                        json_extract(outbox.action, '$.setEventStatus.eventID'), json_extract(outbox.action, '$.editEvent.eventID'),
                        json_extract(outbox.action, '$.changeOccurrence.eventID'), json_extract(outbox.action, '$.recordAttendance.eventID'),
                        json_extract(outbox.action, '$.bookSlot.eventID'),
                        (SELECT eventID FROM booking WHERE booking.id = json_extract(outbox.action, '$.cancelBooking.bookingID')))
                    LEFT JOIN post ON post.id = COALESCE(json_extract(outbox.action, '$.editPost.postID'),
                        json_extract(outbox.action, '$.deletePost.postID'), json_extract(outbox.action, '$.flagPost.postID'))
                    LEFT JOIN topic AS postTopic ON postTopic.id = post.topicID
                    WHERE json_extract(outbox.action, '$.markRead') IS NULL
                    ORDER BY outbox.state = 'pending', outbox.sequence
                    """)
                return try rows.map { OutboxEntry(item: try OutboxItem(row: $0), context: $0["context"]) }
            }
        }
    }

    /// Writes the server refused for good, newest first, with their reasons.
    public func notSentItems() throws(StoreError) -> [OutboxItem] {
        try StoreError.mapping {
            try writer.read { db in
                try OutboxItem.fetchAll(db, sql: "SELECT * FROM outbox WHERE state = 'not_sent' ORDER BY sequence DESC")
            }
        }
    }

    /// How many writes wait to be pushed, and how many were refused.
    public func outboxCounts() throws(StoreError) -> (pending: Int, notSent: Int) {
        try StoreError.mapping {
            try writer.read { db in
                let pending = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE state = 'pending'") ?? 0
                let notSent = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE state = 'not_sent'") ?? 0
                return (pending, notSent)
            }
        }
    }

    /// Removes a not-sent write the user has dealt with (resent as a new write, or copied out).
    public func discardNotSent(id: Int64) throws(StoreError) {
        try StoreError.mapping {
            try writer.write { db in
                try db.execute(sql: "DELETE FROM outbox WHERE id = ? AND state = 'not_sent'", arguments: [id])
            }
        }
    }

    @discardableResult
    static func enqueue(_ action: MutationAction, at date: Date, in db: Database) throws -> OutboxItem {
        var device = try device(db)
        let authorName = try String.fetchOne(db, sql: "SELECT displayName FROM account") ?? ""
        let clientID = UUID().uuidString.lowercased()
        let json = String(decoding: try WireFormat.makeEncoder().encode(action), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO outbox (sequence, clientID, action, topicID, forumID, authorName, createdAt, state)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')
            """, arguments: [device.nextSequence, clientID, json, action.topicID, action.forumID, authorName, date])
        let item = OutboxItem(id: db.lastInsertedRowID, sequence: device.nextSequence, clientID: clientID, action: action,
                              authorName: authorName, createdAt: date, state: .pending)
        device.nextSequence += 1
        try db.execute(sql: "UPDATE device SET nextSequence = ?", arguments: [device.nextSequence])
        return item
    }

    /// The device row, made with a random id when missing.
    static func device(_ db: Database) throws -> (id: String, nextSequence: Int64) {
        if let row = try Row.fetchOne(db, sql: "SELECT deviceID, nextSequence FROM device") {
            return (row["deviceID"], row["nextSequence"])
        }
        let id = UUID().uuidString.lowercased()
        try db.execute(sql: "INSERT INTO device (id, deviceID, nextSequence) VALUES (1, ?, 1)", arguments: [id])
        return (id, 1)
    }

    /// What the server did with pushed writes: acknowledged ones leave, refused ones become not
    /// sent, and when the server expects other numbers the pending writes are renumbered from there.
    static func applyResults(_ results: [MutationResult], at date: Date, in db: Database) throws {
        for result in results {
            try recordModerationOutcome(result, at: date, in: db)
            switch result.outcome {
            case .applied, .duplicate:
                try db.execute(sql: "DELETE FROM outbox WHERE sequence = ? AND clientID = ?",
                               arguments: [result.sequence, result.clientID])
            case .rejected:
                try db.execute(sql: """
                    UPDATE outbox SET state = 'not_sent', code = ?, message = ? WHERE sequence = ? AND clientID = ?
                    """, arguments: [result.code?.rawValue, result.message, result.sequence, result.clientID])
            case .outOfOrder:
                if let expected = result.expectedSequence { try renumberPending(from: expected, in: db) }
            }
        }
    }

    private static func renumberPending(from first: Int64, in db: Database) throws {
        let pending = try Int64.fetchAll(db, sql: "SELECT id FROM outbox WHERE state = 'pending' ORDER BY sequence")
        // Negative numbers first, so no two pending writes ever share a number on the way.
        try db.execute(sql: "UPDATE outbox SET sequence = -sequence WHERE state = 'pending'")
        for (offset, id) in pending.enumerated() {
            try db.execute(sql: "UPDATE outbox SET sequence = ? WHERE id = ?", arguments: [first + Int64(offset), id])
        }
        _ = try device(db)
        try db.execute(sql: "UPDATE device SET nextSequence = ?", arguments: [first + Int64(pending.count)])
    }
}
