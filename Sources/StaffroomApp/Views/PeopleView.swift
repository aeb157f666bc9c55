import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// The People pane: a heading (how many, and each picked facet), the search or hint line, then one
/// row per member: name, role and school in columns on the left, subjects on the right.
enum PeopleView {
    static func draw(_ directory: DirectoryState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (heading, belowHeading) = area.splitTop(1)
        let (search, rows) = belowHeading.splitTop(1)
        grid.drawRow(" " + headingText(directory, language: language), style: theme[.listHeader], area: heading)
        SearchLineView.draw(text: directory.filter.text, editing: directory.editingSearch, label: PeoplePhrase.searchLabel.text(language),
                            hints: PeoplePhrase.hints.text(language), theme: theme, into: &grid, area: search)
        guard directory.loaded else {
            grid.drawCentered(Phrase.loading.text(language), style: theme[.secondary], area: rows)
            return
        }
        guard !directory.members.isEmpty else {
            grid.drawCentered((directory.filter.isEmpty ? PeoplePhrase.empty : .emptyFiltered).text(language), style: theme[.secondary],
                              area: rows)
            return
        }
        let nameWidth = min(24, max(12, rows.width / 3))
        for offset in 0..<rows.height {
            let index = directory.cursor.top + offset
            guard directory.members.indices.contains(index) else { break }
            let member = directory.members[index]
            let left = "  " + TextLayout.fitted(member.displayName, width: nameWidth) + " "
                + TextLayout.fitted(PeoplePhrase.role(member.role).text(language), width: 13) + " " + member.school
            ListScreensView.drawRow(left, right: TextLayout.truncate(member.subjects.joined(separator: ", "), width: max(0, rows.width / 4)),
                                    isCursor: index == directory.cursor.selected, state: state, theme: theme, into: &grid, row: rows.row(offset))
        }
    }

    /// "12 members · school: … · role: mentor".
    private static func headingText(_ directory: DirectoryState, language: Language) -> String {
        let picks = DirectoryFacet.allCases.compactMap { facet in
            directory.filter.pick(of: facet).map { value in
                let label = facet == .role ? Role(rawValue: value).map { PeoplePhrase.role($0).text(language) } ?? value : value
                return PeoplePhrase.picked(facet, label).text(language)
            }
        }
        return ([PeoplePhrase.heading(shown: directory.total ?? directory.members.count).text(language)] + picks).joined(separator: " · ")
    }
}
