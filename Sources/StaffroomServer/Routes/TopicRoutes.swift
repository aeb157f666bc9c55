import Foundation
import GRDB
import Hummingbird
import StaffroomProtocol

/// `GET /v1/topics/{id}/posts?after=&limit=`: one topic and its posts after `after`, oldest first,
/// for a thread opened before the sync brought it. A topic the member may not see is not found.
struct TopicRoutes {
    let database: ServerDatabase

    func register(on group: RouterGroup<ServerRequestContext>) {
        group.get("/v1/topics/:id/posts") { request, context in
            let parameters = request.uri.queryParameters
            guard let topicID = context.parameters.get("id", as: Int64.self) else {
                throw APIError(.notFound, "No such topic.")
            }
            let after = try parameters.get("after").map { (text: String) throws -> Int64 in
                guard let value = Int64(text), value >= 0 else { throw APIError(.badRequest, "after must be a post id.") }
                return value
            } ?? 0
            let limit = try parameters.get("limit").map { (text: String) throws -> Int in
                guard let value = Int(text), value > 0 else { throw APIError(.badRequest, "limit must be a positive whole number.") }
                return min(value, TopicPostsPage.maximumPosts)
            } ?? TopicPostsPage.maximumPosts
            let user = try context.requireUser()
            guard let page = try database.topicPosts(topicID: topicID, after: after, limit: limit, for: user.id) else {
                throw APIError(.notFound, "No such topic.")
            }
            return try JSONResponse.make(page, for: request)
        }
    }
}

extension ServerDatabase {
    /// A topic and its posts after `after` for a member, or nil when there is no such topic they
    /// may see. Bounded like a sync page, by count and by about `SyncPage.maximumBytes` of JSON.
    func topicPosts(topicID: Int64, after: Int64, limit: Int, for userID: Int64) throws -> TopicPostsPage? {
        try writer.read { db in
            let visibility = try PostVisibility(userID: userID, in: db)
            guard let row = try Row.fetchOne(db, sql: "SELECT forumID, authorID, held FROM topic WHERE id = ?", arguments: [topicID]),
                  try ForumVisibility.canSee(forumID: row["forumID"], userID: userID, in: db),
                  !row["held"] || visibility.viewerIsStaff || row["authorID"] == userID,
                  let topic = try EntityRow<Topic>.fetchOne(db, sql: "SELECT * FROM topic WHERE id = ?", arguments: [topicID])?.entity
            else { return nil }
            let rows = try EntityRow<Post>.fetchAll(db, sql: "SELECT * FROM post WHERE topicID = ? AND id > ? ORDER BY id LIMIT ?",
                                                    arguments: [topicID, after, limit + 1]).map { visibility.shown($0.entity) }
            var posts: [Post] = []
            var bytes = 0
            for post in rows.prefix(limit) {
                let size = SyncPageReader.estimatedBytes(.post(post))
                if !posts.isEmpty && bytes + size > SyncPage.maximumBytes { break }
                bytes += size
                posts.append(post)
            }
            return TopicPostsPage(topic: topic, posts: posts, more: posts.count < rows.count)
        }
    }
}
