import StaffroomTerminal

/// The event form: a line of keys, then the fields (label, value, and the problem that stops it
/// from being sent). A choice shows ‹ › around it while focused; an empty field shows what to type.
enum EventFormView {
    static func draw(_ form: EventFormState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let moving = if case .moveOccurrence = form.purpose { true } else { false }
        let (hints, rows) = area.splitTop(1)
        grid.drawRow(" " + EventFormPhrase.hints(moving: moving).text(language), style: theme[.listHeader], area: hints)
        let column = EventFormLayout.valueColumn(form, language: language)
        let width = EventFormLayout.valueWidth(form, state: state)
        let descriptionRows = EventFormLayout.descriptionRows(form, state: state)
        let fields = form.fields
        var y = rows.y
        for field in fields.dropFirst(EventFormLayout.firstField(form, rows: rows.height, descriptionRows: descriptionRows)) {
            guard y < rows.maxY else { return }
            let height = field == .description ? min(descriptionRows, rows.maxY - y) : 1
            let problem = form.problems[field]
            let label = EventFormPhrase.label(field).text(language)
            let labelStyle = problem != nil ? theme[.statusError] : form.focus == field ? theme[.category] : theme[.secondary]
            grid.draw((problem == nil ? "  " : " !") + label, x: rows.x, y: y, style: labelStyle, clip: rows)
            let value = Rect(x: rows.x + column, y: y, width: min(width, rows.maxX - rows.x - column), height: height)
            let end = drawValue(field, of: form, theme: theme, into: &grid, area: value, language: language)
            if let problem, field != .description {
                grid.draw(TextLayout.truncate(EventFormPhrase.problem(problem).text(language), width: max(0, value.maxX - end - 2)),
                          x: end + 2, y: y, style: theme[.statusError], clip: value)
            }
            y += height
        }
    }

    /// Draws a field's value; returns the column after it.
    private static func drawValue(_ field: EventFormField, of form: EventFormState, theme: Theme, into grid: inout CellGrid,
                                  area: Rect, language: Language) -> Int {
        let focused = form.focus == field
        if field.isPicked {
            let text = form.resourceIDs.isEmpty ? nil
                : form.resourceTitles.isEmpty ? EventFormPhrase.chosenResources(form.resourceIDs.count).text(language)
                : form.resourceTitles.joined(separator: "; ")
            let shown = text ?? EventFormPhrase.placeholder(field).text(language)
            let end = grid.draw(TextLayout.truncate(shown, width: area.width), x: area.x, y: area.y,
                                style: theme[text == nil ? .secondary : .normal], clip: area)
            if focused { grid.cursor = CellPosition(x: area.x, y: area.y) }
            return end
        }
        if field.isChoice {
            let choice = field == .kind ? EventPhrase.kind(form.kind).text(language)
                : form.frequency.map { EventFormPhrase.frequency($0).text(language) } ?? EventFormPhrase.doesNotRepeat.text(language)
            let end = grid.draw(focused ? "‹ \(choice) ›" : choice, x: area.x, y: area.y, style: theme[focused ? .selection : .normal],
                                clip: area)
            if focused { grid.cursor = CellPosition(x: area.x, y: area.y) }
            return end
        }
        guard let editor = form.texts[field] else { return area.x }
        if editor.text.isEmpty {
            let hint = EventFormPhrase.placeholder(field).text(language)
            grid.draw(TextLayout.truncate(hint, width: area.width), x: area.x, y: area.y, style: theme[.secondary], clip: area)
            if focused { grid.cursor = CellPosition(x: area.x, y: area.y) }
            return area.x + DisplayWidth.of(hint)
        }
        TextEditorView.draw(editor, style: theme[.normal], focused: focused, into: &grid, area: area)
        return area.x + min(area.width, DisplayWidth.of(editor.text))
    }
}
