import StaffroomTerminal

/// Where the event form's parts go: a line of keys, then one row per field (labels in a column,
/// values beside them), the description taking the rows left. On a short terminal the rows scroll
/// to keep the field being filled in view.
enum EventFormLayout {
    /// Rows the description shows at least.
    static let minimumDescriptionRows = 3

    /// The column values start at: past the widest label shown.
    static func valueColumn(_ form: EventFormState, language: Language) -> Int {
        let widest = form.fields.map { DisplayWidth.of(EventFormPhrase.label($0).text(language)) }.max() ?? 0
        return widest + 4
    }

    /// How wide a value is.
    static func valueWidth(_ form: EventFormState, state: AppState) -> Int {
        max(10, state.size.columns - valueColumn(form, language: state.language) - 1)
    }

    /// Rows the description editor has.
    static func descriptionRows(_ form: EventFormState, state: AppState) -> Int {
        max(minimumDescriptionRows, state.contentRows - 1 - (form.fields.count - 1))
    }

    /// The first field shown: 0 when all fit, else far enough down that the focused field (the
    /// description with its rows) is in view.
    static func firstField(_ form: EventFormState, rows: Int, descriptionRows: Int) -> Int {
        let fields = form.fields
        let needed = fields.count - 1 + (fields.last == .description ? descriptionRows : 1)
        guard needed > rows, let focused = fields.firstIndex(of: form.focus) else { return 0 }
        let focusRows = form.focus == .description ? descriptionRows : 1
        return max(0, min(focused + focusRows - rows, fields.count - 1))
    }
}
