import StaffroomTerminal

/// The top bar: the application, its panes (the current one highlighted) and the network's name.
/// When the panes do not all fit, the application's name gives way first, then the pane keys.
enum TopBarView {
    static func draw(_ state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        grid.fill(area, style: theme[.topBar])
        var panes = [(Pane.feed, FeedPhrase.paneTitle.text(language), "F6"), (.forums, Phrase.forumsPane.text(language), "F2"),
                     (.events, EventPhrase.paneTitle.text(language), "F3"), (.library, LibraryPhrase.paneTitle.text(language), "F4"),
                     (.people, PeoplePhrase.paneTitle.text(language), "F7")]
        if state.me.moderates { panes.append((.moderation, ModerationPhrase.paneTitle.text(language), "F5")) }
        let name = " \(Phrase.appName.text(language))  "
        let panesWidth = panes.reduce(0) { $0 + DisplayWidth.of($1.1) + DisplayWidth.of($1.2) + 3 }
        let showsName = DisplayWidth.of(name) + panesWidth <= area.width
        let showsKeys = panesWidth <= area.width
        var x = showsName ? grid.draw(name, x: area.x, y: area.y, style: theme[.topBar], clip: area) : area.x
        for (pane, title, key) in panes {
            x = grid.draw(" \(title) ", x: x, y: area.y, style: theme[pane == state.pane ? .topBarActive : .topBar], clip: area)
            if showsKeys { x = grid.draw(key + " ", x: x, y: area.y, style: theme[.topBar], clip: area) }
        }
        let room = Rect(x: x + 2, y: area.y, width: max(0, area.maxX - x - 2), height: 1)
        grid.drawRow("", right: state.communityName ?? "", style: theme[.topBar], area: room)
    }
}
