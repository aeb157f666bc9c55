import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// Picking a school, subject or role for the directory: "any" first, then each value with how many
/// members it would show.
enum DirectoryFacetView {
    static func draw(_ facet: DirectoryFacetState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (title, rows) = area.splitTop(1)
        grid.drawRow(" " + PeoplePhrase.facetTitle(facet.facet).text(language), style: theme[.listHeader], area: title)
        guard let values = facet.values else {
            grid.drawCentered(Phrase.loading.text(language), style: theme[.secondary], area: rows)
            return
        }
        let labels = [(LibraryPhrase.any.text(language), "")] + values.map { value in
            (facet.facet == .role ? Role(rawValue: value.value).map { PeoplePhrase.role($0).text(language) } ?? value.label : value.label,
             "\(value.count)")
        }
        for offset in 0..<rows.height {
            let index = facet.cursor.top + offset
            guard labels.indices.contains(index) else { break }
            ListScreensView.drawRow("  " + labels[index].0, right: labels[index].1, isCursor: index == facet.cursor.selected,
                                    state: state, theme: theme, into: &grid, row: rows.row(offset))
        }
    }
}
