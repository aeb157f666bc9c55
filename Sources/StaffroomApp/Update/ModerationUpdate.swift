import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// The Moderation pane and an opened review item: moving through the queue, opening an item (which
/// claims it while the moderator looks), and one-key decisions, destructive ones after a second
/// press. Decisions go through the outbox with the version they were made on.
enum ModerationUpdate {
    /// Switches to the pane (moderators and admins only; the server refuses everyone else anyway).
    static func open(_ state: inout AppState) -> [Effect] {
        guard state.me.moderates else {
            state.notice = .moderation(.onlyModerators)
            return []
        }
        state.pane = .moderation
        state.stack.removeAll()
        return [.loadReviewQueue]
    }

    /// What to read again after a sync or a write.
    static func refreshEffects(_ state: AppState) -> [Effect] {
        var effects: [Effect] = state.pane == .moderation ? [.loadReviewQueue] : []
        for screen in state.stack {
            switch screen {
            case .reviewItem(let opened): effects.append(.loadReviewContext(opened.item))
            case .auditLog(let log): effects.append(.loadAuditLog(log.filter))
            case .moderationOutcomes: effects.append(.loadModerationOutcomes)
            default: break
            }
        }
        return effects
    }

    static func visibleRows(_ state: AppState) -> Int { max(1, state.contentRows - 1) }

    /// A key on the queue; nil when the key map should handle it.
    static func queueKey(_ key: Key, state: inout AppState) -> [Effect]? {
        var queue = state.moderation
        let confirming = queue.confirming
        queue.confirming = nil
        defer { state.moderation = queue }
        let (me, now) = (state.me.userID, state.now)
        let count = queue.shown(me: me, now: now).count
        let rows = visibleRows(state)
        if let moved = queue.cursor.moved(by: key, count: count, visibleRows: rows) {
            queue.cursor = moved
            return []
        }
        switch key {
        case .enter, .right, .character("l"):
            guard let item = queue.selected(me: me, now: now) else { return [] }
            state.stack.append(.reviewItem(ReviewItemState(item: item)))
            return [.write(.claimReview(itemID: item.id, claim: true)), .loadReviewContext(item), .sync]
        case .character(" "):
            guard let item = queue.selected(me: me, now: now) else { return [] }
            if queue.marked.remove(item.id) == nil { queue.marked.insert(item.id) }
            queue.cursor = queue.cursor.selecting(queue.cursor.selected + 1, count: count, visibleRows: rows)
        case .character("1"):
            queue.filter.reason = ([nil] + FlagReason.allCases.map { $0 } as [FlagReason?]).cycled(from: queue.filter.reason, by: 1)
            queue.cursor = ListCursor()
        case .character("2"):
            let forums = Array(Set(queue.items.compactMap(\.forumID))).sorted()
            queue.filter.forumID = ([nil] + forums.map { $0 } as [Int64?]).cycled(from: queue.filter.forumID, by: 1)
            queue.cursor = ListCursor()
        case .character("3"):
            queue.filter.claim = ReviewFilter.Claim.allCases.cycled(from: queue.filter.claim, by: 1)
            queue.cursor = ListCursor()
        case .character("A"):
            state.moderation = queue
            let effects = AuditLogUpdate.open(&state)
            queue = state.moderation
            return effects
        case .character("O"):
            state.stack.append(.moderationOutcomes(ModerationOutcomesState()))
            return [.loadModerationOutcomes]
        case .character("p"):
            return DashboardUpdate.open(&state)
        default:
            // A decision falls on the marked items, or else on the one under the cursor.
            let shown = queue.shown(me: me, now: now)
            let targets = queue.marked.isEmpty ? queue.selected(me: me, now: now).map { [$0] } ?? [] : shown.filter { queue.marked.contains($0.id) }
            var pending = confirming
            guard let effects = decision(key, on: targets, note: "", confirming: &pending, state: &state) else { return nil }
            queue.confirming = pending
            // Decided items leave the queue at once.
            if effects.contains(where: { if case .write(.moderate) = $0 { true } else { false } }) {
                let decided = Set(targets.map(\.id))
                queue.items.removeAll { decided.contains($0.id) }
                queue.marked.subtract(decided)
                queue.cursor = queue.cursor.selecting(queue.cursor.selected, count: queue.shown(me: me, now: now).count, visibleRows: rows)
            }
            return effects
        }
        return []
    }

    /// The decision keys: `K` keep, `I` ignore and `H` hide at once, `D` delete and `L` lock the
    /// topic on a second press, `u` (or `U`) undo. Nil for any other key; empty effects while waiting for a
    /// second press.
    static func decision(_ key: Key, on items: [ReviewItem], note: String, confirming: inout PendingModeration?,
                         state: inout AppState) -> [Effect]? {
        let action: ModerationAction
        switch key {
        case .character("K"): action = .keep
        case .character("I"): action = .ignore
        case .character("H"): action = .hide
        case .character("D"): action = .delete
        case .character("L"): action = .lockTopic
        case .character("u"), .character("U"):
            confirming = nil
            return [.undoLastModeration(moderatorID: state.me.userID)]
        default:
            return nil
        }
        guard !items.isEmpty else { return [] }
        let ids = Set(items.map(\.id))
        if action == .delete || action == .lockTopic, confirming != PendingModeration(itemIDs: ids, action: action) {
            confirming = PendingModeration(itemIDs: ids, action: action)
            state.notice = .moderation(.pressAgain(action, count: items.count))
            return []
        }
        confirming = nil
        state.notice = .moderation(.queued(action, count: items.count))
        let reason = note.trimmingCharacters(in: .whitespaces)
        return items.map { .write(.moderate(itemID: $0.id, version: $0.version, action: action, note: reason)) } + [.sync]
    }

    /// A decision the server refused (another moderator was first, differently) is told once in the
    /// status line with who, what and when; it stays in the outbox, not sent, for the record.
    static func announceRefusals(_ entries: [OutboxEntry], state: inout AppState) {
        let refused = entries.filter { entry in
            guard entry.item.state == .notSent, case .moderate = entry.item.action else { return false }
            return !state.moderation.announced.contains(entry.item.id)
        }
        guard let last = refused.last else { return }
        state.moderation.announced.formUnion(refused.map(\.item.id))
        state.notice = .notSentMark(last.item.message ?? "")
    }

    static func queueLoaded(_ items: [ReviewItem], names: [Int64: String], state: inout AppState) {
        let (me, now) = (state.me.userID, state.now)
        let selectedID = state.moderation.selected(me: me, now: now)?.id
        state.moderation.items = items
        state.moderation.names = names
        state.moderation.loaded = true
        state.moderation.marked.formIntersection(items.map(\.id))
        let shown = state.moderation.shown(me: me, now: now)
        let index = selectedID.flatMap { id in shown.firstIndex { $0.id == id } } ?? state.moderation.cursor.selected
        state.moderation.cursor = state.moderation.cursor.selecting(index, count: shown.count, visibleRows: visibleRows(state))
    }

    static func contextLoaded(_ context: ReviewContext, itemID: Int64, state: inout AppState) {
        state.stack = state.stack.map { screen in
            guard case .reviewItem(var opened) = screen, opened.item.id == itemID else { return screen }
            opened.context = context
            return .reviewItem(opened)
        }
    }
}
