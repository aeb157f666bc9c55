import StaffroomProtocol
import StaffroomTerminal

/// A forum's topics: unread mark, title, author, replies and last activity, in columns that
/// narrow (author first, then replies) on small terminals.
enum TopicListView {
    struct Columns {
        var author: Int
        var replies: Int
        var date: Int

        init(width: Int) {
            author = width >= 70 ? 16 : width >= 56 ? 12 : 0
            replies = width >= 44 ? 5 : 0
            date = 10
        }

        /// The title column starts after the cursor marker and the count of unread posts.
        static let titleStart = 5

        func title(in width: Int) -> Int {
            width - Self.titleStart - [author, replies, date].filter { $0 > 0 }.reduce(0) { $0 + $1 + 1 }
        }
    }

    static func draw(_ list: TopicListState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (header, rows) = area.splitTop(1)
        let columns = Columns(width: area.width)
        drawHeader(columns, language: language, theme: theme, into: &grid, area: header)
        guard !list.topics.isEmpty else {
            let text = list.loaded ? Phrase.noTopicsYet : Phrase.loading
            grid.drawCentered(text.text(language), style: theme[.secondary], area: rows)
            return
        }
        for offset in 0..<rows.height {
            let index = list.cursor.top + offset
            guard list.topics.indices.contains(index) else { break }
            let summary = list.topics[index]
            let isCursor = index == list.cursor.selected
            let selected = isCursor && state.cursorStyle == .bar
            let row = rows.row(offset)
            let base = selected ? theme[.selection] : theme[.normal]
            grid.fill(row, style: base)
            if isCursor && !selected { CursorMarker.draw(at: row.x, y: row.y, theme: theme, into: &grid) }
            if summary.isUnread && summary.followLevel != .mute {
                let count = summary.unreadCount > 99 ? "99+" : summary.unreadCount > 0 ? "\(summary.unreadCount)" : "●"
                grid.draw(count, x: row.x + 4 - DisplayWidth.of(count), y: row.y, style: selected ? base : theme[.unread], clip: row)
            }
            var x = row.x + Columns.titleStart
            let titleStyle = summary.isUnread && !selected ? theme[.unread] : base
            let titleWidth = columns.title(in: row.width)
            let tags = Self.tags(of: summary.topic, in: list.forum, followLevel: summary.followLevel)
                .map { $0.text(language) }.joined(separator: ", ")
            let tagWidth = tags.isEmpty ? 0 : min(DisplayWidth.of(tags) + 2, titleWidth / 2)
            _ = cell(summary.topic.title, width: titleWidth - tagWidth, x: x, row: row, style: titleStyle, into: &grid)
            if tagWidth > 0 {
                _ = cell("[" + TextLayout.truncate(tags, width: tagWidth - 2) + "]", width: tagWidth, x: x + titleWidth - tagWidth,
                         row: row, style: selected ? base : theme[.secondary], alignRight: true, into: &grid)
            }
            x += titleWidth + 1
            let secondary = selected ? base : theme[.secondary]
            if columns.author > 0 {
                x = cell(summary.authorName, width: columns.author, x: x, row: row, style: secondary, into: &grid)
            }
            if columns.replies > 0 {
                x = cell(String(max(0, summary.topic.postCount - 1)), width: columns.replies, x: x, row: row,
                         style: base, alignRight: true, into: &grid)
            }
            _ = cell(state.dates.short(summary.topic.lastPostAt, now: state.now), width: columns.date, x: x, row: row,
                     style: secondary, alignRight: true, into: &grid)
        }
    }

    /// Words that mark a topic: pinned, locked, and in a questions forum whether it is answered.
    static func tags(of topic: StaffroomProtocol.Topic, in forum: Forum, followLevel: SubscriptionLevel = .none) -> [Phrase] {
        var tags: [Phrase] = []
        if followLevel != .none { tags.append(.followLevel(followLevel)) }
        if topic.pinned { tags.append(.pinnedTag) }
        if topic.locked { tags.append(.lockedTag) }
        if forum.kind == .questions { tags.append(topic.acceptedPostID == nil ? .unansweredTag : .solvedTag) }
        return tags
    }

    private static func drawHeader(_ columns: Columns, language: Language, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let style = theme[.listHeader]
        grid.fill(area, style: style)
        var x = area.x + Columns.titleStart
        x = cell(Phrase.columnTopic.text(language), width: columns.title(in: area.width), x: x, row: area, style: style, into: &grid)
        if columns.author > 0 {
            x = cell(Phrase.columnAuthor.text(language), width: columns.author, x: x, row: area, style: style, into: &grid)
        }
        if columns.replies > 0 {
            x = cell(Phrase.columnReplies.text(language), width: columns.replies, x: x, row: area, style: style,
                     alignRight: true, into: &grid)
        }
        _ = cell(Phrase.columnLastPost.text(language), width: columns.date, x: x, row: area, style: style,
                 alignRight: true, into: &grid)
    }

    /// Draws `text` in a column of `width` and returns where the next column starts (one space later).
    private static func cell(_ text: String, width: Int, x: Int, row: Rect, style: Style, alignRight: Bool = false,
                             into grid: inout CellGrid) -> Int {
        guard width > 0 else { return x }
        let fitted = TextLayout.truncate(text, width: width)
        let pad = alignRight ? width - DisplayWidth.of(fitted) : 0
        grid.draw(fitted, x: x + pad, y: row.y, style: style, clip: Rect(x: x, y: row.y, width: width, height: 1))
        return x + width + 1
    }
}
