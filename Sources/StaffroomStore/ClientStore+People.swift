import Foundation
import GRDB
import StaffroomProtocol

extension ClientStore {
    /// A page of the directory of members matching `filter`, in alphabetical order of their
    /// names, after `key` when given, at most `limit`.
    public func directory(_ filter: DirectoryFilter, after key: DirectoryKey? = nil, limit: Int) throws(StoreError) -> [User] {
        var (conditions, arguments) = Self.conditions(filter, except: nil)
        if let key {
            conditions.append("(staffroomFold(user.displayName), user.id) > (?, ?)")
            arguments += [key.foldedName, key.id]
        }
        arguments += [limit]
        return try StoreError.mapping {
            try writer.read { db in
                try User.fetchAll(db, sql: """
                    SELECT user.* FROM user \(Self.whereClause(conditions))
                    ORDER BY staffroomFold(user.displayName), user.id LIMIT ?
                    """, arguments: arguments)
            }
        }
    }

    /// How many members match `filter`.
    public func directoryCount(_ filter: DirectoryFilter) throws(StoreError) -> Int {
        let (conditions, arguments) = Self.conditions(filter, except: nil)
        return try StoreError.mapping {
            try writer.read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM user \(Self.whereClause(conditions))", arguments: arguments) ?? 0
            }
        }
    }

    /// The values of `facet` among the members that match `filter` but for its own pick of that
    /// facet, most common first, at most `limit`.
    public func directoryFacetValues(_ facet: DirectoryFacet, for filter: DirectoryFilter, limit: Int = 100) throws(StoreError) -> [FacetValue] {
        let (conditions, arguments) = Self.conditions(filter, except: facet)
        let filtered = "SELECT user.* FROM user \(Self.whereClause(conditions))"
        let sql = switch facet {
        case .school: "SELECT school AS value, school AS label, COUNT(*) AS count FROM (\(filtered)) GROUP BY school"
        case .role: "SELECT role AS value, role AS label, COUNT(*) AS count FROM (\(filtered)) GROUP BY role"
        case .subject:
            """
            SELECT MIN(json_each.value) AS value, MIN(json_each.value) AS label, COUNT(DISTINCT filtered.id) AS count
            FROM (\(filtered)) AS filtered, json_each(filtered.subjects) GROUP BY staffroomFold(json_each.value)
            """
        }
        return try StoreError.mapping {
            try writer.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM (\(sql)) ORDER BY count DESC, label LIMIT ?", arguments: arguments + [limit])
                    .map { FacetValue(value: $0["value"], label: $0["label"], count: $0["count"]) }
            }
        }
    }

    /// A member's profile with their newest posts (readable ones only) and resources, their
    /// pairings, and the consultations still to come after `now` that they hold or (as a mentor's
    /// teacher) share; nil when the store does not know them.
    public func profile(userID: Int64, now: Date = Date()) throws(StoreError) -> MemberProfile? {
        let mentorships = try activeMentorships(of: userID)
        return try StoreError.mapping {
            try writer.read { db in
                guard let user = try User.fetchOne(db, key: userID) else { return nil }
                let readable = "post.authorID = ? AND post.deletedAt IS NULL AND post.body != ''"
                let posts = try Row.fetchAll(db, sql: """
                    SELECT post.id, post.topicID, post.createdAt, post.body, topic.title FROM post JOIN topic ON topic.id = post.topicID
                    WHERE \(readable) ORDER BY post.createdAt DESC, post.id DESC LIMIT ?
                    """, arguments: [userID, ProfileListing.recent])
                    .map { ProfilePost(postID: $0["id"], topicID: $0["topicID"], topicTitle: $0["title"], createdAt: $0["createdAt"], body: $0["body"]) }
                let resources = try Resource.fetchAll(db, sql: """
                    SELECT * FROM resource WHERE authorID = ? ORDER BY createdAt DESC, id DESC LIMIT ?
                    """, arguments: [userID, ProfileListing.recent])
                // Their own consultations, and, for a teacher in a pairing, their mentor's: the slots the pair shares.
                let consultations = try Event.fetchAll(db, sql: """
                    SELECT * FROM event WHERE kind = 'consultation' AND status = 'planned' AND (endsAt > ? OR recurrence IS NOT NULL)
                      AND (organizerID = ? OR organizerID IN (SELECT mentorID FROM mentorship WHERE menteeID = ? AND status = 'active'))
                    ORDER BY startsAt, id LIMIT ?
                    """, arguments: [now, userID, userID, ProfileListing.recent])
                return MemberProfile(
                    user: user, recentPosts: posts, recentResources: resources,
                    postCount: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM post WHERE \(readable)", arguments: [userID]) ?? 0,
                    resourceCount: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM resource WHERE authorID = ?", arguments: [userID]) ?? 0,
                    mentorships: mentorships, consultations: consultations)
            }
        }
    }

    /// Rewrites the signed-in member's profile: at once here, and through the outbox for the
    /// network. Returns the write's outbox entry.
    @discardableResult
    public func saveOwnProfile(_ profile: ProfileDraft, at date: Date = Date()) throws(StoreError) -> OutboxItem {
        try StoreError.mapping {
            try writer.write { db in
                guard let account = try Account.fetchOne(db) else { throw StoreError.failed("No member is logged in on this device.") }
                try db.execute(sql: "UPDATE user SET subjects = ?, grades = ?, bio = ? WHERE id = ?",
                               arguments: [try Self.jsonText(profile.subjects), try Self.jsonText(profile.grades), profile.bio, account.userID])
                return try Self.enqueue(.updateProfile(profile: profile), at: date, in: db)
            }
        }
    }

    private static func jsonText(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    private static func whereClause(_ conditions: [String]) -> String {
        conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }

    /// The SQL conditions of `filter` on `user`, leaving out the pick of `facet`.
    private static func conditions(_ filter: DirectoryFilter, except facet: DirectoryFacet?) -> ([String], StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let school = filter.school, facet != .school {
            conditions.append("user.school = ?")
            arguments += [school]
        }
        if let subject = filter.subject, facet != .subject {
            conditions.append("EXISTS (SELECT 1 FROM json_each(user.subjects) WHERE staffroomFold(json_each.value) = ?)")
            arguments += [SearchText.fold(subject)]
        }
        if let role = filter.role, facet != .role {
            conditions.append("user.role = ?")
            arguments += [role.rawValue]
        }
        for word in SearchText.words(filter.text) {
            conditions.append("instr(staffroomFold(user.displayName || ' ' || user.username || ' ' || user.school || ' ' || user.subjects), ?) > 0")
            arguments += [word]
        }
        return (conditions, arguments)
    }
}
