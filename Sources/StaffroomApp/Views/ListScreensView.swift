import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// The drafts list and the outbox list: one row per item under a line of keys.
enum ListScreensView {
    static func draw(_ list: DraftListState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (keys, rows) = area.splitTop(1)
        grid.drawRow(" " + Phrase.draftsHints.text(language), style: theme[.listHeader], area: keys)
        guard !list.drafts.isEmpty else {
            grid.drawCentered((list.loaded ? Phrase.noDrafts : .loading).text(language), style: theme[.secondary], area: rows)
            return
        }
        for offset in 0..<rows.height {
            let index = list.cursor.top + offset
            guard list.drafts.indices.contains(index) else { break }
            let draft = list.drafts[index]
            let firstLine = (draft.title.isEmpty ? draft.body : draft.title).split(separator: "\n").first.map(String.init) ?? ""
            let left = "   \(Phrase.draftKind(draft.kind).text(language)) · \(draft.context) · \(firstLine)"
            drawRow(left, right: state.dates.short(draft.updatedAt, now: state.now), isCursor: index == list.cursor.selected,
                    state: state, theme: theme, into: &grid, row: rows.row(offset))
        }
    }

    static func draw(_ list: OutboxListState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (keys, rows) = area.splitTop(1)
        grid.drawRow(" " + Phrase.outboxHints.text(language), style: theme[.listHeader], area: keys)
        guard !list.entries.isEmpty else {
            grid.drawCentered((list.loaded ? Phrase.outboxEmpty : .loading).text(language), style: theme[.secondary], area: rows)
            return
        }
        for offset in 0..<rows.height {
            let index = list.cursor.top + offset
            guard list.entries.indices.contains(index) else { break }
            let entry = list.entries[index]
            let state_ = entry.item.state == .pending ? Phrase.outboxPending : .outboxNotSent
            var left = "   \(state_.text(language)) · \(entry.context) · \(summary(of: entry.item.action, language: language))"
            if entry.item.state == .notSent, let message = entry.item.message { left += " — \(message)" }
            drawRow(left, right: state.dates.short(entry.item.createdAt, now: state.now),
                    isCursor: index == list.cursor.selected, state: state, theme: theme, into: &grid, row: rows.row(offset))
            if entry.item.state == .notSent {
                grid.draw(state_.text(language), x: rows.x + 3, y: rows.y + offset, style: theme[.statusError], clip: rows)
            }
        }
    }

    /// What a write is: the first line of its text, or what it does.
    static func summary(of action: MutationAction, language: Language) -> String {
        func firstLine(_ text: String) -> String { text.split(separator: "\n").first.map(String.init) ?? "" }
        switch action {
        case .reply(_, let body), .editPost(_, let body): return firstLine(body)
        case .createTopic(_, let title, _): return title
        default: return Phrase.writeKind(action).text(language)
        }
    }

    /// A list row: text on the left, a date or state on the right, and the cursor.
    static func drawRow(_ left: String, right: String, isCursor: Bool, state: AppState, theme: Theme,
                        into grid: inout CellGrid, row: Rect, style: ThemeRole = .normal) {
        let selected = isCursor && state.cursorStyle == .bar
        grid.drawRow(left, right: right + " ", style: selected ? theme[.selection] : theme[style],
                     rightStyle: selected ? theme[.selection] : theme[.secondary], area: row)
        if isCursor && !selected { CursorMarker.draw(at: row.x, y: row.y, theme: theme, into: &grid) }
    }
}
