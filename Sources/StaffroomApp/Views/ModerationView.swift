import Foundation
import StaffroomProtocol
import StaffroomTerminal

/// The review queue: a heading with how many wait, then one row per item: its score and the flagged
/// post's first line on the left; its author, reasons, who is looking at it, and its age on the right.
enum ModerationView {
    static func draw(_ queue: ModerationState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (heading, rows) = area.splitTop(1)
        let shown = queue.shown(me: state.me.userID, now: state.now)
        let forum = queue.filter.forumID.map { id in
            state.forumList.rows.compactMap(\.forum).first { $0.forum.id == id }?.forum.title ?? "#\(id)"
        }
        // The count stays whole; the filters give way when the line is short.
        let filters = ModerationPhrase.filters(reason: queue.filter.reason, forum: forum, claim: queue.filter.claim, marked: queue.marked.count)
        grid.fill(heading, style: theme[.listHeader])
        let end = grid.draw(" " + ModerationPhrase.heading(shown.count).text(language), x: heading.x, y: heading.y,
                            style: theme[.listHeader], clip: heading)
        let right = TextLayout.truncate(filters.text(language), width: max(0, heading.maxX - end - 3))
        grid.draw(right, x: heading.maxX - DisplayWidth.of(right) - 1, y: heading.y, style: theme[.listHeader], clip: heading)
        guard queue.loaded else {
            grid.drawCentered(Phrase.loading.text(language), style: theme[.secondary], area: rows)
            return
        }
        guard !shown.isEmpty else {
            grid.drawCentered(ModerationPhrase.empty.text(language), style: theme[.secondary], area: rows)
            return
        }
        for offset in 0..<rows.height {
            let index = queue.cursor.top + offset
            guard shown.indices.contains(index) else { break }
            let item = shown[index]
            let score = String(item.score)
            let mark = queue.marked.contains(item.id) ? "*" : " "
            let what = item.postID == nil ? ModerationPhrase.memberItem(queue.names[item.authorID] ?? "?").text(state.language) : firstLine(item.text)
            let left = " " + mark + String(repeating: " ", count: max(0, 3 - score.count)) + score + "  " + what
            ListScreensView.drawRow(left, right: details(item, names: queue.names, state: state), isCursor: index == queue.cursor.selected,
                                    state: state, theme: theme, into: &grid, row: rows.row(offset))
        }
    }

    /// "Ольга Петрова · спам ×2 · смотрит Марина · 3 ч".
    static func details(_ item: ReviewItem, names: [Int64: String], state: AppState) -> String {
        let language = state.language
        var reasons: [FlagReason: Int] = [:]
        for flag in item.flags { reasons[flag.reason, default: 0] += 1 }
        var parts = [names[item.authorID] ?? "?"]
        if item.held { parts.append(ModerationPhrase.heldShort.text(language)) }
        if item.appeal != nil { parts.append(ModerationPhrase.appealShort.text(language)) }
        parts += FlagReason.allCases.compactMap { reason in reasons[reason].map { ModerationPhrase.reason(reason, count: $0).text(language) } }
        if let holder = item.claimedBy, holder != state.me.userID, let until = item.claimedUntil, until > state.now {
            parts.append(ModerationPhrase.claimedBy(names[holder] ?? "?").text(language))
        }
        parts.append(state.dates.short(item.createdAt, now: state.now))
        return parts.joined(separator: " · ")
    }

    /// The first line of a post's own words (a quote it opens with is skipped), without Markdown
    /// markers at its start.
    static func firstLine(_ text: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let line = lines.first { !$0.hasPrefix(">") && !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? lines.first ?? ""
        return line.trimmingCharacters(in: CharacterSet(charactersIn: "#>-* ").union(.whitespaces))
    }
}
