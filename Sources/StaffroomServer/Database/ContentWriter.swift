import Foundation
import GRDB
import StaffroomProtocol

/// Writes forum content inside one transaction, keeping topic counters and the change log right.
public struct ContentWriter {
    let db: Database

    /// Adds a category after the existing ones.
    public func addCategory(title: String) throws -> Int64 {
        let position = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM category") ?? 0
        try db.execute(sql: "INSERT INTO category (title, position) VALUES (?, ?)", arguments: [title, position])
        let id = db.lastInsertedRowID
        try ChangeLog.record(.category, id: id, in: db)
        return id
    }

    /// Adds a forum at the end of a category; one that `holdsFirstPosts` keeps a new member's
    /// posts for a moderator's approval.
    public func addForum(categoryID: Int64, title: String, description: String,
                         kind: ForumKind = .discussion, holdsFirstPosts: Bool = false) throws -> Int64 {
        let position = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM forum WHERE categoryID = ?", arguments: [categoryID]) ?? 0
        try db.execute(sql: "INSERT INTO forum (categoryID, title, description, position, kind, holdsFirstPosts) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [categoryID, title, description, position, kind.rawValue, holdsFirstPosts])
        let id = db.lastInsertedRowID
        try ChangeLog.record(.forum, id: id, in: db)
        return id
    }

    /// Starts a topic with its opening post.
    @discardableResult
    public func addTopic(forumID: Int64, title: String, authorID: Int64, body: String, at date: Date) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO topic (forumID, title, authorID, createdAt, lastPostAt, postCount, lastPostID)
            VALUES (?, ?, ?, ?, ?, 0, 0)
            """, arguments: [forumID, title, authorID, date, date])
        let topicID = db.lastInsertedRowID
        try addPost(topicID: topicID, authorID: authorID, body: body, at: date)
        return topicID
    }

    /// Adds a reply to a topic and updates the topic's counters.
    @discardableResult
    public func addPost(topicID: Int64, authorID: Int64, body: String, at date: Date) throws -> Int64 {
        let number = (try Int.fetchOne(db, sql: "SELECT postCount FROM topic WHERE id = ?", arguments: [topicID]) ?? 0) + 1
        try db.execute(sql: "INSERT INTO post (topicID, authorID, body, createdAt, number) VALUES (?, ?, ?, ?, ?)",
                       arguments: [topicID, authorID, body, date, number])
        let postID = db.lastInsertedRowID
        try db.execute(sql: """
            UPDATE topic SET postCount = ?, lastPostID = ?, lastPostAt = MAX(lastPostAt, ?) WHERE id = ?
            """, arguments: [number, postID, date, topicID])
        try ChangeLog.record(.post, id: postID, in: db)
        try ChangeLog.record(.topic, id: topicID, onlyCounters: true, in: db)
        return postID
    }

    /// Marks a reply as the accepted answer of its topic.
    public func acceptAnswer(_ postID: Int64, topicID: Int64) throws {
        try db.execute(sql: "UPDATE topic SET acceptedPostID = ? WHERE id = ?", arguments: [postID, topicID])
        try ChangeLog.record(.topic, id: topicID, in: db)
    }

    /// Adds an event to the calendar; its answer counters start at zero.
    @discardableResult
    public func addEvent(_ event: Event) throws -> Int64 {
        try EventBook(db: db).add(event)
    }

    /// Adds a resource's catalogue entry to the library and logs it; its date is kept to whole
    /// seconds, as the protocol sends every date.
    @discardableResult
    public func addResource(_ resource: Resource) throws -> Int64 {
        let createdAt = Date(timeIntervalSince1970: resource.createdAt.timeIntervalSince1970.rounded(.down))
        try db.execute(sql: """
            INSERT INTO resource (title, description, type, subjects, grades, language, authorID, licence, createdAt, files, link,
                                  topicID, downloadCount, usefulCount)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)
            """, arguments: [resource.title, resource.description, resource.type.rawValue, try JSONColumn.text(resource.subjects),
                             try JSONColumn.text(resource.grades), resource.language, resource.authorID, resource.licence,
                             createdAt, try JSONColumn.text(resource.files), resource.link, resource.topicID])
        let id = db.lastInsertedRowID
        try ChangeLog.record(.resource, id: id, in: db)
        return id
    }

    /// Notes that the file store now holds this content whole.
    public func recordStoredFile(_ sha256: String, size: Int64, at date: Date) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO storedFile (sha256, size, storedAt) VALUES (?, ?, ?)", arguments: [sha256, size, date])
    }

    /// The id of the member with this username.
    public func memberID(username: String) throws -> Int64 {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM user WHERE username = ?", arguments: [username]) else {
            throw ServerDatabaseError.unknownUser(username)
        }
        return id
    }
}
