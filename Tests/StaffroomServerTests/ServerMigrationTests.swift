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
}
