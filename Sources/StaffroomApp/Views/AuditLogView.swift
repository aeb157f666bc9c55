import StaffroomTerminal

/// The audit log: which decisions it shows, then one row per decision, newest first: when, who,
/// what, the post's first words and the reason; a decision taken back says so. The keys share the
/// heading only while nothing is narrowed (they are in the help too).
enum AuditLogView {
    static func draw(_ log: AuditLogState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let (heading, rows) = area.splitTop(1)
        let filter = log.filter
        grid.drawRow(" " + ModerationPhrase.auditFilter(moderator: filter.moderatorID.map { log.names[$0] ?? "#\($0)" }, action: filter.action,
                                                        member: filter.memberID.map { log.names[$0] ?? "#\($0)" }).text(language),
                     right: filter.isEmpty ? ModerationPhrase.auditHints.text(language) + " " : "", style: theme[.listHeader], area: heading)
        guard let entries = log.rows else {
            grid.drawCentered(Phrase.loading.text(language), style: theme[.secondary], area: rows)
            return
        }
        guard !entries.isEmpty else {
            grid.drawCentered(ModerationPhrase.auditEmpty.text(language), style: theme[.secondary], area: rows)
            return
        }
        for offset in 0..<rows.height {
            let index = log.cursor.top + offset
            guard entries.indices.contains(index) else { break }
            let row = entries[index]
            let entry = row.entry
            let words = row.postText.isEmpty ? ModerationPhrase.deletedPost.text(language) : "«\(ModerationView.firstLine(row.postText))»"
            let what = ModerationPhrase.historyLine(moderator: log.names[entry.moderatorID] ?? "#\(entry.moderatorID)", action: entry.action,
                                                    note: entry.note, undone: entry.undoneAt != nil).text(language)
            ListScreensView.drawRow("  \(state.dates.short(entry.createdAt, now: state.now))  \(what)  \(words)", right: "",
                                    isCursor: index == log.cursor.selected, state: state, theme: theme, into: &grid, row: rows.row(offset))
        }
    }
}
