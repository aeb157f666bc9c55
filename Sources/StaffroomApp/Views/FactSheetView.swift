import StaffroomTerminal

/// An opened item's page (an event, a resource): fact lines ("Label: value", or a line of its own
/// wrapped to the width when its label is empty), then a text in the same Markdown as posts,
/// scrolled together from line `top`.
enum FactSheetView {
    /// One fact: an empty label makes the value a line (or lines) of its own.
    typealias Fact = (label: String, value: String, role: ThemeRole)

    static func draw(_ facts: [Fact], text: String, top: Int, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        var y = area.y
        for (label, value, role) in facts.dropFirst(min(top, facts.count)) {
            guard y < area.maxY else { return }
            let row = area.row(y - area.y)
            if label.isEmpty {
                for piece in TextLayout.wrap(value, width: max(1, row.width - 2)) where y < area.maxY {
                    grid.draw(piece, x: row.x + 1, y: y, style: theme[role], clip: area)
                    y += 1
                }
            } else {
                let x = grid.draw(" \(label): ", x: row.x, y: y, style: theme[.secondary], clip: row)
                grid.draw(TextLayout.truncate(value, width: max(0, row.maxX - x)), x: x, y: y, style: theme[role], clip: row)
                y += 1
            }
        }
        guard y + 1 < area.maxY else { return }
        let below = Rect(x: area.x, y: y + 1, width: area.width, height: area.maxY - y - 1)
        ThreadView.drawPreview(text, top: max(0, top - facts.count), state: state, theme: theme, into: &grid, area: below)
    }
}
