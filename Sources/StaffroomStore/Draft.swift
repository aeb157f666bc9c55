import Foundation
import GRDB
import StaffroomProtocol

/// Text being written, saved as it is typed so a crash or a dropped SSH session loses nothing.
/// There is one draft per thing written: a reply to a topic, a new topic in a forum, an edit of a
/// post, an event's form.
public struct Draft: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "draft"

    public enum Kind: String, Codable, Sendable {
        case reply
        case newTopic = "new_topic"
        case edit
        /// An event form: a new event (target 0), a new event planned from a thread (minus the
        /// topic's id), or an edit of one (the event's id); `body` holds the form's fields as the
        /// client encodes them.
        case event
        /// The form that shares a resource in the library (target 0); `body` holds its fields.
        case resource
        /// The form that edits one's own profile (target 0); `body` holds its fields.
        case profile
        /// A request for a mentor (target: the mentor asked, 0 for none named); `body` holds its fields.
        case mentorRequest = "mentor_request"
    }

    public var kind: Kind
    /// The topic replied to, the forum of a new topic, the post edited, or the event edited (0: a new one).
    public var targetID: Int64
    /// For an edit: the post's topic.
    public var topicID: Int64?
    /// What the draft belongs to, for the drafts list (a topic's or a forum's title).
    public var context: String
    public var title: String
    public var body: String
    public var updatedAt: Date

    public init(kind: Kind, targetID: Int64, topicID: Int64? = nil, context: String, title: String = "",
                body: String, updatedAt: Date) {
        self.kind = kind
        self.targetID = targetID
        self.topicID = topicID
        self.context = context
        self.title = title
        self.body = body
        self.updatedAt = updatedAt
    }
}

extension ClientStore {
    /// Saves (or replaces) the draft for its target.
    public func saveDraft(_ draft: Draft) throws(StoreError) {
        try StoreError.mapping { try writer.write { try draft.upsert($0) } }
    }

    /// The draft for a target, if one was saved.
    public func draft(kind: Draft.Kind, targetID: Int64) throws(StoreError) -> Draft? {
        try StoreError.mapping {
            try writer.read { try Draft.fetchOne($0, key: ["kind": kind.rawValue, "targetID": targetID]) }
        }
    }

    /// Every draft, most recently changed first.
    public func drafts() throws(StoreError) -> [Draft] {
        try StoreError.mapping {
            try writer.read { try Draft.fetchAll($0, sql: "SELECT * FROM draft ORDER BY updatedAt DESC") }
        }
    }

    /// Forgets a draft (it was sent, or the user threw it away).
    public func deleteDraft(kind: Draft.Kind, targetID: Int64) throws(StoreError) {
        try StoreError.mapping {
            try writer.write { _ = try Draft.deleteOne($0, key: ["kind": kind.rawValue, "targetID": targetID]) }
        }
    }

    /// Sends a draft: the write goes to the outbox and the draft is forgotten, in one transaction.
    @discardableResult
    public func send(_ action: StaffroomProtocol.MutationAction, replacing draft: (kind: Draft.Kind, targetID: Int64)?,
                     at date: Date = Date()) throws(StoreError) -> OutboxItem {
        try StoreError.mapping {
            try writer.write { db in
                if let draft { _ = try Draft.deleteOne(db, key: ["kind": draft.kind.rawValue, "targetID": draft.targetID]) }
                return try Self.enqueue(action, at: date, in: db)
            }
        }
    }
}
