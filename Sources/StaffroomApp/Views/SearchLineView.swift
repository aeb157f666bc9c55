import StaffroomTerminal

/// A list's search line: what is typed after its label (the end kept in view), with a cursor while
/// it has the keyboard; the list's keys instead when there is no search.
enum SearchLineView {
    static func draw(text: String, editing: Bool, label: String, hints: String, theme: Theme, into grid: inout CellGrid, area: Rect) {
        grid.fill(area, style: theme[.normal])
        guard editing || !text.isEmpty else {
            grid.draw(TextLayout.truncate(" " + hints, width: area.width), x: area.x, y: area.y, style: theme[.secondary], clip: area)
            return
        }
        let x = grid.draw(" " + label, x: area.x, y: area.y, style: theme[.secondary], clip: area)
        let room = max(1, area.maxX - x - 1)
        var shown = Substring(text)
        while DisplayWidth.of(String(shown)) > room { shown = shown.dropFirst() }
        let end = grid.draw(String(shown), x: x, y: area.y, style: theme[.unread], clip: area)
        if editing { grid.draw(" ", x: end, y: area.y, style: theme[.selection], clip: area) }
    }
}
