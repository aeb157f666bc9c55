import StaffroomProtocol
import StaffroomTerminal

/// The lists of watched and muted topics and forums, and of bookmarked posts.
enum FollowingView {
    static func draw(_ list: FollowedListState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let rows = header(state: state, theme: theme, into: &grid, area: area)
        guard !list.items.isEmpty else {
            grid.drawCentered((list.loaded ? Phrase.noFollowed : .loading).text(state.language), style: theme[.secondary], area: rows)
            return
        }
        for offset in 0..<rows.height {
            let index = list.cursor.top + offset
            guard list.items.indices.contains(index) else { break }
            let item = list.items[index]
            let place = item.forumTitle.map { "\($0) › " } ?? ""
            ListScreensView.drawRow("   \(place)\(item.title)", right: Phrase.followLevel(item.subscription.level).text(state.language),
                isCursor: index == list.cursor.selected, state: state, theme: theme, into: &grid, row: rows.row(offset))
        }
    }

    static func draw(_ list: BookmarkListState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let rows = header(state: state, theme: theme, into: &grid, area: area)
        guard !list.bookmarks.isEmpty else {
            grid.drawCentered((list.loaded ? Phrase.noBookmarks : .loading).text(state.language), style: theme[.secondary], area: rows)
            return
        }
        for offset in 0..<rows.height {
            let index = list.cursor.top + offset
            guard list.bookmarks.indices.contains(index) else { break }
            let hit = list.bookmarks[index].hit
            let firstLine = hit.post.body.split(separator: "\n").first.map(String.init) ?? ""
            ListScreensView.drawRow("   \(hit.authorName) · \(hit.topic.title) · \(firstLine)", right: state.dates.short(hit.post.createdAt, now: state.now),
                isCursor: index == list.cursor.selected, state: state, theme: theme, into: &grid, row: rows.row(offset))
        }
    }

    private static func header(state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) -> Rect {
        let (keys, rows) = area.splitTop(1)
        grid.drawRow(" " + Phrase.listHints.text(state.language), style: theme[.listHeader], area: keys)
        return rows
    }
}
