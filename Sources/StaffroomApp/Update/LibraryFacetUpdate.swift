import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// Picking one value of a facet: "any" clears it; a value narrows the library's list to it.
enum LibraryFacetUpdate {
    static func key(_ key: Key, facet: inout LibraryFacetState, state: inout AppState) -> [Effect] {
        let count = (facet.values?.count ?? 0) + 1
        let rows = max(1, state.contentRows - 2)
        switch key {
        case .down, .character("j"): facet.cursor = facet.cursor.selecting(facet.cursor.selected + 1, count: count, visibleRows: rows)
        case .up, .character("k"): facet.cursor = facet.cursor.selecting(facet.cursor.selected - 1, count: count, visibleRows: rows)
        case .pageDown, .control("f"): facet.cursor = facet.cursor.selecting(facet.cursor.selected + rows, count: count, visibleRows: rows)
        case .pageUp, .control("b"): facet.cursor = facet.cursor.selecting(facet.cursor.selected - rows, count: count, visibleRows: rows)
        case .home, .character("g"): facet.cursor = facet.cursor.selecting(0, count: count, visibleRows: rows)
        case .end, .character("G"): facet.cursor = facet.cursor.selecting(count - 1, count: count, visibleRows: rows)
        case .escape, .left, .character("h"):
            state.stack.removeLast()
        case .enter, .right, .character("l"):
            guard let values = facet.values else { return [] }
            let picked = facet.cursor.selected == 0 ? nil : values[facet.cursor.selected - 1]
            state.stack.removeLast()
            pick(picked, of: facet.facet, state: &state)
            state.library.cursor = ListCursor()
            return LibraryUpdate.reload(&state)
        default:
            break
        }
        return []
    }

    /// The values arrived: the picked one (or "any") is selected.
    static func loaded(_ facet: LibraryFacet, values: [FacetValue], state: inout AppState) {
        guard case .libraryFacet(var screen) = state.stack.last, screen.facet == facet else { return }
        screen.values = values
        let picked = value(of: facet, in: state.library.filter)
        let index = picked.flatMap { picked in values.firstIndex { $0.value == picked } }.map { $0 + 1 } ?? 0
        screen.cursor = ListCursor().selecting(index, count: values.count + 1, visibleRows: max(1, state.contentRows - 2))
        state.stack[state.stack.count - 1] = .libraryFacet(screen)
    }

    /// The filter's pick of `facet`, as a facet value.
    private static func value(of facet: LibraryFacet, in filter: LibraryFilter) -> String? {
        switch facet {
        case .type: filter.type?.rawValue
        case .subject: filter.subject
        case .grade: filter.grade.map(String.init)
        case .language: filter.language
        case .author: filter.authorID.map(String.init)
        }
    }

    private static func pick(_ value: FacetValue?, of facet: LibraryFacet, state: inout AppState) {
        var filter = state.library.filter.clearing(facet)
        switch facet {
        case .type: filter.type = value.flatMap { ResourceType(rawValue: $0.value) }
        case .subject: filter.subject = value?.value
        case .grade: filter.grade = value.flatMap { Int($0.value) }
        case .language: filter.language = value?.value
        case .author: filter.authorID = value.flatMap { Int64($0.value) }
        }
        state.library.filter = filter
        state.library.pickedLabels[facet] = value?.label
    }
}
