import Foundation
import GRDB
import StaffroomProtocol

/// A member row: the public `User` plus the bcrypt hash of the password.
struct MemberRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "user"
    var id: Int64?
    var username: String
    var displayName: String
    var role: Role
    var school: String
    var passwordHash: String
    var subjects: [String] = []
    var grades: [Int] = []
    var bio = ""

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var user: User {
        User(id: id ?? 0, username: username, displayName: displayName, role: role, school: school,
             subjects: subjects, grades: grades, bio: bio)
    }
}

/// A row of a table whose columns are exactly the fields of a wire entity.
struct EntityRow<Entity: Codable & Sendable>: FetchableRecord, Decodable {
    var entity: Entity
    init(from decoder: any Decoder) throws { entity = try Entity(from: decoder) }
}

/// The kinds of entities the change log refers to; the raw value is the table name.
enum EntityKind: String, CaseIterable {
    case community, user, category, forum, topic, post, readMark, subscription, bookmark, forumAccess, event, rsvp, certificate, booking, resource, usefulMark, reviewItem, auditEntry, notice, staffNote, notificationSetting, mentorship
}

/// JSON columns (arrays and nested values of an entity) as GRDB writes and reads them: dates in
/// milliseconds, keys sorted, so `EntityRow` decodes what was written.
enum JSONColumn {
    static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .millisecondsSince1970
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Reads back what `text(_:)` wrote.
    static func value<Value: Decodable>(_ type: Value.Type, from text: String) throws -> Value {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return try decoder.decode(type, from: Data(text.utf8))
    }
}
