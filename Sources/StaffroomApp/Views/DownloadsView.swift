import StaffroomStore
import StaffroomTerminal

/// The download queue: one row per file, its state on the right; a running one with a progress
/// bar, bytes, rate and time left.
enum DownloadsView {
    static func draw(_ list: DownloadsState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (title, rows) = area.splitTop(1)
        grid.drawRow(" " + LibraryPhrase.downloadsTitle.text(language), right: LibraryPhrase.downloadsHints.text(language) + " ",
                     style: theme[.listHeader], area: title)
        guard let items = list.items else {
            grid.drawCentered(Phrase.loading.text(language), style: theme[.secondary], area: rows)
            return
        }
        guard !items.isEmpty else {
            grid.drawCentered(LibraryPhrase.downloadsEmpty.text(language), style: theme[.secondary], area: rows)
            return
        }
        let nameWidth = max(12, rows.width / 4)
        for offset in 0..<rows.height {
            let index = list.cursor.top + offset
            guard items.indices.contains(index) else { break }
            let download = items[index]
            let name = TextLayout.truncate(download.name, width: nameWidth - 3)
            let padded = name + String(repeating: " ", count: max(0, nameWidth - 3 - DisplayWidth.of(name)))
            ListScreensView.drawRow("  " + padded + " " + status(download, state: state, barWidth: 10), right: "",
                                    isCursor: index == list.cursor.selected, state: state, theme: theme, into: &grid,
                                    row: rows.row(offset))
        }
    }

    /// How a download stands: "[######······] 52% 640 KB / 1,2 MB · 30 KB/s · 20 s left", "queued",
    /// "done: ~/Downloads/…", or the problem.
    static func status(_ download: Download, state: AppState, barWidth: Int = 0) -> String {
        let language = state.language
        switch download.state {
        case .active, .queued:
            let progress = state.transfers[download.id]
            let received = progress?.received ?? download.received
            guard download.state == .active || progress != nil else {
                return LibraryPhrase.downloadState(.queued).text(language)
                    + (download.problem.map { " · " + LibraryPhrase.problem($0).text(language) } ?? "")
            }
            let percent = download.size > 0 ? Int(received * 100 / download.size) : 100
            let filled = barWidth * percent / 100
            let bar = barWidth > 0 ? "[" + String(repeating: "#", count: filled) + String(repeating: "·", count: barWidth - filled) + "] " : ""
            return bar + "\(percent)% " + LibraryPhrase.progress(received: received, size: download.size,
                                                                  bytesPerSecond: progress?.bytesPerSecond).text(language)
        case .paused:
            let percent = download.size > 0 ? Int(download.received * 100 / download.size) : 0
            return LibraryPhrase.downloadState(.paused).text(language) + " · \(percent)%"
        case .done:
            return LibraryPhrase.savedTo(download.path ?? "").text(language)
        case .failed:
            return LibraryPhrase.downloadState(.failed).text(language) + ": "
                + LibraryPhrase.problem(download.problem ?? .unreachable).text(language)
        }
    }
}
