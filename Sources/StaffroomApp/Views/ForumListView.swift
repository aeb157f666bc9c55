import StaffroomTerminal

/// The forum list: category headings, and forums with their topic and unread counts.
enum ForumListView {
    static func draw(_ list: ForumListState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        guard !list.rows.isEmpty else {
            let text = list.loaded ? Phrase.noForumsYet : Phrase.loading
            grid.drawCentered(text.text(language), style: theme[.secondary], area: area)
            return
        }
        for offset in 0..<area.height {
            let index = list.cursor.top + offset
            guard list.rows.indices.contains(index) else { break }
            let row = area.row(offset)
            switch list.rows[index] {
            case .category(let title):
                grid.drawRow(" " + title, style: theme[.category], area: row)
            case .forum(let summary):
                let isCursor = index == list.cursor.selected
                let selected = isCursor && state.cursorStyle == .bar
                var counts = countsText(topics: summary.topicCount, unread: summary.unreadTopicCount, language: language,
                                        room: row.width - DisplayWidth.of(summary.forum.title) - 6)
                if summary.followLevel == .watch { counts = Phrase.followLevel(.watch).text(language) + " · " + counts }
                let base = selected ? theme[.selection] : theme[.normal]
                grid.drawRow("", right: counts + " ", style: base,
                             rightStyle: summary.unreadTopicCount > 0 && !selected ? theme[.unread] : base, area: row)
                let titleRoom = Rect(x: row.x, y: row.y, width: max(0, row.width - DisplayWidth.of(counts) - 2), height: 1)
                var x = grid.draw(TextLayout.truncate("   " + summary.forum.title, width: titleRoom.width),
                                  x: titleRoom.x, y: row.y, style: base, clip: titleRoom)
                if !summary.forum.description.isEmpty, x + 4 < titleRoom.maxX {
                    x = grid.draw(TextLayout.truncate(" — " + summary.forum.description, width: titleRoom.maxX - x),
                                  x: x, y: row.y, style: selected ? base : theme[.secondary], clip: titleRoom)
                }
                if isCursor && !selected { CursorMarker.draw(at: row.x, y: row.y, theme: theme, into: &grid) }
            }
        }
    }

    /// "11 topics · 3 unread", or "11 · ●3" when that does not fit in `room` columns.
    private static func countsText(topics: Int, unread: Int, language: Language, room: Int) -> String {
        let full = Phrase.topicCount(topics).text(language)
            + (unread > 0 ? " · " + Phrase.unreadCount(unread).text(language) : "")
        if DisplayWidth.of(full) <= room { return full }
        return "\(topics)" + (unread > 0 ? " · ●\(unread)" : "")
    }
}
