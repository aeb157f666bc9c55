import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// Picking a facet's value: "any" first, then each value with how many resources it would show.
enum LibraryFacetView {
    static func draw(_ facet: LibraryFacetState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (title, rows) = area.splitTop(1)
        grid.drawRow(" " + LibraryPhrase.facetTitle(facet.facet).text(language), style: theme[.listHeader], area: title)
        guard let values = facet.values else {
            grid.drawCentered(Phrase.loading.text(language), style: theme[.secondary], area: rows)
            return
        }
        let labels = [(LibraryPhrase.any.text(language), "")] + values.map { value in
            (label(value, of: facet.facet, language: language), "\(value.count)")
        }
        for offset in 0..<rows.height {
            let index = facet.cursor.top + offset
            guard labels.indices.contains(index) else { break }
            ListScreensView.drawRow("  " + labels[index].0, right: labels[index].1, isCursor: index == facet.cursor.selected,
                                    state: state, theme: theme, into: &grid, row: rows.row(offset))
        }
    }

    /// How a value reads: a type and a grade in words, the rest as they are.
    private static func label(_ value: FacetValue, of facet: LibraryFacet, language: Language) -> String {
        switch facet {
        case .type: ResourceType(rawValue: value.value).map { ResourcePhrase.type($0).text(language) } ?? value.label
        case .grade: LibraryPhrase.grade(Int(value.value) ?? 0).text(language)
        case .subject, .language, .author: value.label
        }
    }
}
