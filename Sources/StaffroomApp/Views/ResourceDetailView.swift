import Foundation
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// An opened resource: title, kind and audience, author and date, counts, licence, each file with
/// its size, how long it takes at the measured link speed and how its download stands, the link,
/// the discussion, then the description as a post's text.
enum ResourceDetailView {
    static func draw(_ detail: ResourceDetailState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let lines = facts(detail, state: state)
        var y = area.y
        for (label, value, role) in lines.dropFirst(min(detail.top, lines.count)) {
            guard y < area.maxY else { return }
            let row = area.row(y - area.y)
            if label.isEmpty {
                grid.draw(TextLayout.truncate(" " + value, width: row.width), x: row.x, y: y, style: theme[role], clip: row)
            } else {
                let x = grid.draw(" \(label): ", x: row.x, y: y, style: theme[.secondary], clip: row)
                grid.draw(TextLayout.truncate(value, width: max(0, row.maxX - x)), x: x, y: y, style: theme[role], clip: row)
            }
            y += 1
        }
        guard y + 1 < area.maxY else { return }
        let description = Rect(x: area.x, y: y + 1, width: area.width, height: area.maxY - y - 1)
        ThreadView.drawPreview(detail.summary.resource.description, top: max(0, detail.top - lines.count), state: state,
                               theme: theme, into: &grid, area: description)
    }

    private static func facts(_ detail: ResourceDetailState, state: AppState) -> [(String, String, ThemeRole)] {
        let language = state.language
        let summary = detail.summary
        let resource = summary.resource
        let audience = [ResourcePhrase.type(resource.type).text(language)] + resource.subjects
            + (resource.grades.isEmpty ? [] : [EventPhrase.grades(resource.grades).text(language)])
        var lines: [(String, String, ThemeRole)] = [
            ("", resource.title, .category),
            ("", audience.joined(separator: " · "), .secondary),
            ("", LibraryPhrase.sharedBy(author: summary.authorName, date: state.dates.day(resource.createdAt)).text(language), .normal),
            ("", LibraryPhrase.downloadsLabel(resource.downloadCount).text(language) + " · "
                + LibraryPhrase.usefulLabel(resource.usefulCount, mine: summary.markedUseful).text(language), .normal),
            (LibraryPhrase.licence.text(language), resource.licence + " · " + LibraryPhrase.language.text(language).lowercased()
                + " " + resource.language, .normal),
        ]
        if summary.keptOffline { lines.append(("", LibraryPhrase.keptOffline.text(language), .unread)) }
        if !resource.files.isEmpty {
            lines.append(("", "", .normal))
            lines.append(("", LibraryPhrase.files(count: resource.files.count, bytes: resource.size).text(language)
                + " — " + LibraryPhrase.estimate(bytes: resource.size, bytesPerSecond: state.linkSpeed).text(language), .category))
            for (index, file) in resource.files.enumerated() {
                let download = detail.downloads.first { $0.fileIndex == index }
                lines.append(("", "  \(file.name) — \(ByteCount(Int(file.size)).text(language))"
                    + (download.map { " — " + DownloadsView.status($0, state: state) } ?? ""), download?.state == .failed ? .statusError : .normal))
            }
        }
        if !resource.link.isEmpty {
            lines.append((LibraryPhrase.link.text(language), resource.link, .link))
            lines.append(("", "  " + LibraryPhrase.linkHint.text(language), .secondary))
        }
        lines.append((LibraryPhrase.discussion.text(language),
                       (resource.topicID == nil ? LibraryPhrase.noDiscussion : .discussionHint).text(language), .normal))
        return lines
    }
}
