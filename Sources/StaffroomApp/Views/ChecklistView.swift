import StaffroomTerminal

/// A list of rows each marked `[x]` or `[ ]` under a line of keys: while its rows are read it says
/// so, and when there are none, `empty`.
enum ChecklistView {
    struct Row {
        var text: String
        var right: String
        var checked: Bool
    }

    static func draw(hints: String, rows list: [Row]?, empty: String, cursor: ListCursor, state: AppState, theme: Theme,
                     into grid: inout CellGrid, area: Rect) {
        let (keys, rows) = area.splitTop(1)
        grid.drawRow(" " + hints, style: theme[.listHeader], area: keys)
        guard let list else {
            grid.drawCentered(Phrase.loading.text(state.language), style: theme[.secondary], area: rows)
            return
        }
        guard !list.isEmpty else {
            grid.drawCentered(empty, style: theme[.secondary], area: rows)
            return
        }
        for offset in 0..<rows.height {
            let index = cursor.top + offset
            guard list.indices.contains(index) else { break }
            let row = list[index]
            ListScreensView.drawRow("  \(row.checked ? "[x]" : "[ ]") \(row.text)", right: row.right, isCursor: index == cursor.selected,
                                    state: state, theme: theme, into: &grid, row: rows.row(offset))
        }
    }
}
