import Foundation
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// A thread: each post's author, date and state (edited, waiting to be sent, not sent), then its
/// text, scrolled by lines. The post at the top of the screen is the current one, marked with `>`.
enum ThreadView {
    static func draw(_ thread: ThreadState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        guard !thread.posts.isEmpty else {
            let text = thread.loaded ? Phrase.emptyThread : Phrase.loading
            grid.drawCentered(text.text(state.language), style: theme[.secondary], area: area)
            return
        }
        let current = thread.current
        let lines = thread.layout.lines
        for offset in 0..<area.height {
            let index = thread.top + offset
            guard lines.indices.contains(index) else { break }
            let line = lines[index]
            let row = area.row(offset)
            if line.kind == .header {
                drawHeader(thread.posts[line.postIndex], isCurrent: line.postIndex == current,
                           acceptedPostID: thread.topic.acceptedPostID, state: state, theme: theme, into: &grid, row: row)
            } else if case .moderation(let moderation) = line.kind {
                let mine = thread.posts[line.postIndex].post.authorID == state.me.userID
                let text = ModerationPhrase.postNote(moderation, mine: mine).text(state.language)
                grid.draw(TextLayout.truncate(text, width: max(1, row.width - 3)), x: row.x + 2, y: row.y, style: theme[.statusError], clip: row)
            } else {
                drawBody(line, state: state, theme: theme, into: &grid, row: row)
            }
        }
    }

    /// The text of a compose laid out exactly as the thread will show it.
    static func drawPreview(_ text: String, top: Int, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let post = ThreadPost(post: Post(id: 0, topicID: 0, authorID: 0, body: UntrustedText.clean(text), createdAt: state.now),
                              authorName: "")
        let lines = ThreadLayout(posts: [post], columns: state.size.columns).lines.filter { $0.kind != .header }
        for offset in 0..<area.height {
            let index = min(top, max(0, lines.count - area.height)) + offset
            guard lines.indices.contains(index) else { break }
            drawBody(lines[index], state: state, theme: theme, into: &grid, row: area.row(offset))
        }
    }

    private static func drawHeader(_ post: ThreadPost, isCurrent: Bool, acceptedPostID: Int64?, state: AppState, theme: Theme,
                                   into grid: inout CellGrid, row: Rect) {
        var header = "\(post.authorName) · \(state.dates.full(post.post.createdAt))"
        if post.post.editedAt != nil && post.post.deletedAt == nil { header += " · " + Phrase.editedMark.text(state.language) }
        if post.post.id == acceptedPostID { header += " · ✓ " + Phrase.acceptedMark.text(state.language) }
        if post.bookmarked { header += " · " + Phrase.bookmarkedMark.text(state.language) }
        let x = grid.draw(TextLayout.truncate(header, width: row.width - 1), x: row.x + 1, y: row.y,
                          style: theme[.postHeader], clip: row)
        let mark: Phrase? = switch post.delivery {
        case .sent: nil
        case .pending: .pendingMark
        case .notSent(let reason): .notSentMark(reason)
        }
        if let mark, x + 3 < row.maxX {
            grid.draw(TextLayout.truncate(" · " + mark.text(state.language), width: row.maxX - x), x: x, y: row.y,
                      style: post.delivery == .pending ? theme[.unread] : theme[.statusError], clip: row)
        }
        if isCurrent { CursorMarker.draw(at: row.x, y: row.y, theme: theme, into: &grid) }
    }

    private static func drawBody(_ line: ThreadLine, state: AppState, theme: Theme, into grid: inout CellGrid, row: Rect) {
        switch line.kind {
        case .body, .code, .linkReference:
            drawSpans(line.spans, base: theme[.normal], theme: theme, into: &grid, row: row)
        case .quote:
            drawSpans(line.spans, base: theme[.quote], theme: theme, into: &grid, row: row)
        case .deleted:
            grid.draw(Phrase.deletedPost.text(state.language), x: row.x + 2, y: row.y, style: theme[.secondary], clip: row)
        case .divider:
            let text = " " + Phrase.newSinceLastVisit.text(state.language) + " "
            let rule = max(0, (row.width - DisplayWidth.of(text)) / 2)
            grid.draw(String(repeating: "─", count: rule) + text + String(repeating: "─", count: rule), x: row.x, y: row.y,
                      style: theme[.unread], clip: row)
        case .header, .gap, .moderation:
            break
        }
    }

    /// Draws styled spans from the text column: emphasis as bold or underline on the line's style.
    private static func drawSpans(_ spans: [TextSpan], base: Style, theme: Theme, into grid: inout CellGrid, row: Rect) {
        var x = row.x + 2
        for span in spans {
            var style = base
            switch span.style {
            case .plain: break
            case .strong: style.attributes.insert(.bold)
            case .emphasis: style.attributes.insert(.underline)
            case .code: style = theme[.code]
            case .link: style = theme[.link]
            }
            x = grid.draw(span.text, x: x, y: row.y, style: style, clip: row)
        }
    }
}
