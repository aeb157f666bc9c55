import Foundation
import StaffroomStore
import StaffroomTerminal

/// The feed: a heading with what is shown, then one row per entry, newest first: what happened
/// and where on the left, when on the right; unread rows stand out, and a rule marks where the
/// member's last visit was.
enum FeedView {
    static func draw(_ feed: FeedState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (heading, rows) = area.splitTop(1)
        grid.drawRow(" " + FeedPhrase.kindFilter(feed.kind).text(language), style: theme[.listHeader], area: heading)
        guard feed.loaded else {
            grid.drawCentered(Phrase.loading.text(language), style: theme[.secondary], area: rows)
            return
        }
        guard !feed.entries.isEmpty else {
            grid.drawCentered(FeedPhrase.empty.text(language), style: theme[.secondary], area: rows)
            return
        }
        let divider = feed.dividerIndex
        var y = 0
        var index = feed.cursor.top
        while y < rows.height, feed.entries.indices.contains(index) {
            // The rule takes the row `FeedUpdate.visibleRows` keeps free for it.
            if index == divider && index > feed.cursor.top {
                let text = " " + FeedPhrase.divider.text(language) + " "
                let rule = max(0, (rows.width - DisplayWidth.of(text)) / 2)
                grid.draw(String(repeating: "─", count: rule) + text + String(repeating: "─", count: rule), x: rows.x, y: rows.y + y,
                          style: theme[.secondary], clip: rows)
                y += 1
                guard y < rows.height else { break }
            }
            let entry = feed.entries[index]
            ListScreensView.drawRow("  " + FeedPhrase.entry(entry).text(language), right: state.dates.short(entry.at, now: state.now),
                                    isCursor: index == feed.cursor.selected, state: state, theme: theme, into: &grid, row: rows.row(y),
                                    style: entry.read ? .normal : .unread)
            y += 1
            index += 1
        }
    }
}
