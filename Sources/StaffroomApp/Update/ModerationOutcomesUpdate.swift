import StaffroomStore
import StaffroomTerminal

/// The outcome list's keys: moving and back.
enum ModerationOutcomesUpdate {
    static func key(_ key: Key, list: inout ModerationOutcomesState, state: inout AppState) -> [Effect]? {
        let count = list.outcomes?.count ?? 0
        let rows = max(1, state.contentRows)
        switch key {
        case .down, .character("j"): list.cursor = list.cursor.selecting(list.cursor.selected + 1, count: count, visibleRows: rows)
        case .up, .character("k"): list.cursor = list.cursor.selecting(list.cursor.selected - 1, count: count, visibleRows: rows)
        case .pageDown, .control("f"): list.cursor = list.cursor.selecting(list.cursor.selected + rows, count: count, visibleRows: rows)
        case .pageUp, .control("b"): list.cursor = list.cursor.selecting(list.cursor.selected - rows, count: count, visibleRows: rows)
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
