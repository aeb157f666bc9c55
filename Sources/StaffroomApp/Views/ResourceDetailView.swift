import Foundation
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// An opened resource: title, kind and audience, author and date, counts, licence, each file with
/// its size, how long it takes at the measured link speed and how its download stands, the link,
/// the discussion, then the description as a post's text.
enum ResourceDetailView {
    static func draw(_ detail: ResourceDetailState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        FactSheetView.draw(facts(detail, state: state), text: detail.summary.resource.description, top: detail.top, state: state,
                           theme: theme, into: &grid, area: area)
    }

    private static func facts(_ detail: ResourceDetailState, state: AppState) -> [FactSheetView.Fact] {
        let language = state.language
        let summary = detail.summary
        let resource = summary.resource
        let audience = [ResourcePhrase.type(resource.type).text(language)] + resource.subjects
            + (resource.grades.isEmpty ? [] : [EventPhrase.grades(resource.grades).text(language)])
        var lines: [FactSheetView.Fact] = [
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
                let after = download.map { DownloadsView.status($0, state: state) }
                    ?? state.linkSpeed.map { "≈ " + LibraryPhrase.duration(Double(file.size) / max($0, 1), language) }
                lines.append(("", "  \(file.name) — \(ByteCount(Int(file.size)).text(language))" + (after.map { " — " + $0 } ?? ""),
                              download?.state == .failed ? .statusError : .normal))
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
