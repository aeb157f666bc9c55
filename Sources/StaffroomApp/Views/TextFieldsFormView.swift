import StaffroomTerminal

/// A `TextFieldsForm` drawn: a line of keys, then one row per field (its label, its value or a
/// hint while empty, and the problem that stops it), the last field taking the rows left.
enum TextFieldsFormView {
    static func draw<Form: TextFieldsForm>(_ form: Form, hints: String, label: (Form.Field) -> String, placeholder: (Form.Field) -> String,
                                           problem: (Form.Field) -> String?, state: AppState, theme: Theme, into grid: inout CellGrid,
                                           area: Rect) {
        let (heading, rows) = area.splitTop(1)
        grid.drawRow(" " + hints, style: theme[.listHeader], area: heading)
        let column = TextFieldsFormUpdate.labelColumn(Form.Field.allCases.map(label))
        var y = rows.y
        for field in Form.Field.allCases {
            guard y < rows.maxY else { return }
            let long = field == Form.longField
            let height = long ? min(TextFieldsFormUpdate.longRows(Form.self, state: state), rows.maxY - y) : 1
            let trouble = problem(field)
            let labelStyle = trouble != nil ? theme[.statusError] : form.focus == field ? theme[.category] : theme[.secondary]
            grid.draw((trouble == nil ? "  " : " !") + label(field), x: rows.x, y: y, style: labelStyle, clip: rows)
            let value = Rect(x: rows.x + column, y: y, width: max(0, rows.maxX - rows.x - column - 1), height: height)
            let end = drawValue(form, field: field, placeholder: placeholder(field), theme: theme, into: &grid, area: value)
            if let trouble, !long {
                grid.draw(TextLayout.truncate(trouble, width: max(0, value.maxX - end - 2)), x: end + 2, y: y, style: theme[.statusError],
                          clip: value)
            }
            y += height
        }
    }

    /// Draws a field's value (or its hint while empty); returns the column after it.
    private static func drawValue<Form: TextFieldsForm>(_ form: Form, field: Form.Field, placeholder: String, theme: Theme,
                                                        into grid: inout CellGrid, area: Rect) -> Int {
        let focused = form.focus == field
        guard let editor = form.texts[field], !editor.text.isEmpty else {
            grid.draw(TextLayout.truncate(placeholder, width: area.width), x: area.x, y: area.y, style: theme[.secondary], clip: area)
            if focused { grid.cursor = CellPosition(x: area.x, y: area.y) }
            return area.x + min(area.width, DisplayWidth.of(placeholder))
        }
        TextEditorView.draw(editor, style: theme[.normal], focused: focused, into: &grid, area: area)
        return area.x + min(area.width, DisplayWidth.of(editor.text))
    }
}
