import StaffroomStore
import StaffroomTerminal

/// The search screen: the query line, then each result on two lines: who, when and where, and a
/// piece of the text around the first match with the matching words highlighted.
enum SearchView {
    static func draw(_ search: SearchState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (queryRow, belowQuery) = area.splitTop(1)
        let label = " " + Phrase.searchLabel.text(language)
        grid.fill(queryRow, style: theme[.listHeader])
        grid.draw(label, x: queryRow.x, y: queryRow.y, style: theme[.listHeader], clip: queryRow)
        let field = Rect(x: queryRow.x + DisplayWidth.of(label), y: queryRow.y,
                         width: max(1, queryRow.width - DisplayWidth.of(label) - 1), height: 1)
        TextEditorView.draw(search.query, style: theme[.listHeader], focused: true, into: &grid, area: field)
        let (hintRow, results) = belowQuery.splitTop(1)
        grid.drawRow(" " + Phrase.searchHints.text(language), style: theme[.secondary], area: hintRow)
        guard !search.hits.isEmpty else {
            let message: Phrase = search.loading ? .loading : search.searchedText == nil ? .searchHelp : .searchNothingFound
            for (offset, line) in TextLayout.wrap(message.text(language), width: max(10, results.width - 4)).enumerated() {
                grid.draw(line, x: results.x + 2, y: results.y + 1 + offset, style: theme[.secondary], clip: results)
            }
            return
        }
        let words = search.searchedText.map { SearchQuery(parsing: $0, timeZone: state.timeZone).words } ?? []
        for slot in 0..<(results.height / 2) {
            let index = search.cursor.top + slot
            guard search.hits.indices.contains(index) else { break }
            let hit = search.hits[index]
            let y = results.y + slot * 2
            let heading = "\(hit.authorName) · \(state.dates.short(hit.post.createdAt, now: state.now)) · \(hit.forum.title) › \(hit.topic.title)"
            grid.draw(TextLayout.truncate(heading, width: results.width - 3), x: results.x + 2, y: y, style: theme[.postHeader],
                      clip: results)
            if index == search.cursor.selected { CursorMarker.draw(at: results.x, y: y, theme: theme, into: &grid) }
            var x = results.x + 4
            for piece in SearchSnippet.pieces(of: hit.post.body, matching: words, width: results.width - 5) {
                x = grid.draw(piece.text, x: x, y: y + 1, style: piece.isMatch ? theme[.unread] : theme[.normal],
                              clip: Rect(x: results.x, y: y + 1, width: results.width - 1, height: 1))
            }
        }
    }
}

/// A piece of a post's text to show in search results: the words around the first match, with
/// every matching word marked.
enum SearchSnippet {
    struct Piece: Equatable {
        var text: String
        var isMatch: Bool
    }

    /// At most `width` columns of `text` (on one line), starting a few words before the first word
    /// that begins with one of `words` (folded as search folds them).
    static func pieces(of text: String, matching words: [String], width: Int) -> [Piece] {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        var tokens: [(text: String, isWord: Bool)] = []
        var current = ""
        var currentIsWord = false
        for character in flat {
            let isWord = character.isLetter || character.isNumber
            if !current.isEmpty && isWord != currentIsWord {
                tokens.append((current, currentIsWord))
                current = ""
            }
            current.append(character)
            currentIsWord = isWord
        }
        if !current.isEmpty { tokens.append((current, currentIsWord)) }
        func matches(_ token: (text: String, isWord: Bool)) -> Bool {
            token.isWord && words.contains { SearchText.fold(token.text).hasPrefix($0) }
        }
        let first = tokens.firstIndex(where: matches) ?? 0
        var start = first
        var wordsBack = 0
        while start > 0 && wordsBack < 3 {
            start -= 1
            if tokens[start].isWord { wordsBack += 1 }
        }
        var pieces: [Piece] = start > 0 ? [Piece(text: "…", isMatch: false)] : []
        var used = start > 0 ? 1 : 0
        for token in tokens[start...] {
            let columns = DisplayWidth.of(token.text)
            if used + columns > width {
                pieces.append(Piece(text: TextLayout.truncate(token.text, width: max(1, width - used)), isMatch: matches(token)))
                break
            }
            pieces.append(Piece(text: token.text, isMatch: matches(token)))
            used += columns
        }
        return pieces
    }
}
