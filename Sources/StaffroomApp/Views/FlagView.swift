import StaffroomProtocol
import StaffroomTerminal

/// The flag screen: the post flagged, the four reasons (the chosen one marked), the note field.
enum FlagView {
    static func draw(_ flag: FlagState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        var y = area.y
        let hints = flag.appeal ? Phrase.moderation(.appealHints) : Phrase.flagHints
        grid.drawRow(" " + hints.text(language), style: theme[.listHeader], area: area.row(0))
        y += 2
        grid.draw(TextLayout.truncate(" " + flag.excerpt, width: area.width), x: area.x, y: y, style: theme[.quote], clip: area)
        y += 2
        if let author = flag.author, !flag.appeal {
            let target = ModerationPhrase.flagTarget(author: author.name, aboutAuthor: flag.aboutAuthor).text(language)
            grid.draw(TextLayout.truncate(" " + target, width: area.width), x: area.x, y: y, style: theme[.unread], clip: area)
            y += 2
        }
        if flag.appeal {
            let label = " " + ModerationPhrase.appealLabel.text(language)
            grid.draw(label, x: area.x, y: y, style: theme[.secondary], clip: area)
            let field = Rect(x: area.x + DisplayWidth.of(label), y: y, width: max(10, state.size.columns - 16), height: 1)
            TextEditorView.draw(flag.note, style: theme[.normal], focused: true, into: &grid, area: field)
            return
        }
        for (index, reason) in FlagReason.allCases.enumerated() {
            let chosen = reason == flag.reason
            grid.draw(" \(chosen ? ">" : " ") \(index + 1). \(Phrase.flagReason(reason).text(language))", x: area.x, y: y,
                      style: chosen ? theme[.unread] : theme[.normal], clip: area)
            y += 1
        }
        y += 1
        let label = " " + Phrase.flagNoteLabel.text(language)
        grid.draw(label, x: area.x, y: y, style: theme[.secondary], clip: area)
        let field = Rect(x: area.x + DisplayWidth.of(label), y: y, width: max(10, state.size.columns - 16), height: 1)
        TextEditorView.draw(flag.note, style: theme[.normal], focused: true, into: &grid, area: field)
    }
}
