import Foundation
import GRDB
import Testing
@testable import StaffroomServer

/// Migrations applied to a database that already holds content.
@Suite struct ServerMigrationTests {
    @Test func membersOnlyMigrationFindsTheForumOfEveryLoggedChange() throws {
        let queue = try DatabaseQueue()
        try ServerMigrations.migrator.migrate(queue, upTo: "v3: subscriptions and bookmarks")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO user (id, username, displayName, role, school, passwordHash) VALUES (1, 'olga', 'Ольга', 'teacher', '', 'x');
                INSERT INTO category (id, title, position) VALUES (1, 'Школа', 0);
                INSERT INTO forum (id, categoryID, title, description, position) VALUES (7, 1, 'Чтение', '', 0);
                INSERT INTO topic (id, forumID, title, authorID, createdAt, lastPostAt, postCount, lastPostID)
                    VALUES (3, 7, 'Тема', 1, '2026-01-01', '2026-01-01', 1, 5);
                INSERT INTO post (id, topicID, authorID, body, createdAt) VALUES (5, 3, 1, 'Текст', '2026-01-01');
                INSERT INTO readMark (id, userID, topicID, lastReadPostID) VALUES (2, 1, 3, 5);
                INSERT INTO bookmark (id, userID, postID, bookmarked, createdAt) VALUES (4, 1, 5, 1, '2026-01-01');
                INSERT INTO subscription (id, userID, targetKind, targetID, level) VALUES (6, 1, 'topic', 3, 'watch');
                INSERT INTO subscription (id, userID, targetKind, targetID, level) VALUES (8, 1, 'forum', 7, 'watch');
                INSERT INTO change (entity, entityID, userID) VALUES
                    ('user', 1, NULL), ('category', 1, NULL), ('forum', 7, NULL), ('topic', 3, NULL), ('post', 5, NULL),
                    ('readMark', 2, 1), ('bookmark', 4, 1), ('subscription', 6, 1), ('subscription', 8, 1);
                """)
        }
        try ServerMigrations.migrator.migrate(queue)
        let forums = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT entity, forumID FROM change ORDER BY seq")
                .map { "\($0["entity"] as String)=\(($0["forumID"] as Int64?).map(String.init) ?? "-")" }
        }
        #expect(forums == ["user=-", "category=-", "forum=7", "topic=7", "post=7", "readMark=7", "bookmark=7",
                           "subscription=7", "subscription=7"])
    }

    @Test func postNumbersMigrationNumbersEachTopicsPostsInOrder() throws {
        let queue = try DatabaseQueue()
        try ServerMigrations.migrator.migrate(queue, upTo: "v4: members-only forums")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO user (id, username, displayName, role, school, passwordHash) VALUES (1, 'olga', 'Ольга', 'teacher', '', 'x');
                INSERT INTO category (id, title, position) VALUES (1, 'Школа', 0);
                INSERT INTO forum (id, categoryID, title, description, position) VALUES (7, 1, 'Чтение', '', 0);
                INSERT INTO topic (id, forumID, title, authorID, createdAt, lastPostAt, postCount, lastPostID)
                    VALUES (3, 7, 'Тема', 1, '2026-01-01', '2026-01-01', 3, 9), (4, 7, 'Другая', 1, '2026-01-01', '2026-01-01', 2, 8);
                INSERT INTO post (id, topicID, authorID, body, createdAt) VALUES
                    (5, 3, 1, 'а', '2026-01-01'), (6, 4, 1, 'б', '2026-01-01'), (7, 3, 1, 'в', '2026-01-01'),
                    (8, 4, 1, 'г', '2026-01-01'), (9, 3, 1, 'д', '2026-01-01');
                """)
        }
        try ServerMigrations.migrator.migrate(queue)
        let numbers = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT id, number FROM post ORDER BY id").map { "\($0["id"] as Int64)#\($0["number"] as Int)" }
        }
        #expect(numbers == ["5#1", "6#1", "7#2", "8#2", "9#3"])
    }

    @Test func theMemberFlagsMigrationKeepsEveryReviewItemAndAuditEntry() throws {
        let queue = try DatabaseQueue()
        try ServerMigrations.migrator.migrate(queue, upTo: "v14: hidden and held posts, penalties, notices to members")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO user (id, username, displayName, role, school, passwordHash) VALUES (1, 'olga', 'Ольга', 'teacher', '', 'x');
                INSERT INTO user (id, username, displayName, role, school, passwordHash) VALUES (3, 'marina', 'Марина', 'moderator', '', 'x');
                INSERT INTO category (id, title, position) VALUES (1, 'Школа', 0);
                INSERT INTO forum (id, categoryID, title, description, position) VALUES (7, 1, 'Чтение', '', 0);
                INSERT INTO topic (id, forumID, title, authorID, createdAt, lastPostAt, postCount, lastPostID)
                    VALUES (3, 7, 'Тема', 1, '2026-01-01', '2026-01-01', 1, 5);
                INSERT INTO post (id, topicID, authorID, body, createdAt, number) VALUES (5, 3, 1, 'Текст', '2026-01-01', 1);
                INSERT INTO flag (postID, userID, reason, note, createdAt) VALUES (5, 3, 'spam', '', '2026-01-01');
                INSERT INTO reviewItem (id, postID, status, version, handledBy, handledAt, action, createdAt, appeal)
                    VALUES (4, 5, 'approved', 2, 3, '2026-01-02', 'hide', '2026-01-01', 'Прошу пересмотреть');
                INSERT INTO auditEntry (id, moderatorID, itemID, postID, action, note, previousStatus, createdAt, details, previousHeld)
                    VALUES (9, 3, 4, 5, 'hide', 'Реклама', 'pending', '2026-01-02', '{"days":3}', 1);
                """)
        }
        try ServerMigrations.migrator.migrate(queue)
        let (item, entry, next) = try queue.write { db in
            try db.execute(sql: "INSERT INTO reviewItem (userID, status, version, createdAt) VALUES (1, 'pending', 1, '2026-01-03')")
            return (try ReviewItemReader(db: db).item(id: 4), try Row.fetchOne(db, sql: "SELECT * FROM auditEntry WHERE id = 9"), db.lastInsertedRowID)
        }
        #expect(item.postID == 5 && item.status == .approved && item.action == .hide && item.appeal == "Прошу пересмотреть")
        #expect(item.flags.map(\.userID) == [3] && item.authorID == 1)
        let itemID: Int64? = entry?["itemID"]
        let note: String? = entry?["note"]
        let details: String? = entry?["details"]
        let held: Bool? = entry?["previousHeld"]
        #expect(itemID == 4 && note == "Реклама" && details == #"{"days":3}"# && held == true)
        #expect(next == 5, "ids go on after the kept ones")
    }
}
