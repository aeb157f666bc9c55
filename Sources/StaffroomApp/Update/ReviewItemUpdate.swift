import StaffroomProtocol
import StaffroomTerminal

/// An opened review item: scrolling, the reason line (`N`), and the actions that need more than a
/// key: `E` rewrites the post in the editor, `M` picks the forum to move the topic to, `S` and `X`
/// the days of a silence or suspension (each press offers the next; `Enter` acts), `W` writes a
/// warning from a template, `T` a staff note on the author for the other moderators. The one-key
/// decisions are `ModerationUpdate.decision`.
enum ReviewItemUpdate {
    /// A key on an opened item; nil when the key map should handle it.
    static func key(_ key: Key, opened: inout ReviewItemState, state: inout AppState) -> [Effect]? {
        if opened.editingNote { return noteKey(key, opened: &opened) }
        if opened.message != nil { return messageKey(key, opened: &opened, state: &state) }
        if opened.staffNote != nil { return staffNoteKey(key, opened: &opened, state: &state) }
        var pending = opened.confirming
        opened.confirming = nil
        let choice = opened.choice
        opened.choice = nil
        switch key {
        case .character("N"):
            opened.editingNote = true
        case .escape where choice != nil:
            break
        case .escape, .left, .character("h"):
            state.stack.removeLast()
            return [.write(.claimReview(itemID: opened.item.id, claim: false)), .loadReviewQueue, .sync]
        case .down, .character("j"): opened.top += 1
        case .up, .character("k"): opened.top = max(0, opened.top - 1)
        case .enter:
            guard let choice else { return [] }
            return decide(choice.action, details: choice.details, opened: opened, state: &state)
        case .character("E") where opened.item.postID == nil, .character("M") where opened.item.postID == nil:
            state.notice = .moderation(.onlyForPosts)
        case .character("T"):
            opened.staffNote = ""
        case .character("E"):
            let purpose = ComposeState.Purpose.moderatorEdit(item: opened.item, note: opened.note.trimmingCharacters(in: .whitespaces),
                                                             topicTitle: ReviewItemView.title(opened, language: state.language))
            return [.openEdit(purpose, original: opened.item.text)]
        case .character("W"):
            opened.message = template(opened, state: state)
        case .character("M"):
            let forums = state.forumList.rows.compactMap(\.forum).map(\.forum.id).filter { $0 != opened.item.forumID }
            guard !forums.isEmpty else { return [] }
            let current: Int64? = if case .move(let forumID) = choice { forumID } else { nil }
            opened.choice = .move(forumID: current.map { forums.cycled(from: $0, by: 1) } ?? forums[0])
        case .character("S"):
            let current: Int? = if case .silence(let days) = choice { days } else { nil }
            opened.choice = .silence(days: current.map { ModerationChoice.silenceDays.cycled(from: $0, by: 1) } ?? ModerationChoice.silenceDays[0])
        case .character("X"):
            let current: Int? = if case .suspend(let days) = choice { days } else { nil }
            opened.choice = .suspend(days: current.map { ModerationChoice.suspensionDays.cycled(from: $0, by: 1) }
                                     ?? ModerationChoice.suspensionDays[0])
        default:
            guard let effects = ModerationUpdate.decision(key, on: [opened.item], note: opened.note, confirming: &pending, state: &state)
            else { return nil }
            opened.confirming = pending
            guard !effects.isEmpty else { return [] }
            state.stack.removeLast()
            return effects + [.loadReviewQueue]
        }
        if let chosen = opened.choice { state.notice = .moderation(.choose(chosen, forum: forumTitle(chosen, state: state))) }
        return []
    }

    /// Text typed into the reason line or the warning.
    static func typed(_ text: String, opened: inout ReviewItemState) {
        let line = text.filter { !$0.isNewline }
        if let note = opened.staffNote {
            opened.staffNote = String((note + line).prefix(ModerationLimits.messageLength))
        } else if let message = opened.message {
            opened.message = String((message + line).prefix(ModerationLimits.messageLength))
        } else {
            opened.note = String((opened.note + line).prefix(ModerationLimits.noteLength))
        }
    }

    /// Keys while the reason line has the keyboard: `Enter` keeps the reason, `Esc` drops it.
    private static func noteKey(_ key: Key, opened: inout ReviewItemState) -> [Effect] {
        switch key {
        case .enter: opened.editingNote = false
        case .escape:
            opened.editingNote = false
            opened.note = ""
        case .backspace: if !opened.note.isEmpty { opened.note.removeLast() }
        case .control("k"), .control("u"): opened.note = ""
        case .character(let character): typed(String(character), opened: &opened)
        default: break
        }
        return []
    }

    /// Keys while the warning has the keyboard: `Enter` sends it, `Esc` drops it.
    private static func messageKey(_ key: Key, opened: inout ReviewItemState, state: inout AppState) -> [Effect] {
        switch key {
        case .enter:
            let message = (opened.message ?? "").trimmingCharacters(in: .whitespaces)
            opened.message = nil
            guard !message.isEmpty else { return [] }
            return decide(.warn, details: ModerationDetails(message: message), opened: opened, state: &state)
        case .escape: opened.message = nil
        case .backspace: if opened.message?.isEmpty == false { opened.message?.removeLast() }
        case .control("k"), .control("u"): opened.message = ""
        case .character(let character): typed(String(character), opened: &opened)
        default: break
        }
        return []
    }

    /// Keys while a staff note has the keyboard: `Enter` saves it (through the outbox), `Esc` drops it.
    private static func staffNoteKey(_ key: Key, opened: inout ReviewItemState, state: inout AppState) -> [Effect] {
        switch key {
        case .enter:
            let text = (opened.staffNote ?? "").trimmingCharacters(in: .whitespaces)
            opened.staffNote = nil
            guard !text.isEmpty else { return [] }
            state.notice = .moderation(.staffNoteQueued)
            return [.write(.addStaffNote(userID: opened.item.authorID, text: text)), .sync]
        case .escape: opened.staffNote = nil
        case .backspace: if opened.staffNote?.isEmpty == false { opened.staffNote?.removeLast() }
        case .control("k"), .control("u"): opened.staffNote = ""
        case .character(let character): typed(String(character), opened: &opened)
        default: break
        }
        return []
    }

    /// Sends an action that carries details, and goes back to the queue.
    private static func decide(_ action: ModerationAction, details: ModerationDetails, opened: ReviewItemState,
                               state: inout AppState) -> [Effect] {
        state.stack.removeLast()
        state.notice = .moderation(.queued(action, count: 1))
        let note = opened.note.trimmingCharacters(in: .whitespaces)
        return [.write(.moderate(itemID: opened.item.id, version: opened.item.version, action: action, note: note, details: details)),
                .sync, .loadReviewQueue]
    }

    /// The warning's first words, in the moderator's language: whom, where, and the reason if written.
    private static func template(_ opened: ReviewItemState, state: AppState) -> String {
        let name = opened.context?.names[opened.item.authorID] ?? ""
        let topic = opened.context?.topicTitle
        return ModerationPhrase.warningTemplate(name: name, topic: topic, reason: opened.note.trimmingCharacters(in: .whitespaces))
            .text(state.language)
    }

    private static func forumTitle(_ choice: ModerationChoice, state: AppState) -> String? {
        guard case .move(let forumID) = choice else { return nil }
        return state.forumList.rows.compactMap(\.forum).first { $0.forum.id == forumID }?.forum.title ?? "#\(forumID)"
    }
}
