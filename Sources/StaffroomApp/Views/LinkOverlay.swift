import StaffroomTerminal

/// A link shown in full, wrapped in a box, so it can be selected and copied. Staffroom never opens
/// addresses that come from posts.
enum LinkOverlay {
    static func draw(_ link: String, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let width = max(10, area.width - 6)
        let lines = TextLayout.wrap(link, width: width)
        let box = Rect(x: area.x + 2, y: max(area.y, area.maxY - lines.count - 3), width: width + 2, height: lines.count + 3)
        grid.fill(box, style: theme[.normal])
        grid.draw(String(repeating: "─", count: box.width), x: box.x, y: box.y, style: theme[.helpBorder], clip: box)
        for (offset, line) in lines.enumerated() {
            grid.draw(line, x: box.x + 1, y: box.y + 1 + offset, style: theme[.link], clip: box)
        }
        grid.draw(TextLayout.truncate(Phrase.linkHint.text(state.language), width: box.width - 2), x: box.x + 1,
                  y: box.maxY - 1, style: theme[.secondary], clip: box)
    }
}
