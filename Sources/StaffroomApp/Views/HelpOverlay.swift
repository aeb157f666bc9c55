import StaffroomTerminal

/// The `?` overlay: every key binding from the keymap table with what it does.
enum HelpOverlay {
    static func draw(_ state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let bindings = Keymap.bindings
        let labelWidth = bindings.map { DisplayWidth.of($0.label) }.max() ?? 0
        let entries = bindings.map { ($0.label, $0.operation.description(language)) }
        let contentWidth = max(labelWidth + 2 + (entries.map { DisplayWidth.of($0.1) }.max() ?? 0),
                               DisplayWidth.of(Phrase.helpClose.text(language)))
        let box = area.centered(width: contentWidth + 4, height: entries.count + 4)
        let border = theme[.helpBorder]
        grid.fill(box, style: theme[.normal])
        let horizontal = String(repeating: "─", count: max(0, box.width - 2))
        grid.draw("┌" + horizontal + "┐", x: box.x, y: box.y, style: border, clip: box)
        grid.draw("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, style: border, clip: box)
        for y in (box.y + 1)..<max(box.y + 1, box.maxY - 1) {
            grid.draw("│", x: box.x, y: y, style: border, clip: box)
            grid.draw("│", x: box.maxX - 1, y: y, style: border, clip: box)
        }
        grid.draw(" \(Phrase.helpTitle.text(language)) ", x: box.x + 2, y: box.y, style: theme[.helpKey], clip: box)
        let inner = box.inset(by: 1)
        for (offset, entry) in entries.enumerated() where offset < inner.height - 2 {
            let y = inner.y + offset
            grid.draw(entry.0, x: inner.x + 1, y: y, style: theme[.helpKey], clip: inner)
            grid.draw(entry.1, x: inner.x + 1 + labelWidth + 2, y: y, style: theme[.normal], clip: inner)
        }
        grid.draw(TextLayout.truncate(Phrase.helpClose.text(language), width: inner.width - 2), x: inner.x + 1,
                  y: inner.maxY - 1, style: theme[.secondary], clip: inner)
    }
}
