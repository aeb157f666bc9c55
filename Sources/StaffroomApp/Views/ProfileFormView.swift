import StaffroomProtocol
import StaffroomTerminal

/// The form that edits one's own profile: a line of keys, then one row per field (label, value,
/// and the problem that stops it from being saved); the text about oneself takes the rows left.
enum ProfileFormView {
    static func draw(_ form: ProfileFormState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (hints, rows) = area.splitTop(1)
        grid.drawRow(" " + PeoplePhrase.formHints.text(language), style: theme[.listHeader], area: hints)
        let column = ProfileFormUpdate.labelColumn(language)
        var y = rows.y
        for field in ProfileFormField.allCases {
            guard y < rows.maxY else { return }
            let height = field == .bio ? min(ProfileFormUpdate.bioRows(state), rows.maxY - y) : 1
            let problem = form.problem.flatMap { $0.field == field ? $0 : nil }
            let labelStyle = problem != nil ? theme[.statusError] : form.focus == field ? theme[.category] : theme[.secondary]
            grid.draw((problem == nil ? "  " : " !") + PeoplePhrase.formLabel(field).text(language), x: rows.x, y: y, style: labelStyle,
                      clip: rows)
            let value = Rect(x: rows.x + column, y: y, width: max(0, rows.maxX - rows.x - column - 1), height: height)
            let end = drawValue(field, of: form, theme: theme, into: &grid, area: value, language: language)
            if let problem, field != .bio {
                grid.draw(TextLayout.truncate(PeoplePhrase.problem(problem).text(language), width: max(0, value.maxX - end - 2)),
                          x: end + 2, y: y, style: theme[.statusError], clip: value)
            }
            y += height
        }
    }

    /// Draws a field's value (or its hint while empty); returns the column after it.
    private static func drawValue(_ field: ProfileFormField, of form: ProfileFormState, theme: Theme, into grid: inout CellGrid,
                                  area: Rect, language: Language) -> Int {
        let focused = form.focus == field
        guard let editor = form.texts[field], !editor.text.isEmpty else {
            let hint = PeoplePhrase.placeholder(field).text(language)
            grid.draw(TextLayout.truncate(hint, width: area.width), x: area.x, y: area.y, style: theme[.secondary], clip: area)
            if focused { grid.cursor = CellPosition(x: area.x, y: area.y) }
            return area.x + min(area.width, DisplayWidth.of(hint))
        }
        TextEditorView.draw(editor, style: theme[.normal], focused: focused, into: &grid, area: area)
        return area.x + min(area.width, DisplayWidth.of(editor.text))
    }
}
