import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// The search screen: typing edits the query, Enter searches (or, when the results are for this
/// query, opens the selected one in its thread), arrows move through the results.
enum SearchUpdate {
    /// Rows of results: each takes two lines under the query line and the header.
    static func visibleResults(_ state: AppState) -> Int { max(1, (state.contentRows - 2) / 2) }

    static func key(_ key: Key, search: inout SearchState, state: AppState) -> NavigationStep {
        let width = max(10, state.size.columns - 12)
        let visible = visibleResults(state)
        switch key {
        case .escape:
            return NavigationStep(transition: .pop)
        case .enter:
            let text = search.query.text.trimmingCharacters(in: .whitespaces)
            if text != search.searchedText {
                guard !text.isEmpty else { return .none }
                search.loading = true
                return NavigationStep(effects: [.search(text, offset: 0)])
            }
            guard search.hits.indices.contains(search.cursor.selected) else { return .none }
            let (thread, effects) = ThreadUpdate.open(search.hits[search.cursor.selected])
            return NavigationStep(effects: effects, transition: .push(.thread(thread)))
        case .down: search.cursor = search.cursor.selecting(search.cursor.selected + 1, count: search.hits.count, visibleRows: visible)
        case .up: search.cursor = search.cursor.selecting(search.cursor.selected - 1, count: search.hits.count, visibleRows: visible)
        case .pageDown: search.cursor = search.cursor.selecting(search.cursor.selected + visible, count: search.hits.count, visibleRows: visible)
        case .pageUp: search.cursor = search.cursor.selecting(search.cursor.selected - visible, count: search.hits.count, visibleRows: visible)
        case .character(let character): search.query.insert(String(character), width: width, height: 1)
        case .backspace: search.query.perform(.backspace, width: width, height: 1)
        case .delete: search.query.perform(.delete, width: width, height: 1)
        case .left: search.query.perform(.left, width: width, height: 1)
        case .right: search.query.perform(.right, width: width, height: 1)
        case .home: search.query.perform(.home, width: width, height: 1)
        case .end: search.query.perform(.end, width: width, height: 1)
        case .control("k"): search.query.perform(.deleteToLineEnd, width: width, height: 1)
        default: return .none
        }
        return NavigationStep(effects: moreIfNeeded(&search, visible: visible))
    }

    /// Text pasted (or typed fast) into the query, on one line.
    static func typed(_ text: String, search: inout SearchState, state: AppState) {
        search.query.insert(text.replacingOccurrences(of: "\n", with: " "), width: max(10, state.size.columns - 12), height: 1)
    }

    static func results(_ hits: [SearchHit], for text: String, offset: Int, state: inout AppState) -> [Effect] {
        let visible = visibleResults(state)
        var effects: [Effect] = []
        state.stack = state.stack.map { screen in
            guard case .search(var search) = screen else { return screen }
            search.loading = false
            if offset == 0 {
                search.hits = hits
                search.searchedText = text
                search.cursor = ListCursor()
            } else if text == search.searchedText {
                search.hits += hits
            }
            search.hasMore = hits.count == SearchState.pageSize
            effects += moreIfNeeded(&search, visible: visible)
            return .search(search)
        }
        return effects
    }

    private static func moreIfNeeded(_ search: inout SearchState, visible: Int) -> [Effect] {
        guard search.hasMore, !search.loading, let text = search.searchedText,
              search.cursor.selected + visible >= search.hits.count else { return [] }
        search.loading = true
        return [.search(text, offset: search.hits.count)]
    }
}
