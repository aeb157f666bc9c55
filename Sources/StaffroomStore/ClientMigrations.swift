import GRDB

/// The client database's schema, as named migrations that are never edited once shipped.
enum ClientMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: account, sync state, forums") { db in
            try db.create(table: "account") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("serverURL", .text).notNull()
                t.column("userID", .integer).notNull()
                t.column("username", .text).notNull()
                t.column("displayName", .text).notNull()
                t.column("token", .text).notNull()
            }
            try db.create(table: "syncState") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("cursor", .text)
                t.column("lastSyncAt", .datetime)
            }
            try db.create(table: "community") { t in
                t.primaryKey("name", .text)
            }
            try db.create(table: "user") { t in
                t.primaryKey("id", .integer)
                t.column("username", .text).notNull()
                t.column("displayName", .text).notNull()
                t.column("role", .text).notNull()
                t.column("school", .text).notNull()
            }
            try db.create(table: "category") { t in
                t.primaryKey("id", .integer)
                t.column("title", .text).notNull()
                t.column("position", .integer).notNull()
            }
            try db.create(table: "forum") { t in
                t.primaryKey("id", .integer)
                t.column("categoryID", .integer).notNull().indexed()
                t.column("title", .text).notNull()
                t.column("description", .text).notNull()
                t.column("position", .integer).notNull()
            }
            try db.create(table: "topic") { t in
                t.primaryKey("id", .integer)
                t.column("forumID", .integer).notNull()
                t.column("title", .text).notNull()
                t.column("authorID", .integer).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("lastPostAt", .datetime).notNull()
                t.column("postCount", .integer).notNull()
                t.column("lastPostID", .integer).notNull()
            }
            try db.create(index: "topicByForumActivity", on: "topic", columns: ["forumID", "lastPostAt", "id"])
            try db.create(table: "post") { t in
                t.primaryKey("id", .integer)
                t.column("topicID", .integer).notNull()
                t.column("authorID", .integer).notNull()
                t.column("body", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(index: "postByTopic", on: "post", columns: ["topicID", "id"])
            try db.create(table: "topicRead") { t in
                t.primaryKey("topicID", .integer)
                t.column("lastReadPostID", .integer).notNull()
            }
        }
        migrator.registerMigration("v2: outbox, device, write fields") { db in
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
            try db.create(table: "device") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("deviceID", .text).notNull()
                t.column("nextSequence", .integer).notNull()
            }
            try db.create(table: "outbox") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sequence", .integer).notNull()
                t.column("clientID", .text).notNull().unique()
                t.column("action", .text).notNull()
                t.column("topicID", .integer).indexed()
                t.column("forumID", .integer)
                t.column("authorName", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("state", .text).notNull()
                t.column("code", .text)
                t.column("message", .text)
            }
            try db.execute(sql: "CREATE UNIQUE INDEX outboxPendingSequence ON outbox(sequence) WHERE state = 'pending'")
        }
        migrator.registerMigration("v3: drafts") { db in
            try db.create(table: "draft") { t in
                t.column("kind", .text).notNull()
                t.column("targetID", .integer).notNull()
                t.column("topicID", .integer)
                t.column("context", .text).notNull()
                t.column("title", .text).notNull()
                t.column("body", .text).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.primaryKey(["kind", "targetID"])
            }
        }
        migrator.registerMigration("v4: pinned topics first") { db in
            try db.create(index: "topicByForumPinnedActivity", on: "topic", columns: ["forumID", "pinned", "lastPostAt", "id"])
            try db.drop(index: "topicByForumActivity")
        }
        migrator.registerMigration("v5: full-text search") { db in
            // One index for post texts (rowid = 2 × post id) and topic titles (2 × topic id + 1),
            // with ё read as е; the tokenizer folds letter case, Cyrillic included.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE searchText USING fts5(text, kind UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
                CREATE TRIGGER postSearchInsert AFTER INSERT ON post BEGIN
                  INSERT INTO searchText(rowid, text, kind) VALUES (new.id * 2, replace(replace(new.body, 'ё', 'е'), 'Ё', 'Е'), 'post');
                END;
                CREATE TRIGGER postSearchUpdate AFTER UPDATE OF body ON post BEGIN
                  DELETE FROM searchText WHERE rowid = old.id * 2;
                  INSERT INTO searchText(rowid, text, kind) VALUES (new.id * 2, replace(replace(new.body, 'ё', 'е'), 'Ё', 'Е'), 'post');
                END;
                CREATE TRIGGER postSearchDelete AFTER DELETE ON post BEGIN
                  DELETE FROM searchText WHERE rowid = old.id * 2;
                END;
                CREATE TRIGGER topicSearchInsert AFTER INSERT ON topic BEGIN
                  INSERT INTO searchText(rowid, text, kind) VALUES (new.id * 2 + 1, replace(replace(new.title, 'ё', 'е'), 'Ё', 'Е'), 'topic');
                END;
                CREATE TRIGGER topicSearchUpdate AFTER UPDATE OF title ON topic BEGIN
                  DELETE FROM searchText WHERE rowid = old.id * 2 + 1;
                  INSERT INTO searchText(rowid, text, kind) VALUES (new.id * 2 + 1, replace(replace(new.title, 'ё', 'е'), 'Ё', 'Е'), 'topic');
                END;
                CREATE TRIGGER topicSearchDelete AFTER DELETE ON topic BEGIN
                  DELETE FROM searchText WHERE rowid = old.id * 2 + 1;
                END;
                INSERT INTO searchText(rowid, text, kind)
                  SELECT id * 2, replace(replace(body, 'ё', 'е'), 'Ё', 'Е'), 'post' FROM post;
                INSERT INTO searchText(rowid, text, kind)
                  SELECT id * 2 + 1, replace(replace(title, 'ё', 'е'), 'Ё', 'Е'), 'topic' FROM topic;
                """)
        }
        migrator.registerMigration("v6: subscriptions and bookmarks") { db in
            try db.create(table: "subscription") { t in
                t.column("targetKind", .text).notNull()
                t.column("targetID", .integer).notNull()
                t.column("level", .text).notNull()
                t.primaryKey(["targetKind", "targetID"])
            }
            try db.create(table: "bookmark") { t in
                t.primaryKey("postID", .integer)
                t.column("bookmarked", .boolean).notNull()
                t.column("createdAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v7: post numbers") { db in
            try db.alter(table: "post") { t in
                t.add(column: "number", .integer).notNull().defaults(to: 0)
            }
        }
        migrator.registerMigration("v8: events and answers") { db in
            try db.create(table: "event") { t in
                t.primaryKey("id", .integer)
                t.column("title", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("description", .text).notNull()
                t.column("organizerID", .integer).notNull()
                t.column("startsAt", .datetime).notNull()
                t.column("endsAt", .datetime).notNull()
                t.column("timeZone", .text).notNull()
                t.column("place", .text).notNull()
                t.column("link", .text).notNull()
                t.column("subjects", .text).notNull()
                t.column("grades", .text).notNull()
                t.column("capacity", .integer)
                t.column("topicID", .integer)
                t.column("status", .text).notNull()
                t.column("goingCount", .integer).notNull()
                t.column("waitingCount", .integer).notNull()
            }
            try db.create(index: "eventByStart", on: "event", columns: ["startsAt", "id"])
            try db.create(table: "rsvp") { t in
                t.primaryKey("eventID", .integer)
                t.column("response", .text).notNull()
                t.column("waitingPosition", .integer)
            }
        }
        migrator.registerMigration("v9: repeating events") { db in
            try db.alter(table: "event") { t in
                t.add(column: "recurrence", .text)
                t.add(column: "occurrenceChanges", .text).notNull().defaults(to: "[]")
            }
        }
        migrator.registerMigration("v10: certificates") { db in
            try db.create(table: "certificate") { t in
                t.primaryKey("code", .text)
                t.column("eventID", .integer).notNull()
                t.column("occurrence", .datetime).notNull()
                t.column("holderName", .text).notNull()
                t.column("holderSchool", .text).notNull()
                t.column("eventTitle", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("organizerName", .text).notNull()
                t.column("startsAt", .datetime).notNull()
                t.column("endsAt", .datetime).notNull()
                t.column("timeZone", .text).notNull()
                t.column("networkName", .text).notNull()
                t.column("issuedAt", .datetime).notNull().indexed()
                t.column("revoked", .boolean).notNull()
            }
            try db.create(index: "certificateByEvent", on: "certificate", columns: ["eventID", "occurrence"])
        }
        migrator.registerMigration("v11: consultation slots and bookings") { db in
            try db.alter(table: "event") { t in
                t.add(column: "slotMinutes", .integer)
                t.add(column: "bookedSlots", .text).notNull().defaults(to: "[]")
            }
            try db.create(table: "booking") { t in
                t.primaryKey("id", .integer)
                t.column("eventID", .integer).notNull()
                t.column("slot", .datetime).notNull()
                t.column("bookerID", .integer).notNull()
                t.column("bookerName", .text).notNull()
                t.column("question", .text).notNull()
                t.column("cancelled", .boolean).notNull()
            }
            try db.create(index: "bookingByEventSlot", on: "booking", columns: ["eventID", "slot"])
        }
        migrator.registerMigration("v12: library resources") { db in
            try db.create(table: "resource") { t in
                t.primaryKey("id", .integer)
                t.column("title", .text).notNull()
                t.column("description", .text).notNull()
                t.column("type", .text).notNull()
                t.column("subjects", .text).notNull()
                t.column("grades", .text).notNull()
                t.column("language", .text).notNull()
                t.column("authorID", .integer).notNull()
                t.column("licence", .text).notNull()
                t.column("createdAt", .datetime).notNull().indexed()
                t.column("files", .text).notNull()
                t.column("link", .text).notNull()
                t.column("topicID", .integer)
                t.column("downloadCount", .integer).notNull()
                t.column("usefulCount", .integer).notNull()
            }
            try db.alter(table: "event") { t in
                t.add(column: "resourceIDs", .text).notNull().defaults(to: "[]")
            }
        }
        migrator.registerMigration("v13: the library: search, useful marks, downloads") { db in
            try db.create(table: "usefulMark") { t in
                t.primaryKey("resourceID", .integer)
                t.column("useful", .boolean).notNull()
            }
            // Titles and descriptions (rowid = resource id), folded as the forums' search folds them.
            let folded = "replace(replace(new.title || ' ' || new.description, 'ё', 'е'), 'Ё', 'Е')"
            try db.execute(sql: """
                CREATE VIRTUAL TABLE resourceText USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
                CREATE TRIGGER resourceSearchInsert AFTER INSERT ON resource BEGIN
                  INSERT INTO resourceText(rowid, text) VALUES (new.id, \(folded));
                END;
                CREATE TRIGGER resourceSearchUpdate AFTER UPDATE OF title, description ON resource BEGIN
                  DELETE FROM resourceText WHERE rowid = old.id;
                  INSERT INTO resourceText(rowid, text) VALUES (new.id, \(folded));
                END;
                CREATE TRIGGER resourceSearchDelete AFTER DELETE ON resource BEGIN
                  DELETE FROM resourceText WHERE rowid = old.id;
                END;
                INSERT INTO resourceText(rowid, text)
                  SELECT id, replace(replace(title || ' ' || description, 'ё', 'е'), 'Ё', 'Е') FROM resource;
                """)
            // Files asked for: the queue, and where each one landed.
            try db.create(table: "download") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("resourceID", .integer).notNull()
                t.column("fileIndex", .integer).notNull()
                t.column("name", .text).notNull()
                t.column("sha256", .text).notNull()
                t.column("size", .integer).notNull()
                t.column("received", .integer).notNull()
                t.column("state", .text).notNull()
                t.column("problem", .text)
                t.column("path", .text)
                t.column("addedAt", .datetime).notNull()
                t.uniqueKey(["resourceID", "fileIndex"])
            }
            try db.create(table: "offlineResource") { t in
                t.primaryKey("resourceID", .integer)
            }
            // The link's speed as last measured (downloads and sync pages), for time estimates.
            try db.create(table: "linkSpeed") { t in
                t.primaryKey("id", .integer, onConflict: .replace).check { $0 == 1 }
                t.column("bytesPerSecond", .double).notNull()
                t.column("measuredAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v14: files waiting to be uploaded") { db in
            // A local file a `shareResource` write in the outbox names, until the server holds it.
            try db.create(table: "pendingFile") { t in
                t.primaryKey("sha256", .text)
                t.column("path", .text).notNull()
                t.column("size", .integer).notNull()
            }
        }
        migrator.registerMigration("v15: the moderators' review queue and audit log") { db in
            // Synced to moderators and admins only; each entity kept whole as JSON beside the
            // columns the queue sorts and filters by.
            try db.create(table: "reviewItem") { t in
                t.primaryKey("id", .integer)
                t.column("status", .text).notNull()
                t.column("score", .integer).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("entity", .text).notNull()
            }
            try db.create(index: "reviewItemQueue", on: "reviewItem", columns: ["status", "score", "createdAt"])
            try db.create(table: "auditEntry") { t in
                t.primaryKey("id", .integer)
                t.column("createdAt", .datetime).notNull().indexed()
                t.column("entity", .text).notNull()
            }
        }
        migrator.registerMigration("v16: moderated posts, forums that hold first posts, notices") { db in
            try db.alter(table: "post") { t in t.add(column: "moderation", .text) }
            try db.alter(table: "forum") { t in t.add(column: "holdsFirstPosts", .boolean).notNull().defaults(to: false) }
            // What the moderators told this member; `seenAt` is when the interface first showed it.
            try db.create(table: "notice") { t in
                t.primaryKey("id", .integer)
                t.column("kind", .text).notNull()
                t.column("text", .text).notNull()
                t.column("postID", .integer)
                t.column("topicID", .integer)
                t.column("until", .datetime)
                t.column("createdAt", .datetime).notNull()
                t.column("liftedAt", .datetime)
                t.column("seenAt", .datetime)
            }
            // What became of this device's moderation decisions, for the moderator to look back on.
            try db.create(table: "moderationOutcome") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("itemID", .integer).notNull()
                t.column("action", .text).notNull()
                t.column("outcome", .text).notNull()
                t.column("message", .text)
                t.column("text", .text).notNull()
                t.column("decidedAt", .datetime).notNull()
                t.column("answeredAt", .datetime).notNull().indexed()
            }
        }
        migrator.registerMigration("v17: staff notes on members") { db in
            try db.create(table: "staffNote") { t in
                t.primaryKey("id", .integer)
                t.column("userID", .integer).notNull().indexed()
                t.column("authorID", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v18: the feed") { db in
            // The feed reads recent posts by date (see `ClientStore.feed`).
            try db.create(index: "postByCreation", on: "post", columns: ["createdAt"])
            // What the feed cannot read from the synced tables: an event one goes to changed, a
            // booking was made or cancelled; noted when the sync brings it.
            try db.create(table: "feedEvent") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("kind", .text).notNull()
                t.column("refID", .integer).notNull()
                t.column("eventID", .integer).notNull()
                t.column("actorID", .integer)
                t.column("detail", .text).notNull()
                // The event's new state, so the same change synced twice is noted once.
                t.column("stamp", .text).notNull()
                t.column("occurredAt", .datetime).notNull().indexed()
                t.uniqueKey(["kind", "refID", "stamp"])
            }
            try db.create(table: "feedRead") { t in
                t.primaryKey("key", .text)
                t.column("readAt", .datetime).notNull()
            }
            try db.create(table: "feedState") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("lastVisitAt", .datetime)
                t.column("allReadBefore", .datetime)
            }
        }
        migrator.registerMigration("v19: notification settings") { db in
            try db.create(table: "notificationSetting") { t in
                t.primaryKey("kind", .text)
                t.column("level", .text).notNull()
            }
        }
        migrator.registerMigration("v20: profiles") { db in
            try db.alter(table: "user") { t in
                t.add(column: "subjects", .text).notNull().defaults(to: "[]")
                t.add(column: "grades", .text).notNull().defaults(to: "[]")
                t.add(column: "bio", .text).notNull().defaults(to: "")
            }
        }
        migrator.registerMigration("v21: mentoring") { db in
            try db.create(table: "mentorship") { t in
                t.primaryKey("id", .integer)
                t.column("menteeID", .integer).notNull().indexed()
                t.column("mentorID", .integer).indexed()
                t.column("subject", .text).notNull()
                t.column("grade", .integer)
                t.column("note", .text).notNull()
                t.column("status", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("answeredAt", .datetime)
                t.column("endedAt", .datetime)
                t.column("forumID", .integer)
                t.column("topicID", .integer)
            }
        }
        return migrator
    }
}
