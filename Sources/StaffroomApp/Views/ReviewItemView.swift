import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// An opened review item: where the post is and who wrote it, its score and status, every flag
/// with its note, the posts around it, the author's other posts and earlier decisions on them,
/// then the flagged post's text.
enum ReviewItemView {
    /// What the item is about, for the breadcrumb and the editor: its topic, or the member flagged.
    static func title(_ opened: ReviewItemState, language: Language) -> String {
        guard let topicID = opened.item.topicID else {
            return ModerationPhrase.memberItem(opened.context?.names[opened.item.authorID] ?? "#\(opened.item.authorID)").text(language)
        }
        return opened.context?.topicTitle ?? "#\(topicID)"
    }

    static func draw(_ opened: ReviewItemState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        FactSheetView.draw(facts(opened, state: state), text: opened.item.text, top: opened.top, state: state, theme: theme,
                           into: &grid, area: area)
    }

    private static func facts(_ opened: ReviewItemState, state: AppState) -> [FactSheetView.Fact] {
        let language = state.language
        let item = opened.item
        let names = opened.context?.names ?? [:]
        func name(_ id: Int64) -> String { names[id] ?? "#\(id)" }
        // A post of the context takes one row: its first line, cut to the width.
        func row(_ text: String) -> String { TextLayout.truncate("  " + text, width: max(1, state.size.columns - 3)) }
        var lines: [FactSheetView.Fact] = [
            ("", item.topicID == nil ? ModerationPhrase.memberHeading.text(language)
                                     : ModerationPhrase.itemHeading(topic: title(opened, language: language)).text(language), .category),
            (ModerationPhrase.author.text(language), name(item.authorID), .normal),
            ("", ModerationPhrase.score(item.score, item.status).text(language), .unread),
        ]
        if item.held { lines.append(("", ModerationPhrase.heldLine.text(language), .unread)) }
        if let appeal = item.appeal { lines.append(("", ModerationPhrase.appealLine(appeal).text(language), .unread)) }
        lines.append((ModerationPhrase.noteLabel.text(language),
                      opened.editingNote || !opened.note.isEmpty ? opened.note + (opened.editingNote ? "▏" : "") : ModerationPhrase.noteHint.text(language),
                      opened.editingNote || !opened.note.isEmpty ? .normal : .secondary))
        if let message = opened.message { lines.append(("", ModerationPhrase.messageLabel.text(language) + ": " + message + "▏", .normal)) }
        if let note = opened.staffNote { lines.append(("", ModerationPhrase.staffNoteLabel.text(language) + ": " + note + "▏", .normal)) }
        if !item.flags.isEmpty { lines.append((ModerationPhrase.flagsHeading.text(language), "", .normal)) }
        lines += item.flags.map { ("", "  " + ModerationPhrase.flagLine(name: name($0.userID), reason: $0.reason, note: $0.note).text(language), .normal) }
        guard let context = opened.context else { return lines + [("", Phrase.loading.text(language), .secondary)] }
        if !context.around.isEmpty {
            lines.append((ModerationPhrase.aroundHeading.text(language), "", .normal))
            lines += context.around.map { post in
                ("", row("\(post.authorName): \(ModerationView.firstLine(post.post.body))"), post.post.id == item.postID ? .unread : .secondary)
            }
        }
        if !context.recent.isEmpty {
            lines.append((ModerationPhrase.recentHeading.text(language), "", .normal))
            lines += context.recent.map { ("", row(ModerationView.firstLine($0.post.body)), .secondary) }
        }
        lines.append((ModerationPhrase.historyHeading.text(language), context.history.isEmpty ? ModerationPhrase.noHistory.text(language) : "",
                      .normal))
        lines += context.history.map { entry in
            ("", "  " + ModerationPhrase.historyLine(moderator: name(entry.moderatorID), action: entry.action, note: entry.note,
                                                     undone: entry.undoneAt != nil).text(language), .secondary)
        }
        lines.append((ModerationPhrase.staffNotesHeading.text(language), context.notes.isEmpty ? ModerationPhrase.noStaffNotes.text(language) : "",
                      .normal))
        lines += context.notes.map { note in
            ("", "  \(name(note.authorID)), \(state.dates.short(note.createdAt, now: state.now)): \(note.text)", .secondary)
        }
        return lines
    }
}
