import StaffroomStore

/// The drafts list and the outbox list: what they load, and their keys.
enum ListScreensUpdate {
    static func update(_ state: inout AppState, _ action: Action) -> [Effect] {
        let visible = visibleRows(state)
        switch action {
        case .draftsLoaded(let drafts):
            state.stack = state.stack.map { screen in
                guard case .drafts(var list) = screen else { return screen }
                list.drafts = drafts
                list.loaded = true
                list.cursor = list.cursor.selecting(list.cursor.selected, count: drafts.count, visibleRows: visible)
                return .drafts(list)
            }
        case .outboxLoaded(let entries):
            state.outbox = OutboxCounts(pending: entries.count { $0.item.state == .pending },
                                        notSent: entries.count { $0.item.state == .notSent })
            state.stack = state.stack.map { screen in
                guard case .outbox(var list) = screen else { return screen }
                list.entries = entries
                list.loaded = true
                list.cursor = list.cursor.selecting(list.cursor.selected, count: entries.count, visibleRows: visible)
                return .outbox(list)
            }
        case .copiedOut(let path):
            state.notice = .copiedOut(path)
        default:
            break
        }
        return []
    }

    /// Rows of a list screen under its heading.
    static func visibleRows(_ state: AppState) -> Int { max(1, state.contentRows - 1) }

    static func navigate(_ operation: Operation, drafts list: inout DraftListState, state: AppState) -> NavigationStep {
        if operation != .discard { list.confirmingDiscard = nil }
        if let moved = move(operation, cursor: list.cursor, count: list.drafts.count, state: state) {
            list.cursor = moved
            return .none
        }
        guard list.drafts.indices.contains(list.cursor.selected) else {
            return operation == .back ? NavigationStep(transition: .pop) : .none
        }
        let draft = list.drafts[list.cursor.selected]
        switch operation {
        case .back:
            return NavigationStep(transition: .pop)
        case .open, .replyInEditor:
            guard let purpose = ComposeOpening.purpose(of: draft) else {
                if let share = ShareFormState(restoring: draft, forums: state.forumList.rows.compactMap(\.forum?.forum)) {
                    return NavigationStep(transition: .replaceTop(.shareForm(share)))
                }
                if let profile = ProfileFormState(restoring: draft) {
                    return NavigationStep(transition: .replaceTop(.profileForm(profile)))
                }
                if let request = MentorRequestState(restoring: draft) {
                    return NavigationStep(transition: .replaceTop(.mentorRequest(request)))
                }
                return EventFormState(restoring: draft).map { NavigationStep(transition: .replaceTop(.eventForm($0))) } ?? .none
            }
            return NavigationStep(effects: [.openCompose(purpose, quote: nil, external: operation == .replyInEditor)],
                                  transition: .pop)
        case .discard:
            guard list.confirmingDiscard == list.cursor.selected else {
                list.confirmingDiscard = list.cursor.selected
                return NavigationStep(notice: .pressAgainToDiscard)
            }
            list.confirmingDiscard = nil
            return NavigationStep(effects: [.deleteDraft(kind: draft.kind, targetID: draft.targetID)])
        default:
            return .none
        }
    }

    static func navigate(_ operation: Operation, outbox list: inout OutboxListState, state: AppState) -> NavigationStep {
        if operation != .discard { list.confirmingDiscard = nil }
        if let moved = move(operation, cursor: list.cursor, count: list.entries.count, state: state) {
            list.cursor = moved
            return .none
        }
        guard list.entries.indices.contains(list.cursor.selected) else {
            return operation == .back ? NavigationStep(transition: .pop) : .none
        }
        let entry = list.entries[list.cursor.selected]
        let notSent = entry.item.state == .notSent
        switch operation {
        case .back:
            return NavigationStep(transition: .pop)
        case .open where notSent:
            guard let screen = ComposeOpening.resendScreen(entry, language: state.language) else { return .none }
            return NavigationStep(transition: .replaceTop(screen))
        case .saveCopy:
            return NavigationStep(effects: [.copyOut(entry.item)])
        case .discard where notSent:
            guard list.confirmingDiscard == list.cursor.selected else {
                list.confirmingDiscard = list.cursor.selected
                return NavigationStep(notice: .pressAgainToDiscard)
            }
            list.confirmingDiscard = nil
            return NavigationStep(effects: [.discardNotSent(id: entry.item.id)])
        default:
            return .none
        }
    }

    static func move(_ operation: Operation, cursor: ListCursor, count: Int, state: AppState) -> ListCursor? {
        let visible = visibleRows(state)
        switch operation {
        case .moveDown: return cursor.selecting(cursor.selected + 1, count: count, visibleRows: visible)
        case .moveUp: return cursor.selecting(cursor.selected - 1, count: count, visibleRows: visible)
        case .pageDown: return cursor.selecting(cursor.selected + visible, count: count, visibleRows: visible)
        case .pageUp: return cursor.selecting(cursor.selected - visible, count: count, visibleRows: visible)
        case .first: return cursor.selecting(0, count: count, visibleRows: visible)
        case .last: return cursor.selecting(count - 1, count: count, visibleRows: visible)
        default: return nil
        }
    }
}
