import StaffroomStore
import StaffroomTerminal

/// The outcome list's keys: moving and back.
enum ModerationOutcomesUpdate {
    static func key(_ key: Key, list: inout ModerationOutcomesState, state: inout AppState) -> [Effect]? {
        let count = list.outcomes?.count ?? 0
        let rows = max(1, state.contentRows)
        if let moved = list.cursor.moved(by: key, count: count, visibleRows: rows) {
            list.cursor = moved
            return []
        }
        switch key {
        case .escape, .left, .character("h"): state.stack.removeLast()
        default: return nil
        }
        return []
    }

    static func loaded(_ outcomes: [ModerationOutcome], state: inout AppState) {
        state.stack = state.stack.map { screen in
            guard case .moderationOutcomes(var list) = screen else { return screen }
            list.outcomes = outcomes
            list.cursor = list.cursor.selecting(list.cursor.selected, count: outcomes.count, visibleRows: max(1, state.contentRows))
            return .moderationOutcomes(list)
        }
    }
}
