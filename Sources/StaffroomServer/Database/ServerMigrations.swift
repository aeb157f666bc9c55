import Foundation
import GRDB

/// The server database's schema, as named migrations that are never edited once shipped.
enum ServerMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: members, sessions, forums, change log") { db in
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('epoch', ?)", arguments: [Self.newEpoch()])
            try db.create(table: "community") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("name", .text).notNull()
            }
            try db.create(table: "user") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("username", .text).notNull().unique().collate(.nocase)
                t.column("displayName", .text).notNull()
                t.column("role", .text).notNull()
                t.column("school", .text).notNull()
                t.column("passwordHash", .text).notNull()
            }
            try db.create(table: "session") { t in
                t.primaryKey("tokenHash", .text)
                t.column("userID", .integer).notNull().references("user", onDelete: .cascade)
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "category") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("title", .text).notNull()
                t.column("position", .integer).notNull()
            }
            try db.create(table: "forum") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("categoryID", .integer).notNull().references("category")
                t.column("title", .text).notNull()
                t.column("description", .text).notNull()
                t.column("position", .integer).notNull()
            }
            try db.create(table: "topic") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("forumID", .integer).notNull().references("forum").indexed()
                t.column("title", .text).notNull()
                t.column("authorID", .integer).notNull().references("user")
                t.column("createdAt", .datetime).notNull()
                t.column("lastPostAt", .datetime).notNull()
                t.column("postCount", .integer).notNull()
                t.column("lastPostID", .integer).notNull()
            }
            try db.create(table: "post") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("topicID", .integer).notNull().references("topic").indexed()
                t.column("authorID", .integer).notNull().references("user")
                t.column("body", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "change") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("entity", .text).notNull()
                t.column("entityID", .integer).notNull()
                t.uniqueKey(["entity", "entityID"])
            }
        }
        migrator.registerMigration("v2: writes, read marks, flags, questions") { db in
            try db.alter(table: "forum") { t in
                t.add(column: "kind", .text).notNull().defaults(to: "discussion")
            }
            try db.alter(table: "topic") { t in
                t.add(column: "pinned", .boolean).notNull().defaults(to: false)
                t.add(column: "locked", .boolean).notNull().defaults(to: false)
                t.add(column: "acceptedPostID", .integer)
            }
            try db.alter(table: "post") { t in
                t.add(column: "editedAt", .datetime)
                t.add(column: "deletedAt", .datetime)
            }
            // Rows of one member's own entities (read marks) carry their userID; others have NULL.
            try db.alter(table: "change") { t in
                t.add(column: "userID", .integer)
            }
            try db.create(table: "readMark") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("userID", .integer).notNull().references("user", onDelete: .cascade)
                t.column("topicID", .integer).notNull().references("topic", onDelete: .cascade)
                t.column("lastReadPostID", .integer).notNull()
                t.uniqueKey(["userID", "topicID"])
            }
            try db.create(table: "device") { t in
                t.column("id", .text).notNull()
                t.column("userID", .integer).notNull().references("user", onDelete: .cascade)
                t.column("lastSequence", .integer).notNull()
                t.primaryKey(["id", "userID"])
            }
            try db.create(table: "appliedMutation") { t in
                t.column("deviceID", .text).notNull()
                t.column("userID", .integer).notNull()
                t.column("sequence", .integer).notNull()
                t.column("clientID", .text).notNull()
                t.column("outcome", .text).notNull()
                t.column("code", .text)
                t.column("message", .text)
                t.column("entityID", .integer)
                t.column("appliedAt", .datetime).notNull()
                t.primaryKey(["deviceID", "userID", "sequence"])
            }
            try db.create(table: "flag") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("postID", .integer).notNull().references("post", onDelete: .cascade)
                t.column("userID", .integer).notNull().references("user", onDelete: .cascade)
                t.column("reason", .text).notNull()
                t.column("note", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.uniqueKey(["postID", "userID"])
            }
        }
        migrator.registerMigration("v3: subscriptions and bookmarks") { db in
            try db.create(table: "subscription") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("userID", .integer).notNull().references("user", onDelete: .cascade)
                t.column("targetKind", .text).notNull()
                t.column("targetID", .integer).notNull()
                t.column("level", .text).notNull()
                t.uniqueKey(["userID", "targetKind", "targetID"])
            }
            try db.create(table: "bookmark") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("userID", .integer).notNull().references("user", onDelete: .cascade)
                t.column("postID", .integer).notNull().references("post", onDelete: .cascade)
                t.column("bookmarked", .boolean).notNull()
                t.column("createdAt", .datetime).notNull()
                t.uniqueKey(["userID", "postID"])
            }
        }
        migrator.registerMigration("v4: members-only forums") { db in
            try db.alter(table: "forum") { t in
                t.add(column: "membersOnly", .boolean).notNull().defaults(to: false)
            }
            try db.create(table: "forumMember") { t in
                t.column("forumID", .integer).notNull().references("forum", onDelete: .cascade)
                t.column("userID", .integer).notNull().references("user", onDelete: .cascade)
                t.primaryKey(["forumID", "userID"])
            }
            try db.create(table: "forumAccess") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("userID", .integer).notNull().references("user", onDelete: .cascade)
                t.column("forumID", .integer).notNull().references("forum", onDelete: .cascade)
                t.column("granted", .boolean).notNull()
                t.uniqueKey(["userID", "forumID"])
            }
            // The forum each change belongs to, so a page leaves out forums the member may not see.
            try db.alter(table: "change") { t in
                t.add(column: "forumID", .integer)
            }
            for kind in EntityKind.allCases {
                guard let forumOf = ChangeLog.forumQuery(kind) else { continue }
                try db.execute(sql: "UPDATE change SET forumID = (\(forumOf.replacingOccurrences(of: "?", with: "change.entityID"))) WHERE entity = ?",
                               arguments: [kind.rawValue])
            }
            try db.create(index: "change_forumID", on: "change", columns: ["forumID"])
        }
        migrator.registerMigration("v5: post numbers, topic changes a reply implies") { db in
            try db.alter(table: "post") { t in
                t.add(column: "number", .integer).notNull().defaults(to: 0)
            }
            try db.execute(sql: """
                UPDATE post SET number = (SELECT COUNT(*) FROM post AS earlier
                                          WHERE earlier.topicID = post.topicID AND earlier.id <= post.id)
                """)
            // For a topic whose latest changes were only new replies: the sequence of its last other
            // change. A client past it derives the counters from the replies (protocol §5.9).
            try db.alter(table: "change") { t in
                t.add(column: "detailSeq", .integer)
            }
        }
        migrator.registerMigration("v6: events and answers") { db in
            try db.create(table: "event") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("title", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("description", .text).notNull()
                t.column("organizerID", .integer).notNull().references("user")
                t.column("startsAt", .datetime).notNull().indexed()
                t.column("endsAt", .datetime).notNull()
                t.column("timeZone", .text).notNull()
                t.column("place", .text).notNull()
                t.column("link", .text).notNull()
                t.column("subjects", .text).notNull()
                t.column("grades", .text).notNull()
                t.column("capacity", .integer)
                t.column("topicID", .integer).references("topic", onDelete: .setNull)
                t.column("status", .text).notNull()
                t.column("goingCount", .integer).notNull()
                t.column("waitingCount", .integer).notNull()
            }
            // One answer per member and event. `ticket` orders the waiting list: set while the member
            // waits for a place, NULL once they have one (or are not going).
            try db.create(table: "rsvp") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("userID", .integer).notNull().references("user", onDelete: .cascade)
                t.column("eventID", .integer).notNull().references("event", onDelete: .cascade)
                t.column("response", .text).notNull()
                t.column("ticket", .integer)
                t.uniqueKey(["userID", "eventID"])
            }
            try db.create(index: "rsvpByEventTicket", on: "rsvp", columns: ["eventID", "ticket"])
        }
        migrator.registerMigration("v7: repeating events") { db in
            try db.alter(table: "event") { t in
                t.add(column: "recurrence", .text)
                t.add(column: "occurrenceChanges", .text).notNull().defaults(to: "[]")
            }
        }
        migrator.registerMigration("v8: proposed events") { db in
            // A proposed event's change row names its proposer in `userID`, and is also for those who
            // approve events (mentors, moderators, admins).
            try db.alter(table: "change") { t in
                t.add(column: "approversToo", .boolean).notNull().defaults(to: false)
            }
        }
        migrator.registerMigration("v9: attendance, certificates, calendar feeds") { db in
            // Who attended each occurrence (for a single event, its start), as the organizer recorded it.
            try db.create(table: "attendance") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("eventID", .integer).notNull().references("event", onDelete: .cascade)
                t.column("occurrence", .datetime).notNull()
                t.column("userID", .integer).notNull().references("user", onDelete: .cascade)
                t.uniqueKey(["eventID", "occurrence", "userID"])
            }
            // Each member's secret calendar address, for calendar programs that subscribe to it.
            try db.create(table: "calendarFeed") { t in
                t.primaryKey("userID", .integer).references("user", onDelete: .cascade)
                t.column("token", .text).notNull().unique()
            }
            // A certificate states what was attended as it was when issued: a document, not a view.
            try db.create(table: "certificate") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("code", .text).notNull().unique()
                t.column("eventID", .integer).notNull().references("event", onDelete: .cascade)
                t.column("occurrence", .datetime).notNull()
                t.column("userID", .integer).notNull().references("user", onDelete: .cascade)
                t.column("holderName", .text).notNull()
                t.column("holderSchool", .text).notNull()
                t.column("eventTitle", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("organizerName", .text).notNull()
                t.column("startsAt", .datetime).notNull()
                t.column("endsAt", .datetime).notNull()
                t.column("timeZone", .text).notNull()
                t.column("networkName", .text).notNull()
                t.column("issuedAt", .datetime).notNull()
                t.column("revoked", .boolean).notNull().defaults(to: false)
                t.uniqueKey(["eventID", "occurrence", "userID"])
            }
        }
        migrator.registerMigration("v10: consultation slots and bookings") { db in
            try db.alter(table: "event") { t in
                t.add(column: "slotMinutes", .integer)
                t.add(column: "bookedSlots", .text).notNull().defaults(to: "[]")
            }
            // A change row that a second member receives too: a booking goes to its member and to
            // the consultation's organizer.
            try db.alter(table: "change") { t in
                t.add(column: "alsoFor", .integer)
            }
            try db.create(table: "booking") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("eventID", .integer).notNull().references("event", onDelete: .cascade)
                t.column("slot", .datetime).notNull()
                t.column("userID", .integer).notNull().references("user", onDelete: .cascade)
                t.column("question", .text).notNull()
                t.column("cancelled", .boolean).notNull().defaults(to: false)
                t.column("createdAt", .datetime).notNull()
            }
            // One live booking per slot: two members booking at once, the second is refused.
            try db.execute(sql: "CREATE UNIQUE INDEX bookingBySlot ON booking (eventID, slot) WHERE NOT cancelled")
        }
        migrator.registerMigration("v11: library resources") { db in
            try db.create(table: "resource") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("title", .text).notNull()
                t.column("description", .text).notNull()
                t.column("type", .text).notNull()
                t.column("subjects", .text).notNull()
                t.column("grades", .text).notNull()
                t.column("language", .text).notNull()
                t.column("authorID", .integer).notNull().references("user")
                t.column("licence", .text).notNull()
                t.column("createdAt", .datetime).notNull().indexed()
                t.column("files", .text).notNull()
                t.column("link", .text).notNull()
                t.column("topicID", .integer).references("topic", onDelete: .setNull)
                t.column("downloadCount", .integer).notNull()
                t.column("usefulCount", .integer).notNull()
            }
            try db.alter(table: "event") { t in
                t.add(column: "resourceIDs", .text).notNull().defaults(to: "[]")
            }
        }
        migrator.registerMigration("v12: library files, downloads and useful marks") { db in
            // Contents the file store holds, each once, by checksum.
            try db.create(table: "storedFile") { t in
                t.primaryKey("sha256", .text)
                t.column("size", .integer).notNull()
                t.column("storedAt", .datetime).notNull()
            }
            // Who fetched a resource: each member counts once in its download count.
            try db.create(table: "resourceDownload") { t in
                t.column("resourceID", .integer).notNull().references("resource", onDelete: .cascade)
                t.column("userID", .integer).notNull().references("user", onDelete: .cascade)
                t.column("downloadedAt", .datetime).notNull()
                t.primaryKey(["resourceID", "userID"])
            }
            try db.create(table: "usefulMark") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("resourceID", .integer).notNull().references("resource", onDelete: .cascade)
                t.column("userID", .integer).notNull().references("user", onDelete: .cascade)
                t.column("useful", .boolean).notNull()
                t.uniqueKey(["resourceID", "userID"])
            }
        }
        migrator.registerMigration("v13: the moderators' review queue and audit log") { db in
            // One item per flagged post; `version` rises with every change to it.
            try db.create(table: "reviewItem") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("postID", .integer).notNull().unique().references("post", onDelete: .cascade)
                t.column("status", .text).notNull()
                t.column("version", .integer).notNull()
                t.column("claimedBy", .integer).references("user", onDelete: .setNull)
                t.column("claimedUntil", .datetime)
                t.column("handledBy", .integer).references("user", onDelete: .setNull)
                t.column("handledAt", .datetime)
                t.column("action", .text)
                t.column("createdAt", .datetime).notNull()
            }
            // Every action, with what it changed, so it can be taken back.
            try db.create(table: "auditEntry") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("moderatorID", .integer).notNull().references("user", onDelete: .cascade)
                t.column("itemID", .integer).notNull().references("reviewItem", onDelete: .cascade)
                t.column("postID", .integer).notNull()
                t.column("action", .text).notNull()
                t.column("note", .text).notNull()
                t.column("previousStatus", .text).notNull()
                t.column("previousBody", .text)
                t.column("previousLocked", .boolean)
                t.column("createdAt", .datetime).notNull()
                t.column("undoneAt", .datetime)
            }
            // Changes only moderators and admins receive.
            try db.alter(table: "change") { t in
                t.add(column: "staffOnly", .boolean).notNull().defaults(to: false)
            }
        }
        migrator.registerMigration("v14: hidden and held posts, penalties, notices to members") { db in
            // `PostModeration` as JSON; a topic whose first post is held is seen only by its author and staff.
            try db.alter(table: "post") { t in t.add(column: "moderation", .text) }
            try db.alter(table: "topic") { t in t.add(column: "held", .boolean).notNull().defaults(to: false) }
            try db.alter(table: "forum") { t in t.add(column: "holdsFirstPosts", .boolean).notNull().defaults(to: false) }
            try db.alter(table: "user") { t in
                t.add(column: "silencedUntil", .datetime)
                t.add(column: "suspendedUntil", .datetime)
            }
            try db.alter(table: "reviewItem") { t in t.add(column: "appeal", .text) }
            // What an action needs to be taken back, and what it was given (`ModerationDetails` as JSON).
            try db.alter(table: "auditEntry") { t in
                t.add(column: "details", .text)
                t.add(column: "previousModeration", .text)
                t.add(column: "previousForumID", .integer)
                t.add(column: "previousUntil", .datetime)
                t.add(column: "previousHeld", .boolean)
                t.add(column: "noticeID", .integer)
            }
            try db.create(table: "notice") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("userID", .integer).notNull().indexed().references("user", onDelete: .cascade)
                t.column("kind", .text).notNull()
                t.column("text", .text).notNull()
                t.column("postID", .integer)
                t.column("topicID", .integer)
                t.column("until", .datetime)
                t.column("createdAt", .datetime).notNull()
                t.column("liftedAt", .datetime)
            }
        }
        migrator.registerMigration("v15: flags on members, staff notes") { db in
            // A review item is about a post or about a member: rebuilt so `postID` may be empty
            // (foreign keys are off while a migration runs, so nothing cascades).
            try db.execute(sql: """
                CREATE TABLE reviewItemNew (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  postID INTEGER REFERENCES post(id) ON DELETE CASCADE,
                  userID INTEGER REFERENCES user(id) ON DELETE CASCADE,
                  status TEXT NOT NULL, version INTEGER NOT NULL,
                  claimedBy INTEGER REFERENCES user(id) ON DELETE SET NULL, claimedUntil DATETIME,
                  handledBy INTEGER REFERENCES user(id) ON DELETE SET NULL, handledAt DATETIME,
                  action TEXT, createdAt DATETIME NOT NULL, appeal TEXT,
                  CHECK ((postID IS NULL) <> (userID IS NULL)));
                INSERT INTO reviewItemNew (id, postID, status, version, claimedBy, claimedUntil, handledBy, handledAt, action, createdAt, appeal)
                  SELECT id, postID, status, version, claimedBy, claimedUntil, handledBy, handledAt, action, createdAt, appeal FROM reviewItem;
                DROP TABLE reviewItem;
                ALTER TABLE reviewItemNew RENAME TO reviewItem;
                CREATE UNIQUE INDEX reviewItemByPost ON reviewItem(postID) WHERE postID IS NOT NULL;
                CREATE UNIQUE INDEX reviewItemByMember ON reviewItem(userID) WHERE userID IS NOT NULL;
                """)
            try db.execute(sql: """
                CREATE TABLE auditEntryNew (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  moderatorID INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
                  itemID INTEGER NOT NULL REFERENCES reviewItem(id) ON DELETE CASCADE,
                  postID INTEGER, action TEXT NOT NULL, note TEXT NOT NULL, previousStatus TEXT NOT NULL, previousBody TEXT,
                  previousLocked BOOLEAN, createdAt DATETIME NOT NULL, undoneAt DATETIME, details TEXT, previousModeration TEXT,
                  previousForumID INTEGER, previousUntil DATETIME, previousHeld BOOLEAN, noticeID INTEGER);
                INSERT INTO auditEntryNew SELECT id, moderatorID, itemID, postID, action, note, previousStatus, previousBody, previousLocked,
                  createdAt, undoneAt, details, previousModeration, previousForumID, previousUntil, previousHeld, noticeID FROM auditEntry;
                DROP TABLE auditEntry;
                ALTER TABLE auditEntryNew RENAME TO auditEntry;
                CREATE INDEX auditEntryByItem ON auditEntry(itemID);
                """)
            try db.create(table: "userFlag") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("userID", .integer).notNull().references("user", onDelete: .cascade)
                t.column("flaggerID", .integer).notNull().references("user", onDelete: .cascade)
                t.column("reason", .text).notNull()
                t.column("note", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.uniqueKey(["userID", "flaggerID"])
            }
            try db.create(table: "staffNote") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("userID", .integer).notNull().indexed().references("user", onDelete: .cascade)
                t.column("authorID", .integer).notNull().references("user", onDelete: .cascade)
                t.column("text", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v16: notification settings") { db in
            try db.create(table: "notificationSetting") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("userID", .integer).notNull().references("user", onDelete: .cascade)
                t.column("kind", .text).notNull()
                t.column("level", .text).notNull()
                t.uniqueKey(["userID", "kind"])
            }
        }
        migrator.registerMigration("v17: profiles") { db in
            // Subjects and grades as JSON arrays, as the wire `User` carries them.
            try db.alter(table: "user") { t in
                t.add(column: "subjects", .text).notNull().defaults(to: "[]")
                t.add(column: "grades", .text).notNull().defaults(to: "[]")
                t.add(column: "bio", .text).notNull().defaults(to: "")
            }
        }
        migrator.registerMigration("v18: mentoring") { db in
            try db.create(table: "mentorship") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("menteeID", .integer).notNull().indexed().references("user", onDelete: .cascade)
                t.column("mentorID", .integer).indexed().references("user", onDelete: .setNull)
                t.column("subject", .text).notNull()
                t.column("grade", .integer)
                t.column("note", .text).notNull()
                t.column("status", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("answeredAt", .datetime)
                t.column("endedAt", .datetime)
                t.column("forumID", .integer).references("forum", onDelete: .setNull)
                t.column("topicID", .integer)
            }
        }
        return migrator
    }

    /// A fresh random epoch: it changes when a database is created anew, so cursors of another
    /// database are recognised and refused.
    static func newEpoch() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<8).map { _ in String(UInt8.random(in: 0...255, using: &generator), radix: 16) }
            .map { $0.count == 1 ? "0" + $0 : $0 }.joined()
    }
}
