import StaffroomStore

/// Keys and data for the forum list.
enum ForumListUpdate {
    static func visibleRows(_ state: AppState) -> Int { state.contentRows }

    static func loaded(_ forums: [ForumSummary], state: inout AppState) {
        let selectedID = state.forumList.selectedForum?.forum.id
        state.forumList.rows = ForumListRow.rows(for: forums)
        state.forumList.loaded = true
        let rows = state.forumList.rows
        let index = selectedID.flatMap { id in rows.firstIndex { $0.forum?.forum.id == id } }
            ?? rows.firstIndex { $0.forum != nil } ?? 0
        select(index, state: &state)
    }

    static func clamp(_ state: inout AppState) {
        select(state.forumList.cursor.selected, state: &state)
    }

    static func navigate(_ operation: Operation, state: inout AppState) -> NavigationStep {
        let rows = state.forumList.rows
        let current = state.forumList.cursor.selected
        let page = max(1, visibleRows(state) - 1)
        switch operation {
        case .moveDown: select(nextForum(after: current, step: 1, rows: rows), state: &state)
        case .moveUp: select(nextForum(after: current, step: -1, rows: rows), state: &state)
        case .pageDown: select(nearestForum(to: current + page, rows: rows), state: &state)
        case .pageUp: select(nearestForum(to: current - page, rows: rows), state: &state)
        case .first: select(nearestForum(to: 0, rows: rows), state: &state)
        case .last: select(nearestForum(to: rows.count - 1, rows: rows), state: &state)
        case .open:
            guard let summary = state.forumList.selectedForum else { return .none }
            var list = TopicListState(forum: summary.forum)
            list.loading = .first
            return NavigationStep(
                effects: [.loadTopics(forumID: summary.forum.id, page: .first, limit: AppUpdate.topicPageSize, .open)],
                transition: .push(.topics(list)))
        default:
            break
        }
        return .none
    }

    /// Selects the row of a forum, when it is listed.
    static func select(forumID: Int64, state: inout AppState) {
        if let index = state.forumList.rows.firstIndex(where: { $0.forum?.forum.id == forumID }) { select(index, state: &state) }
    }

    /// Selects row `index` (a forum row); when it is the first forum of its category, the
    /// category heading above it is kept in view.
    private static func select(_ index: Int, state: inout AppState) {
        let rows = state.forumList.rows
        var cursor = state.forumList.cursor.selecting(index, count: rows.count, visibleRows: visibleRows(state))
        if cursor.top == cursor.selected, cursor.selected > 0, case .category = rows[cursor.selected - 1] {
            cursor.top -= 1
        }
        state.forumList.cursor = cursor
    }

    private static func nextForum(after index: Int, step: Int, rows: [ForumListRow]) -> Int {
        var candidate = index + step
        while rows.indices.contains(candidate) {
            if rows[candidate].forum != nil { return candidate }
            candidate += step
        }
        return index
    }

    private static func nearestForum(to index: Int, rows: [ForumListRow]) -> Int {
        let clamped = min(max(0, index), max(0, rows.count - 1))
        guard rows.indices.contains(clamped) else { return 0 }
        if rows[clamped].forum != nil { return clamped }
        let below = nextForum(after: clamped, step: 1, rows: rows)
        return below != clamped ? below : nextForum(after: clamped, step: -1, rows: rows)
    }
}
