import StaffroomTerminal

/// The booking prompt: which consultation and slot, the question being typed, the keys.
enum BookingView {
    static func draw(_ booking: BookingState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (keys, rest) = area.splitTop(1)
        grid.drawRow(" " + EventPhrase.bookingHints.text(language), style: theme[.listHeader], area: keys)
        guard rest.height >= 3 else { return }
        let when = "\(state.dates.day(booking.slot)), \(state.dates.time(booking.slot))–\(state.dates.time(booking.slotEnd))"
        grid.draw(" " + booking.title, x: rest.x, y: rest.y, style: theme[.category], clip: rest)
        grid.draw(" " + when, x: rest.x, y: rest.y + 1, style: theme[.normal], clip: rest)
        let label = EventPhrase.questionLabel.text(language)
        let x = grid.draw(" " + label, x: rest.x, y: rest.y + 2, style: theme[.secondary], clip: rest)
        TextEditorView.draw(booking.question, style: theme[.normal], focused: true, into: &grid,
                            area: Rect(x: x, y: rest.y + 2, width: max(1, rest.maxX - x - 1), height: 1))
    }
}
