/// The selected row of a list and the first visible row, kept so the selection is always visible.
public struct ListCursor: Equatable, Sendable {
    public var selected: Int
    public var top: Int

    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Moves the selection to `index` (clamped to `count` rows) and scrolls as little as possible
    /// to keep it inside a viewport of `visibleRows`.
    public func selecting(_ index: Int, count: Int, visibleRows: Int) -> ListCursor {
        guard count > 0 else { return ListCursor() }
        let selected = min(max(0, index), count - 1)
        let rows = max(1, visibleRows)
        var top = min(self.top, max(0, count - rows))
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        return ListCursor(selected: selected, top: max(0, top))
    }

    /// Shifts both positions by `offset`, when rows were inserted above them.
    public func shifted(by offset: Int) -> ListCursor {
        ListCursor(selected: selected + offset, top: top + offset)
    }
}
