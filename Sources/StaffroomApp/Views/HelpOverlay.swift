import StaffroomTerminal

/// The `?` overlay: every key of the current screen, from the same tables the program uses (the
/// key map, or the editor's keys on the compose screen); in two columns when one does not fit.
enum HelpOverlay {
    static func draw(_ state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        let entries = self.entries(for: state)
        let labelWidth = entries.map { DisplayWidth.of($0.label) }.max() ?? 0
        let closing = Phrase.helpClose.text(language)
        let columns = entries.count + 4 > area.height ? 2 : 1
        let widest = labelWidth + 2 + (entries.map { DisplayWidth.of($0.text) }.max() ?? 0)
        let entryWidth = min(widest, (area.width - 4 - 3 * (columns - 1)) / columns)
        let rowsPerColumn = (entries.count + columns - 1) / columns
        let contentWidth = max(columns * entryWidth + (columns - 1) * 3, DisplayWidth.of(closing))
        let box = area.centered(width: contentWidth + 4, height: rowsPerColumn + 4)
        drawFrame(box, title: Phrase.helpTitle.text(language), theme: theme, into: &grid)
        let inner = box.inset(by: 1)
        for (offset, entry) in entries.enumerated() {
            let column = offset / rowsPerColumn, row = offset % rowsPerColumn
            guard row < inner.height - 2 else { continue }
            let x = inner.x + 1 + column * (entryWidth + 3)
            grid.draw(entry.label, x: x, y: inner.y + row, style: theme[.helpKey], clip: inner)
            grid.draw(TextLayout.truncate(entry.text, width: entryWidth - labelWidth - 2), x: x + labelWidth + 2,
                      y: inner.y + row, style: theme[.normal], clip: inner)
        }
        grid.draw(TextLayout.truncate(closing, width: inner.width - 2), x: inner.x + 1, y: inner.maxY - 1,
                  style: theme[.secondary], clip: inner)
    }

    /// The keys that work on the current screen, with what they do.
    static func entries(for state: AppState) -> [(label: String, text: String)] {
        let ownKeys: [(label: String, description: Phrase)]? = switch state.screenKind {
        case .compose: Keymap.composeKeys
        case .search: Keymap.searchKeys
        case .flag: Keymap.flagKeys
        case .eventForm: Keymap.eventFormKeys
        case .attendance: Keymap.attendanceKeys
        case .booking: Keymap.bookingKeys
        case .resourcePicker: Keymap.pickerKeys
        case .shareForm: Keymap.shareFormKeys
        case .profileForm, .mentorRequest: Keymap.profileFormKeys
        default: nil
        }
        if let ownKeys { return ownKeys.map { ($0.label, $0.description.text(state.language)) } }
        let paneKeys: [(label: String, description: Phrase)]? = switch state.screenKind {
        case .events: Keymap.eventsKeys
        case .event: Keymap.eventKeys
        case .library: Keymap.libraryKeys
        case .resource: Keymap.resourceKeys
        case .downloads: Keymap.downloadsKeys
        case .moderation, .reviewItem: Keymap.moderationKeys
        case .feed: Keymap.feedKeys
        case .feedSettings: Keymap.feedSettingsKeys
        case .people: Keymap.peopleKeys
        case .profile: Keymap.profileKeys
        case .mentoring: Keymap.mentoringKeys
        case .dashboard: Keymap.dashboardKeys
        case .auditLog: Keymap.auditLogKeys
        case .moderationOutcomes: Keymap.outcomeKeys
        default: nil
        }
        if let paneKeys {
            let global: Set<Operation> = [.sync, .outbox, .help, .redraw, .quit]
            return paneKeys.map { ($0.label, $0.description.text(state.language)) }
                + Keymap.bindings.filter { $0.screens?.contains(state.screenKind) ?? global.contains($0.operation) }
                    .map { ($0.label, $0.operation.description(state.language)) }
        }
        return Keymap.bindings.filter { $0.applies(to: state.screenKind) }
            .map { ($0.label, $0.operation.description(state.language)) }
    }

    private static func drawFrame(_ box: Rect, title: String, theme: Theme, into grid: inout CellGrid) {
        let border = theme[.helpBorder]
        grid.fill(box, style: theme[.normal])
        let horizontal = String(repeating: "─", count: max(0, box.width - 2))
        grid.draw("┌" + horizontal + "┐", x: box.x, y: box.y, style: border, clip: box)
        grid.draw("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, style: border, clip: box)
        for y in (box.y + 1)..<max(box.y + 1, box.maxY - 1) {
            grid.draw("│", x: box.x, y: y, style: border, clip: box)
            grid.draw("│", x: box.maxX - 1, y: y, style: border, clip: box)
        }
        grid.draw(" \(title) ", x: box.x + 2, y: box.y, style: theme[.helpKey], clip: box)
    }
}
