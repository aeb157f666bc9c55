import Foundation
import GRDB
import StaffroomProtocol

extension ClientStore {
    /// Notes what the server did with one of this device's moderation decisions (an answer for
    /// another write is passed over).
    static func recordModerationOutcome(_ result: MutationResult, at date: Date, in db: Database) throws {
        guard result.outcome != .outOfOrder,
              let row = try Row.fetchOne(db, sql: "SELECT action, createdAt FROM outbox WHERE sequence = ? AND clientID = ?",
                                         arguments: [result.sequence, result.clientID]),
              case .moderate(let itemID, _, let action, _, _) = try WireFormat.makeDecoder().decode(MutationAction.self,
                                                                                                   from: Data((row["action"] as String).utf8))
        else { return }
        let outcome: ModerationOutcome.Kind = switch (result.outcome, result.code) {
        case (.applied, _), (.duplicate, _): .applied
        case (_, .alreadyHandled?): .alreadyHandled
        default: .refused
        }
        let text = try String.fetchOne(db, sql: "SELECT json_extract(entity, '$.text') FROM reviewItem WHERE id = ?", arguments: [itemID]) ?? ""
        try db.execute(sql: """
            INSERT INTO moderationOutcome (itemID, action, outcome, message, text, decidedAt, answeredAt) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [itemID, action.rawValue, outcome.rawValue, result.message, text, row["createdAt"] as Date, date])
    }

    /// What became of this device's decisions, newest answer first, at most `limit`.
    public func moderationOutcomes(limit: Int) throws(StoreError) -> [ModerationOutcome] {
        try StoreError.mapping {
            try writer.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM moderationOutcome ORDER BY answeredAt DESC, id DESC LIMIT ?", arguments: [limit])
                    .map { row in
                        ModerationOutcome(itemID: row["itemID"], action: ModerationAction(rawValue: row["action"]) ?? .ignore,
                                          kind: ModerationOutcome.Kind(rawValue: row["outcome"]) ?? .refused, message: row["message"],
                                          postText: row["text"], decidedAt: row["decidedAt"], answeredAt: row["answeredAt"])
                    }
            }
        }
    }
}

/// What the server did with one moderation decision made on this device.
public struct ModerationOutcome: Equatable, Sendable {
    public enum Kind: String, Sendable {
        /// Applied (or it stood already: the same decision by another moderator).
        case applied
        /// Another moderator decided differently first.
        case alreadyHandled = "already_handled"
        /// Refused for another reason (a rule, a role); the message says which.
        case refused
    }

    public var itemID: Int64
    public var action: ModerationAction
    public var kind: Kind
    /// The server's words, for a decision not applied.
    public var message: String?
    /// The judged post's text as the store had it when the answer came.
    public var postText: String
    /// When the moderator decided (perhaps offline), and when the server answered.
    public var decidedAt: Date
    public var answeredAt: Date

    public init(itemID: Int64, action: ModerationAction, kind: Kind, message: String?, postText: String, decidedAt: Date, answeredAt: Date) {
        self.itemID = itemID
        self.action = action
        self.kind = kind
        self.message = message
        self.postText = postText
        self.decidedAt = decidedAt
        self.answeredAt = answeredAt
    }
}
