import StaffroomTerminal

/// Typing and moving on a `TextFieldsForm`: Tab, the arrows and Enter move between the one-line
/// fields; in the last field Enter starts a line and the arrows move in the text.
enum TextFieldsFormUpdate {
    /// Applies an editing or moving key; returns whether the text changed.
    static func key<Form: TextFieldsForm>(_ key: Key, form: inout Form, width: Int, longRows: Int) -> Bool {
        let inLong = form.focus == Form.longField
        switch key {
        case .tab: move(&form, by: 1); return false
        case .backTab: move(&form, by: -1); return false
        case .down, .enter:
            guard inLong else { move(&form, by: 1); return false }
        case .up:
            guard inLong else { move(&form, by: -1); return false }
        default:
            break
        }
        guard let edit = EditorKeys.edit(for: key) else { return false }
        switch edit {
        case .insert(let text): typed(text, form: &form, width: width, longRows: longRows)
        case .command(let command):
            guard command != .newline || inLong else { return false }
            let rows = inLong ? longRows : 1
            form.texts[form.focus]?.perform(command, width: width, height: rows)
        }
        return edit.changesText
    }

    /// Text typed or pasted in one burst, into the focused field (on one line but in the last).
    static func typed<Form: TextFieldsForm>(_ text: String, form: inout Form, width: Int, longRows: Int) {
        let inLong = form.focus == Form.longField
        let line = inLong ? text : text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        form.texts[form.focus]?.insert(line, width: width, height: inLong ? longRows : 1)
    }

    /// Puts every field's cursor after its text, so what is typed into a filled-in field adds to it.
    static func cursorsAtEnd<Form: TextFieldsForm>(_ form: inout Form, width: Int, longRows: Int) {
        for field in Form.Field.allCases {
            form.texts[field]?.moveToEnd(width: width, height: field == Form.longField ? longRows : 1)
        }
    }

    private static func move<Form: TextFieldsForm>(_ form: inout Form, by offset: Int) {
        form.focus = Form.Field.allCases.cycled(from: form.focus, by: offset)
    }

    /// Where values start: past the widest label.
    static func labelColumn(_ labels: [String]) -> Int { (labels.map(DisplayWidth.of).max() ?? 0) + 4 }

    /// Rows the last field has: what is left below the heading and the other fields.
    static func longRows<Form: TextFieldsForm>(_ form: Form.Type, state: AppState) -> Int {
        max(3, state.contentRows - 1 - (Form.Field.allCases.count - 1))
    }
}
