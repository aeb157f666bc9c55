import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// The Library pane's keys and pages: moving through the list (reading on as it nears the end),
/// picking facets, searching as one types, changing the order, and acting on the selected resource.
enum LibraryUpdate {
    /// Switches to the Library pane and reads its first page.
    static func open(_ state: inout AppState) -> [Effect] {
        state.pane = .library
        state.stack.removeAll()
        return reload(&state)
    }

    /// Reads the list again from its start, as many rows as it shows now.
    static func reload(_ state: inout AppState) -> [Effect] {
        state.library.loading = true
        return [.loadLibrary(state.library.filter, after: nil, limit: max(LibraryState.pageSize, state.library.items.count))]
    }

    /// What to read again after a sync or a write: the list, an opened resource, the queue.
    static func refreshEffects(_ state: inout AppState) -> [Effect] {
        var effects: [Effect] = state.pane == .library ? reload(&state) : []
        for screen in state.stack {
            switch screen {
            case .resource(let detail): effects.append(.loadResource(detail.summary.resource.id))
            case .downloads: effects.append(.loadDownloads)
            default: break
            }
        }
        return effects
    }

    /// Rows of resources: all but the heading, the facet line and the search or hint line.
    static func visibleRows(_ state: AppState) -> Int { max(1, state.contentRows - 3) }

    /// A key on the pane's list; nil when the key map should handle it.
    static func key(_ key: Key, state: inout AppState) -> [Effect]? {
        if state.library.editingSearch { return searchKey(key, state: &state) }
        var library = state.library
        defer { state.library = library }
        let rows = visibleRows(state)
        switch key {
        case .down, .character("j"): return move(to: library.cursor.selected + 1, &library, rows: rows)
        case .up, .character("k"): return move(to: library.cursor.selected - 1, &library, rows: rows)
        case .pageDown, .control("f"), .character(" "): return move(to: library.cursor.selected + rows, &library, rows: rows)
        case .pageUp, .control("b"): return move(to: library.cursor.selected - rows, &library, rows: rows)
        case .home, .character("g"): return move(to: 0, &library, rows: rows)
        case .end, .character("G"): return move(to: library.items.count - 1, &library, rows: rows)
        case .enter, .right, .character("l"):
            guard let selected = library.selected else { return [] }
            state.stack.append(.resource(ResourceDetailState(summary: selected)))
            return [.loadResource(selected.resource.id)]
        case .character(let digit) where ("1"..."5").contains(digit):
            let facet = LibraryFacet.allCases[Int(String(digit))! - 1]
            state.stack.append(.libraryFacet(LibraryFacetState(facet: facet)))
            return [.loadFacet(facet, library.filter)]
        case .character("0"):
            library.filter = LibraryFilter(sort: library.filter.sort)
            library.pickedLabels = [:]
            library.cursor = ListCursor()
            state.library = library
            return reload(&state)
        case .character("/"):
            library.editingSearch = true
            library.searchBeforeEditing = library.filter.text
            return []
        case .character("s"):
            library.filter.sort = LibrarySort.allCases.cycled(from: library.filter.sort, by: 1)
            library.cursor = ListCursor()
            state.library = library
            return reload(&state)
        case .character("d"):
            guard let selected = library.selected else { return [] }
            let request = DownloadRequest.ask(for: selected.resource, confirmed: library.confirmingDownload == selected.resource.id,
                                              state: &state)
            library.confirmingDownload = request.needsConfirmation ? selected.resource.id : nil
            return request.effects
        case .character("u"):
            guard let selected = library.selected else { return [] }
            library.items[library.cursor.selected].markedUseful.toggle()
            state.notice = .library(.usefulMarked(!selected.markedUseful))
            return [.setUseful(resourceID: selected.resource.id, useful: !selected.markedUseful)]
        case .character("D"):
            state.stack.append(.downloads(DownloadsState()))
            return [.loadDownloads]
        case .character("a"):
            state.library = library
            let effects = ShareFormUpdate.open(&state)
            library = state.library
            return effects
        default:
            return nil
        }
    }

    /// Text typed into the search line: the list narrows as one types.
    static func typed(_ text: String, state: inout AppState) -> [Effect] {
        state.library.filter.text += text.filter { !$0.isNewline }
        state.library.cursor = ListCursor()
        return reload(&state)
    }

    /// Keys while the search line has the keyboard.
    private static func searchKey(_ key: Key, state: inout AppState) -> [Effect] {
        switch key {
        case .enter:
            state.library.editingSearch = false
            return []
        case .escape:
            state.library.editingSearch = false
            state.library.filter.text = state.library.searchBeforeEditing
        case .backspace:
            guard !state.library.filter.text.isEmpty else { return [] }
            state.library.filter.text.removeLast()
        case .control("k"), .control("u"):
            state.library.filter.text = ""
        case .character(let character):
            state.library.filter.text.append(character)
        default:
            return []
        }
        state.library.cursor = ListCursor()
        return reload(&state)
    }

    /// Moves the selection; near the end of what was read, reads the next page.
    private static func move(to index: Int, _ library: inout LibraryState, rows: Int) -> [Effect] {
        library.confirmingDownload = nil
        library.cursor = library.cursor.selecting(index, count: library.items.count, visibleRows: rows)
        guard library.hasMore, !library.loading, library.cursor.selected >= library.items.count - rows,
              let last = library.items.last else { return [] }
        library.loading = true
        return [.loadLibrary(library.filter, after: last.key(library.filter.sort), limit: LibraryState.pageSize)]
    }

    /// A page arrived; one read for a filter no longer shown is dropped.
    static func loaded(_ load: LibraryLoad, state: inout AppState) {
        guard load.filter == state.library.filter else { return }
        var library = state.library
        if load.after == nil {
            let selectedID = library.selected?.resource.id
            library.items = load.items
            library.total = load.total
            let index = selectedID.flatMap { id in load.items.firstIndex { $0.resource.id == id } } ?? library.cursor.selected
            library.cursor = library.cursor.selecting(index, count: load.items.count, visibleRows: visibleRows(state))
        } else {
            library.items += load.items.filter { item in !library.items.contains { $0.resource.id == item.resource.id } }
        }
        library.hasMore = load.items.count >= load.limit
        library.loading = false
        library.loaded = true
        state.library = library
    }
}
