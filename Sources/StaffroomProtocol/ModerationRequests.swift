import Foundation

/// Body of `POST /v1/moderation/items/{id}/claim`: take the item's claim, or let it go.
public struct ClaimRequest: Codable, Equatable, Sendable {
    public var claim: Bool
    public init(claim: Bool) { self.claim = claim }
}

/// Body of `POST /v1/moderation/items/{id}/actions`: an action on the item as it stood at
/// `version`. The same rules as the `moderate` mutation; a stale action is answered 409.
public struct ModerationRequest: Codable, Equatable, Sendable {
    public var version: Int
    public var action: ModerationAction
    public var note: String
    public var details: ModerationDetails?

    public init(version: Int, action: ModerationAction, note: String = "", details: ModerationDetails? = nil) {
        self.version = version
        self.action = action
        self.note = note
        self.details = details
    }
}

/// Answer of `GET /v1/moderation/queue`: the pending items, by score then age.
public struct ReviewQueuePage: Codable, Equatable, Sendable {
    public var items: [ReviewItem]
    public init(items: [ReviewItem]) { self.items = items }
}

/// Answer of `GET /v1/moderation/audit?moderator=&member=&action=`: the newest entries first.
public struct AuditLogPage: Codable, Equatable, Sendable {
    public var entries: [AuditEntry]
    public init(entries: [AuditEntry]) { self.entries = entries }
}

extension WireFormat {
    /// `GET` the pending review items (moderators and admins).
    public static let moderationQueuePath = "/v1/moderation/queue"
    /// `POST` a `ClaimRequest` on a review item.
    public static func claimPath(_ itemID: Int64) -> String { "/v1/moderation/items/\(itemID)/claim" }
    /// `POST` a `ModerationRequest` on a review item; answers the item as it is after.
    public static func moderationActionPath(_ itemID: Int64) -> String { "/v1/moderation/items/\(itemID)/actions" }
    /// `POST` to take back an action of the audit log; answers the item as it is after.
    public static func undoModerationPath(_ entryID: Int64) -> String { "/v1/moderation/audit/\(entryID)/undo" }
    /// `GET ?moderator=&member=&action=&limit=`: the audit log.
    public static let auditLogPath = "/v1/moderation/audit"
    /// `GET ?weeks=`: the moderators' queue metrics (moderators and admins).
    public static let moderationStatisticsPath = "/v1/stats/moderation"
}
