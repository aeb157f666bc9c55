import Foundation
import GRDB
import StaffroomProtocol

/// A post found by search, with where it is.
public struct SearchHit: Equatable, Sendable, FetchableRecord {
    public var post: Post
    public var authorName: String
    public var topic: Topic
    public var forum: Forum

    public init(row: Row) throws {
        post = try Post(row: row)
        authorName = row["authorName"] ?? "?"
        topic = try Topic(row: row.scopes["topic"]!)
        forum = try Forum(row: row.scopes["forum"]!)
    }

    public init(post: Post, authorName: String, topic: Topic, forum: Forum) {
        self.post = post
        self.authorName = authorName
        self.topic = topic
        self.forum = forum
    }
}

extension ClientStore {
    /// Posts matching `query`, best first (BM25; a match in a topic's title finds its first post
    /// and counts double); every word matches as a prefix. Deleted posts are never found.
    public func search(_ query: SearchQuery, limit: Int, offset: Int = 0) throws(StoreError) -> [SearchHit] {
        guard !query.words.isEmpty else { return [] }
        var filters = ""
        var arguments: StatementArguments = [query.matchExpression]
        if let author = query.author {
            filters += " AND (staffroomFold(user.displayName) LIKE ? OR staffroomFold(user.username) LIKE ?)"
            arguments += ["%\(author)%", "%\(author)%"]
        }
        if let forum = query.forum {
            filters += " AND staffroomFold(forum.title) LIKE ?"
            arguments += ["%\(forum)%"]
        }
        if let since = query.since {
            filters += " AND post.createdAt >= ?"
            arguments += [since]
        }
        if let until = query.until {
            filters += " AND post.createdAt < ?"
            arguments += [until]
        }
        arguments += [limit, offset]
        return try StoreError.mapping {
            try writer.read { db in
                let adapter = ScopeAdapter([
                    "topic": SuffixRowAdapter(fromIndex: try Self.columnCount("post", db) + 1),
                    "forum": SuffixRowAdapter(fromIndex: try Self.columnCount("post", db) + 1 + Self.columnCount("topic", db)),
                ])
                return try SearchHit.fetchAll(db, sql: """
                    WITH hits AS MATERIALIZED (
                        SELECT CASE WHEN kind = 'post' THEN rowid / 2
                                    ELSE (SELECT MIN(id) FROM post WHERE topicID = (searchText.rowid - 1) / 2) END AS postID,
                               CASE WHEN kind = 'topic' THEN 2 * bm25(searchText) ELSE bm25(searchText) END AS rank
                        FROM searchText WHERE searchText MATCH ?),
                    found AS (SELECT postID, MIN(rank) AS rank FROM hits GROUP BY postID)
                    SELECT post.*, user.displayName AS authorName, topic.*, forum.*
                    FROM found
                    JOIN post ON post.id = found.postID
                    JOIN topic ON topic.id = post.topicID
                    JOIN forum ON forum.id = topic.forumID
                    LEFT JOIN user ON user.id = post.authorID
                    WHERE post.deletedAt IS NULL\(filters)
                    ORDER BY found.rank, post.id DESC LIMIT ? OFFSET ?
                    """, arguments: arguments, adapter: adapter)
            }
        }
    }

    /// One post with its topic and forum, to open it in its thread (nil when the store lacks any of them).
    public func postHit(id: Int64) throws(StoreError) -> SearchHit? {
        try StoreError.mapping {
            try writer.read { db in
                let adapter = ScopeAdapter([
                    "topic": SuffixRowAdapter(fromIndex: try Self.columnCount("post", db) + 1),
                    "forum": SuffixRowAdapter(fromIndex: try Self.columnCount("post", db) + 1 + Self.columnCount("topic", db)),
                ])
                return try SearchHit.fetchOne(db, sql: """
                    SELECT post.*, user.displayName AS authorName, topic.*, forum.*
                    FROM post JOIN topic ON topic.id = post.topicID JOIN forum ON forum.id = topic.forumID
                    LEFT JOIN user ON user.id = post.authorID
                    WHERE post.id = ?
                    """, arguments: [id], adapter: adapter)
            }
        }
    }

    private static func columnCount(_ table: String, _ db: Database) throws -> Int {
        try db.columns(in: table).count
    }
}
