import StaffroomStore
import StaffroomTerminal

/// The audit log's keys: moving, narrowing to one moderator's decisions (`m` goes round them), back.
enum AuditLogUpdate {
    /// Opens the log (from the Moderation pane).
    static func open(_ state: inout AppState) -> [Effect] {
        state.stack.append(.auditLog(AuditLogState()))
        return [.loadAuditLog(moderatorID: nil)]
    }

    static func key(_ key: Key, log: inout AuditLogState, state: inout AppState) -> [Effect]? {
        let count = log.rows?.count ?? 0
        let rows = max(1, state.contentRows - 1)
        switch key {
        case .down, .character("j"): log.cursor = log.cursor.selecting(log.cursor.selected + 1, count: count, visibleRows: rows)
        case .up, .character("k"): log.cursor = log.cursor.selecting(log.cursor.selected - 1, count: count, visibleRows: rows)
        case .pageDown, .control("f"): log.cursor = log.cursor.selecting(log.cursor.selected + rows, count: count, visibleRows: rows)
        case .pageUp, .control("b"): log.cursor = log.cursor.selecting(log.cursor.selected - rows, count: count, visibleRows: rows)
        case .escape, .left, .character("h"):
            state.stack.removeLast()
        case .character("m"):
            log.moderatorID = ([nil] + log.moderators.map { $0 } as [Int64?]).cycled(from: log.moderatorID, by: 1)
            log.cursor = ListCursor()
            return [.loadAuditLog(moderatorID: log.moderatorID)]
        default:
            return nil
        }
        return []
    }

    /// The log was read; the full log also says which moderators `m` goes round.
    static func loaded(_ rows: [AuditLogRow], names: [Int64: String], moderatorID: Int64?, state: inout AppState) {
        state.stack = state.stack.map { screen in
            guard case .auditLog(var log) = screen, log.moderatorID == moderatorID else { return screen }
            log.rows = rows
            log.names.merge(names) { $1 }
            if moderatorID == nil { log.moderators = Array(Set(rows.map(\.entry.moderatorID))).sorted() }
            log.cursor = log.cursor.selecting(log.cursor.selected, count: rows.count, visibleRows: max(1, state.contentRows - 1))
            return .auditLog(log)
        }
    }
}
