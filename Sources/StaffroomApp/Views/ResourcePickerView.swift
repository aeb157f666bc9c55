import StaffroomProtocol
import StaffroomTerminal

/// The resource picker: a line of keys, then one row per resource (`[x]` when chosen) with its
/// kind and size.
enum ResourcePickerView {
    static func draw(_ picker: ResourcePickerState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (keys, rows) = area.splitTop(1)
        grid.drawRow(" " + EventFormPhrase.pickerHints.text(language), style: theme[.listHeader], area: keys)
        guard let resources = picker.resources else {
            grid.drawCentered(Phrase.loading.text(language), style: theme[.secondary], area: rows)
            return
        }
        guard !resources.isEmpty else {
            grid.drawCentered(EventFormPhrase.emptyLibrary.text(language), style: theme[.secondary], area: rows)
            return
        }
        for offset in 0..<rows.height {
            let index = picker.cursor.top + offset
            guard resources.indices.contains(index) else { break }
            let resource = resources[index]
            let mark = picker.chosen.contains(resource.id) ? "[x]" : "[ ]"
            let kind = ResourcePhrase.summary(resource.type, bytes: resource.size, isLink: resource.files.isEmpty).text(language)
            ListScreensView.drawRow("  \(mark) \(resource.title)", right: kind, isCursor: index == picker.cursor.selected,
                                    state: state, theme: theme, into: &grid, row: rows.row(offset))
        }
    }
}
