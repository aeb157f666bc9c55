import GRDB
import StaffroomProtocol

/// Which audit log entries to read: by the moderator who acted, by the member judged (the post's
/// author, or the member flagged), by action; newest first.
struct AuditLogFilter {
    var moderatorID: Int64?
    var memberID: Int64?
    var action: ModerationAction?

    func entries(limit: Int, in db: Database) throws -> [AuditEntry] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let moderatorID {
            conditions.append("auditEntry.moderatorID = ?")
            arguments += [moderatorID]
        }
        if let memberID {
            conditions.append("COALESCE(post.authorID, reviewItem.userID) = ?")
            arguments += [memberID]
        }
        if let action {
            conditions.append("auditEntry.action = ?")
            arguments += [action.rawValue]
        }
        arguments += [limit]
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try EntityRow<AuditEntry>.fetchAll(db, sql: """
            SELECT auditEntry.id, auditEntry.moderatorID, auditEntry.itemID, auditEntry.postID, auditEntry.action, auditEntry.note,
                   auditEntry.details, auditEntry.previousStatus, auditEntry.createdAt, auditEntry.undoneAt
            FROM auditEntry JOIN reviewItem ON reviewItem.id = auditEntry.itemID LEFT JOIN post ON post.id = auditEntry.postID \(filter)
            ORDER BY auditEntry.id DESC LIMIT ?
            """, arguments: arguments).map(\.entity)
    }
}
