import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// The People pane's keys and pages: moving through the directory (reading on as it nears the
/// end), picking a school, subject or role, searching as one types, and opening a profile.
enum PeopleUpdate {
    /// Switches to the People pane and reads its first page.
    static func open(_ state: inout AppState) -> [Effect] {
        state.pane = .people
        state.stack.removeAll()
        return reload(&state)
    }

    /// Reads the list again from its start, as many rows as it shows now.
    static func reload(_ state: inout AppState) -> [Effect] {
        state.directory.loading = true
        return [.loadDirectory(state.directory.filter, after: nil, limit: max(DirectoryState.pageSize, state.directory.members.count))]
    }

    /// What to read again after a sync: the list while it shows, and an opened profile.
    static func refreshEffects(_ state: inout AppState) -> [Effect] {
        var effects: [Effect] = state.pane == .people && state.stack.isEmpty ? reload(&state) : []
        switch state.stack.last {
        case .profile(let profile): effects.append(.loadProfile(profile.userID))
        case .mentoring: effects.append(.loadMentorships)
        default: break
        }
        return effects
    }

    /// Rows of members: all but the heading and the search or hint line.
    static func visibleRows(_ state: AppState) -> Int { max(1, state.contentRows - 2) }

    /// A key on the pane's list; nil when the key map should handle it.
    static func key(_ key: Key, state: inout AppState) -> [Effect]? {
        if state.directory.editingSearch { return searchKey(key, state: &state) }
        var directory = state.directory
        defer { state.directory = directory }
        let rows = visibleRows(state)
        if let moved = directory.cursor.moved(by: key, count: directory.members.count, visibleRows: rows) {
            return move(to: moved.selected, &directory, rows: rows)
        }
        switch key {
        case .character(" "): return move(to: directory.cursor.selected + rows, &directory, rows: rows)
        case .home, .character("g"): return move(to: 0, &directory, rows: rows)
        case .end, .character("G"): return move(to: directory.members.count - 1, &directory, rows: rows)
        case .enter, .right, .character("l"):
            guard let selected = directory.selected else { return [] }
            return ProfileUpdate.open(userID: selected.id, state: &state)
        case .character("i"):
            return ProfileUpdate.open(userID: state.me.userID, state: &state)
        case .character("M"):
            return MentoringUpdate.open(&state)
        case .character(let digit) where ("1"..."3").contains(digit):
            let facet = DirectoryFacet.allCases[Int(String(digit))! - 1]
            state.stack.append(.directoryFacet(DirectoryFacetState(facet: facet)))
            return [.loadDirectoryFacet(facet, directory.filter)]
        case .character("0"):
            directory.filter = DirectoryFilter()
            directory.cursor = ListCursor()
            state.directory = directory
            return reload(&state)
        case .character("/"):
            directory.editingSearch = true
            directory.searchBeforeEditing = directory.filter.text
            return []
        default:
            return nil
        }
    }

    /// Text typed into the search line: the list narrows as one types.
    static func typed(_ text: String, state: inout AppState) -> [Effect] {
        state.directory.filter.text += text.filter { !$0.isNewline }
        state.directory.cursor = ListCursor()
        return reload(&state)
    }

    /// Keys while the search line has the keyboard.
    private static func searchKey(_ key: Key, state: inout AppState) -> [Effect] {
        switch key {
        case .enter:
            state.directory.editingSearch = false
            return []
        case .escape:
            state.directory.editingSearch = false
            state.directory.filter.text = state.directory.searchBeforeEditing
        case .backspace:
            guard !state.directory.filter.text.isEmpty else { return [] }
            state.directory.filter.text.removeLast()
        case .control("k"), .control("u"):
            state.directory.filter.text = ""
        case .character(let character):
            state.directory.filter.text.append(character)
        default:
            return []
        }
        state.directory.cursor = ListCursor()
        return reload(&state)
    }

    /// Moves the selection; near the end of what was read, reads the next page.
    private static func move(to index: Int, _ directory: inout DirectoryState, rows: Int) -> [Effect] {
        directory.cursor = directory.cursor.selecting(index, count: directory.members.count, visibleRows: rows)
        guard directory.hasMore, !directory.loading, directory.cursor.selected >= directory.members.count - rows,
              let last = directory.members.last else { return [] }
        directory.loading = true
        return [.loadDirectory(directory.filter, after: DirectoryKey(last), limit: DirectoryState.pageSize)]
    }

    /// A page arrived; one read for a filter no longer shown is dropped.
    static func loaded(_ load: DirectoryLoad, state: inout AppState) {
        guard load.filter == state.directory.filter else { return }
        var directory = state.directory
        if load.after == nil {
            let selectedID = directory.selected?.id
            directory.members = load.members
            directory.total = load.total
            let index = selectedID.flatMap { id in load.members.firstIndex { $0.id == id } } ?? directory.cursor.selected
            directory.cursor = directory.cursor.selecting(index, count: load.members.count, visibleRows: visibleRows(state))
        } else {
            guard load.after == directory.members.last.map(DirectoryKey.init) else { return }
            directory.members += load.members
        }
        directory.hasMore = load.members.count >= load.limit
        directory.loading = false
        directory.loaded = true
        state.directory = directory
    }

    /// Keys on a facet's values: moving, `Enter` picking one ("any" clears it), `Esc` leaving.
    static func facetKey(_ key: Key, facet: inout DirectoryFacetState, state: inout AppState) -> [Effect] {
        let count = (facet.values?.count ?? 0) + 1
        let rows = max(1, state.contentRows - 2)
        if let moved = facet.cursor.moved(by: key, count: count, visibleRows: rows) {
            facet.cursor = moved
            return []
        }
        switch key {
        case .home, .character("g"): facet.cursor = facet.cursor.selecting(0, count: count, visibleRows: rows)
        case .end, .character("G"): facet.cursor = facet.cursor.selecting(count - 1, count: count, visibleRows: rows)
        case .escape, .left, .character("h"):
            state.stack.removeLast()
        case .enter, .right, .character("l"):
            guard let values = facet.values else { return [] }
            let picked = facet.cursor.selected == 0 ? nil : values[facet.cursor.selected - 1].value
            state.stack.removeLast()
            state.directory.filter.pick(picked, of: facet.facet)
            state.directory.cursor = ListCursor()
            return reload(&state)
        default:
            break
        }
        return []
    }

    /// The values arrived: the picked one (or "any") is selected.
    static func facetLoaded(_ facet: DirectoryFacet, values: [FacetValue], state: inout AppState) {
        guard case .directoryFacet(var screen) = state.stack.last, screen.facet == facet else { return }
        screen.values = values
        let picked = state.directory.filter.pick(of: facet)
        let index = picked.flatMap { picked in values.firstIndex { $0.value == picked } }.map { $0 + 1 } ?? 0
        screen.cursor = ListCursor().selecting(index, count: values.count + 1, visibleRows: max(1, state.contentRows - 2))
        state.stack[state.stack.count - 1] = .directoryFacet(screen)
    }
}
