import StaffroomTerminal

/// The `>` marker of the arrow cursor, in the selection style, in a row's first column.
enum CursorMarker {
    static func draw(at x: Int, y: Int, theme: Theme, into grid: inout CellGrid) {
        grid.draw(">", x: x, y: y, style: theme[.selection])
    }
}
