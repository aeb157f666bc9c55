import StaffroomTerminal

/// The password prompt over the screen: why it is asked, the hidden field, what went wrong last.
enum SessionRenewalOverlay {
    static func draw(_ renewal: SessionRenewal, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let width = max(10, min(area.width - 4, 72))
        let explanation = TextLayout.wrap(Phrase.renewalExplanation(waiting: state.outbox.pending).text(language), width: width - 2)
        let height = explanation.count + 6
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(0, (area.height - height) / 2),
                       width: width, height: min(height, area.height))
        grid.fill(box, style: theme[.normal])
        grid.draw(String(repeating: "─", count: box.width), x: box.x, y: box.y, style: theme[.helpBorder], clip: box)
        var y = box.y + 1
        for line in explanation {
            grid.draw(line, x: box.x + 1, y: y, style: theme[.normal], clip: box)
            y += 1
        }
        y += 1
        let label = Phrase.renewalPrompt(state.accountLabel).text(language) + " "
        let field = renewal.sending ? Phrase.renewalSending.text(language) : String(repeating: "•", count: renewal.password.count)
        grid.draw(TextLayout.truncate(label + field, width: box.width - 2), x: box.x + 1, y: y, style: theme[.unread], clip: box)
        y += 1
        if let failure = renewal.failure {
            grid.draw(TextLayout.truncate(failure.text(language), width: box.width - 2), x: box.x + 1, y: y,
                      style: theme[.statusError], clip: box)
        }
        grid.draw(TextLayout.truncate(Phrase.renewalHints.text(language), width: box.width - 2), x: box.x + 1,
                  y: box.maxY - 1, style: theme[.secondary], clip: box)
    }
}
