import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// The audit log's keys: moving, narrowing (`m` goes round the moderators, `a` round the actions,
/// `w` round the members whose posts were judged), back.
enum AuditLogUpdate {
    /// Opens the log (from the Moderation pane).
    static func open(_ state: inout AppState) -> [Effect] {
        state.stack.append(.auditLog(AuditLogState()))
        return [.loadAuditLog(AuditFilter())]
    }

    static func key(_ key: Key, log: inout AuditLogState, state: inout AppState) -> [Effect]? {
        let count = log.rows?.count ?? 0
        let rows = max(1, state.contentRows - 1)
        if let moved = log.cursor.moved(by: key, count: count, visibleRows: rows) {
            log.cursor = moved
            return []
        }
        switch key {
        case .escape, .left, .character("h"):
            state.stack.removeLast()
        case .character("m"):
            log.filter.moderatorID = ([nil] + log.moderators.map { $0 } as [Int64?]).cycled(from: log.filter.moderatorID, by: 1)
            return narrowed(&log)
        case .character("a"):
            log.filter.action = ([nil] + ModerationAction.allCases.map { $0 } as [ModerationAction?]).cycled(from: log.filter.action, by: 1)
            return narrowed(&log)
        case .character("w"):
            log.filter.memberID = ([nil] + log.members.map { $0 } as [Int64?]).cycled(from: log.filter.memberID, by: 1)
            return narrowed(&log)
        default:
            return nil
        }
        return []
    }

    private static func narrowed(_ log: inout AuditLogState) -> [Effect] {
        log.cursor = ListCursor()
        return [.loadAuditLog(log.filter)]
    }

    /// The log was read; the full log also says which moderators and members the keys go round.
    static func loaded(_ rows: [AuditLogRow], names: [Int64: String], filter: AuditFilter, state: inout AppState) {
        state.stack = state.stack.map { screen in
            guard case .auditLog(var log) = screen, log.filter == filter else { return screen }
            log.rows = rows
            log.names.merge(names) { $1 }
            if filter.isEmpty {
                log.moderators = Array(Set(rows.map(\.entry.moderatorID))).sorted()
                log.members = Array(Set(rows.compactMap(\.authorID))).sorted()
            }
            log.cursor = log.cursor.selecting(log.cursor.selected, count: rows.count, visibleRows: max(1, state.contentRows - 1))
            return .auditLog(log)
        }
    }
}
