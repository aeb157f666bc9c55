import StaffroomProtocol
import StaffroomTerminal

/// The resource picker: a line of keys, then one row per resource (`[x]` when chosen) with its
/// kind and size.
enum ResourcePickerView {
    static func draw(_ picker: ResourcePickerState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let rows = picker.resources.map { resources in
            resources.map { resource in
                ChecklistView.Row(text: resource.title,
                                  right: ResourcePhrase.summary(resource.type, bytes: resource.size, isLink: resource.files.isEmpty)
                                      .text(language),
                                  checked: picker.chosen.contains(resource.id))
            }
        }
        ChecklistView.draw(hints: EventFormPhrase.pickerHints.text(language), rows: rows, empty: EventFormPhrase.emptyLibrary.text(language),
                           cursor: picker.cursor, state: state, theme: theme, into: &grid, area: area)
    }
}
