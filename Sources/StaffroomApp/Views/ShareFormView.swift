import StaffroomProtocol
import StaffroomTerminal

/// The share form: a line of keys, then one row per field (label, value, and the problem that
/// stops it from being sent); the description takes the rows left.
enum ShareFormView {
    static func draw(_ form: ShareFormState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (hints, rows) = area.splitTop(1)
        grid.drawRow(" " + ShareFormPhrase.hints.text(language), style: theme[.listHeader], area: hints)
        let column = ShareFormUpdate.labelColumn(language)
        var y = rows.y
        for field in ShareFormField.allCases {
            guard y < rows.maxY else { return }
            let height = field == .description ? min(ShareFormUpdate.descriptionRows(state), rows.maxY - y) : 1
            let problem = form.problems[field]
            let labelStyle = problem != nil ? theme[.statusError] : form.focus == field ? theme[.category] : theme[.secondary]
            grid.draw((problem == nil ? "  " : " !") + ShareFormPhrase.label(field).text(language), x: rows.x, y: y, style: labelStyle,
                      clip: rows)
            let value = Rect(x: rows.x + column, y: y, width: max(0, rows.maxX - rows.x - column - 1), height: height)
            let end = drawValue(field, of: form, theme: theme, into: &grid, area: value, language: language)
            if let problem, field != .description {
                grid.draw(TextLayout.truncate(ShareFormPhrase.problem(problem).text(language), width: max(0, value.maxX - end - 2)),
                          x: end + 2, y: y, style: theme[.statusError], clip: value)
            }
            y += height
        }
    }

    /// Draws a field's value; returns the column after it.
    private static func drawValue(_ field: ShareFormField, of form: ShareFormState, theme: Theme, into grid: inout CellGrid,
                                  area: Rect, language: Language) -> Int {
        let focused = form.focus == field
        if field.isChoice {
            let choice = field == .type ? ResourcePhrase.type(form.type).text(language)
                : form.forums.first { $0.id == form.forumID }?.title ?? ShareFormPhrase.noDiscussion.text(language)
            let end = grid.draw(TextLayout.truncate(focused ? "‹ \(choice) ›" : choice, width: area.width), x: area.x, y: area.y,
                                style: theme[focused ? .selection : .normal], clip: area)
            if focused { grid.cursor = CellPosition(x: area.x, y: area.y) }
            return end
        }
        guard let editor = form.texts[field] else { return area.x }
        if editor.text.isEmpty {
            let hint = ShareFormPhrase.placeholder(field).text(language)
            grid.draw(TextLayout.truncate(hint, width: area.width), x: area.x, y: area.y, style: theme[.secondary], clip: area)
            if focused { grid.cursor = CellPosition(x: area.x, y: area.y) }
            return area.x + min(area.width, DisplayWidth.of(hint))
        }
        TextEditorView.draw(editor, style: theme[.normal], focused: focused, into: &grid, area: area)
        return area.x + min(area.width, DisplayWidth.of(editor.text))
    }
}
