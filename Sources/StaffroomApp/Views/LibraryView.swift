import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// The Library pane: a heading (how many, in what order), the facet line (each facet's pick, by its
/// key), the search line, then one row per resource: title on the left; kind, size, downloads and
/// useful marks on the right.
enum LibraryView {
    static func draw(_ library: LibraryState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (heading, belowHeading) = area.splitTop(1)
        let (facets, belowFacets) = belowHeading.splitTop(1)
        let (search, rows) = belowFacets.splitTop(1)
        grid.drawRow(" " + LibraryPhrase.heading(shown: library.total ?? library.items.count, sort: library.filter.sort).text(language),
                     style: theme[.listHeader], area: heading)
        drawFacets(library, language: language, theme: theme, into: &grid, area: facets)
        SearchLineView.draw(text: library.filter.text, editing: library.editingSearch, label: LibraryPhrase.searchLabel.text(language),
                            hints: LibraryPhrase.hints.text(language), theme: theme, into: &grid, area: search)
        guard library.loaded else {
            grid.drawCentered(Phrase.loading.text(language), style: theme[.secondary], area: rows)
            return
        }
        guard !library.items.isEmpty else {
            let filtered = library.filter != LibraryFilter(sort: library.filter.sort)
            grid.drawCentered((filtered ? LibraryPhrase.emptyFiltered : .empty).text(language), style: theme[.secondary], area: rows)
            return
        }
        for offset in 0..<rows.height {
            let index = library.cursor.top + offset
            guard library.items.indices.contains(index) else { break }
            let item = library.items[index]
            let mark = item.resource.files.isEmpty || item.downloadedFiles < item.resource.files.count ? " " : "✓"
            ListScreensView.drawRow("  \(mark) \(item.resource.title)", right: rightColumn(item, language: language),
                                    isCursor: index == library.cursor.selected, state: state, theme: theme, into: &grid,
                                    row: rows.row(offset))
        }
    }

    /// "план урока, 1,2 МБ · ↓9 ★3".
    static func rightColumn(_ item: ResourceSummary, language: Language) -> String {
        let resource = item.resource
        let text = ResourcePhrase.summary(resource.type, bytes: resource.size, isLink: resource.files.isEmpty).text(language)
        return text + " · ↓\(resource.downloadCount) ★\(resource.usefulCount)"
    }

    /// "1 Тип: все  2 Предмет: математика  3 Класс: 5  …", picked values highlighted.
    private static func drawFacets(_ library: LibraryState, language: Language, theme: Theme, into grid: inout CellGrid, area: Rect) {
        grid.fill(area, style: theme[.normal])
        var x = area.x + 1
        for (number, facet) in LibraryFacet.allCases.enumerated() {
            let value = pickedValue(facet, library: library, language: language)
            x = grid.draw("\(number + 1) \(LibraryPhrase.facet(facet).text(language)): ", x: x, y: area.y, style: theme[.secondary], clip: area)
            x = grid.draw(value ?? LibraryPhrase.any.text(language), x: x, y: area.y, style: theme[value == nil ? .normal : .unread],
                          clip: area)
            x += 2
        }
    }

    /// How the pick of `facet` reads, if there is one.
    private static func pickedValue(_ facet: LibraryFacet, library: LibraryState, language: Language) -> String? {
        switch facet {
        case .type: library.filter.type.map { ResourcePhrase.type($0).text(language) }
        case .grade: library.filter.grade.map { LibraryPhrase.grade($0).text(language) }
        case .subject: library.filter.subject.map { library.pickedLabels[facet] ?? $0 }
        case .language: library.filter.language.map { library.pickedLabels[facet] ?? $0 }
        case .author: library.filter.authorID.map { library.pickedLabels[facet] ?? "#\($0)" }
        }
    }
}
