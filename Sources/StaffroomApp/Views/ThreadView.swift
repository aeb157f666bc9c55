import StaffroomTerminal

/// A thread: each post's author and date, then its text, scrolled by lines.
enum ThreadView {
    static func draw(_ thread: ThreadState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        guard !thread.posts.isEmpty else {
            let text = thread.loaded ? Phrase.emptyThread : Phrase.loading
            grid.drawCentered(text.text(state.language), style: theme[.secondary], area: area)
            return
        }
        let lines = thread.layout.lines
        for offset in 0..<area.height {
            let index = thread.top + offset
            guard lines.indices.contains(index) else { break }
            let line = lines[index]
            let row = area.row(offset)
            switch line.kind {
            case .header:
                let post = thread.posts[line.postIndex]
                let header = "\(post.authorName) · \(state.dates.full(post.post.createdAt))"
                grid.draw(TextLayout.truncate(header, width: row.width - 1), x: row.x + 1, y: row.y,
                          style: theme[.postHeader], clip: row)
            case .body:
                grid.draw(line.text, x: row.x + 2, y: row.y, style: theme[.normal], clip: row)
            case .quote:
                grid.draw(line.text, x: row.x + 2, y: row.y, style: theme[.quote], clip: row)
            case .gap:
                break
            }
        }
    }
}
