import StaffroomTerminal

/// The top bar: the application, its panes (the current one highlighted) and the network's name.
enum TopBarView {
    static func draw(_ state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        grid.fill(area, style: theme[.topBar])
        var x = grid.draw(" \(Phrase.appName.text(state.language))  ", x: area.x, y: area.y,
                          style: theme[.topBar], clip: area)
        var panes = [(Pane.feed, FeedPhrase.paneTitle.text(state.language), "F6"), (.forums, Phrase.forumsPane.text(state.language), "F2"), (.events, EventPhrase.paneTitle.text(state.language), "F3"),
                     (.library, LibraryPhrase.paneTitle.text(state.language), "F4")]
        if state.me.moderates { panes.append((.moderation, ModerationPhrase.paneTitle.text(state.language), "F5")) }
        for (pane, title, key) in panes {
            x = grid.draw(" \(title) ", x: x, y: area.y, style: theme[pane == state.pane ? .topBarActive : .topBar], clip: area)
            x = grid.draw(key + " ", x: x, y: area.y, style: theme[.topBar], clip: area)
        }
        let room = Rect(x: x + 2, y: area.y, width: max(0, area.maxX - x - 2), height: 1)
        grid.drawRow("", right: state.communityName ?? "", style: theme[.topBar], area: room)
    }
}
