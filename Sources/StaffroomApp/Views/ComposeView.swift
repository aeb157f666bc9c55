import StaffroomTerminal

/// The compose screen (what is written is named in the breadcrumb): the title field for a new
/// topic, the editor (or the preview as the thread will show it), and a line of keys or the
/// reason sending was refused.
enum ComposeView {
    static func draw(_ compose: ComposeState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        var (rest, hints) = area.splitBottom(1)
        let textArea = { (area: Rect) in
            Rect(x: area.x + 2, y: area.y, width: min(ComposeLayout.textWidth(state.size), area.width - 2), height: area.height)
        }
        if compose.hasTitle && !compose.previewing {
            let (titleRow, below) = rest.splitTop(2)
            let label = Phrase.composeTitleLabel.text(language)
            grid.draw(" " + label, x: titleRow.x, y: titleRow.y, style: theme[.secondary], clip: titleRow)
            let field = Rect(x: titleRow.x + 1 + DisplayWidth.of(label), y: titleRow.y,
                             width: max(1, titleRow.width - 2 - DisplayWidth.of(label)), height: 1)
            TextEditorView.draw(compose.title, style: theme[.normal], focused: compose.focus == .title, into: &grid, area: field)
            grid.draw(String(repeating: "─", count: max(0, titleRow.width - 2)), x: titleRow.x + 1, y: titleRow.y + 1,
                      style: theme[.secondary], clip: titleRow)
            rest = below
        }
        if compose.previewing {
            ThreadView.drawPreview(compose.body.text, top: compose.previewTop, state: state, theme: theme, into: &grid, area: rest)
        } else {
            TextEditorView.draw(compose.body, style: theme[.normal], focused: compose.focus == .body, into: &grid,
                                area: textArea(rest))
        }
        if let problem = compose.problem {
            grid.drawRow(" " + problem.text(language), style: theme[.statusError], area: hints)
        } else {
            grid.drawRow(" " + (compose.previewing ? Phrase.previewHints : .composeHints).text(language),
                         style: theme[.secondary], area: hints)
        }
    }
}
