import Foundation
import GRDB
import StaffroomProtocol

/// The library's writes, inside the ledger's transaction: sharing a resource and marking one useful.
struct LibrarySharing {
    let db: Database
    let user: User
    let now: Date

    /// Adds the resource a member shares, after its files were uploaded; opens its discussion topic
    /// in the forum the draft names. Returns the new resource's id.
    func share(_ draft: ResourceDraft) throws -> Int64 {
        if let problem = draft.problems().first { throw MutationRefusal(.invalid, problem.message) }
        for file in draft.files {
            let stored = try Int64.fetchOne(db, sql: "SELECT size FROM storedFile WHERE sha256 = ?", arguments: [file.sha256])
            guard stored == file.size else {
                throw MutationRefusal(.invalid, "The file \"\(file.name)\" has not been uploaded to the server yet.")
            }
        }
        let content = ContentWriter(db: db)
        let title = draft.title.trimmingCharacters(in: .whitespacesAndNewlines)
        var topicID: Int64?
        if let forumID = draft.forumID {
            guard try Int64.fetchOne(db, sql: "SELECT id FROM forum WHERE id = ?", arguments: [forumID]) != nil,
                  try ForumVisibility.canSee(forumID: forumID, userID: user.id, in: db) else {
                throw MutationRefusal(.notFound, "The forum for its discussion no longer exists.")
            }
            let body = draft.description.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? title : draft.description
            topicID = try content.addTopic(forumID: forumID, title: title, authorID: user.id, body: body, at: now)
        }
        return try content.addResource(Resource(id: 0, title: title, description: draft.description, type: draft.type,
                                                subjects: draft.subjects, grades: draft.grades, language: draft.language,
                                                authorID: user.id, licence: draft.licence, createdAt: now, files: draft.files,
                                                link: draft.link, topicID: topicID))
    }

    /// Sets the member's mark on a resource and counts the resource's marks again.
    func markUseful(resourceID: Int64, useful: Bool) throws {
        guard try Int64.fetchOne(db, sql: "SELECT id FROM resource WHERE id = ?", arguments: [resourceID]) != nil else {
            throw MutationRefusal(.notFound, "The resource is no longer in the library.")
        }
        try db.execute(sql: """
            INSERT INTO usefulMark (resourceID, userID, useful) VALUES (?, ?, ?)
            ON CONFLICT (resourceID, userID) DO UPDATE SET useful = excluded.useful
            """, arguments: [resourceID, user.id, useful])
        let markID = try Int64.fetchOne(db, sql: "SELECT id FROM usefulMark WHERE resourceID = ? AND userID = ?",
                                        arguments: [resourceID, user.id]) ?? 0
        try ChangeLog.record(.usefulMark, id: markID, onlyFor: user.id, in: db)
        try db.execute(sql: """
            UPDATE resource SET usefulCount = (SELECT COUNT(*) FROM usefulMark WHERE resourceID = resource.id AND useful)
            WHERE id = ?
            """, arguments: [resourceID])
        try ChangeLog.record(.resource, id: resourceID, in: db)
    }
}
