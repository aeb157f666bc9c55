import Foundation
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// Keys on the event form: typing fills the focused field, Tab and the arrows move between fields,
/// ←/→ or Space pick a choice, Ctrl-S sends (or shows what to fix), Esc leaves with the form saved
/// as a draft. Every change saves the draft.
enum EventFormUpdate {
    static func key(_ key: Key, form: inout EventFormState, state: AppState) -> NavigationStep {
        let inDescription = form.focus == .description
        switch key {
        case .control("s"):
            return send(&form, state: state)
        case .escape:
            guard let draft = form.draft(at: state.now) else { return NavigationStep(transition: .pop) }
            return NavigationStep(effects: [.saveDraft(draft)], transition: .pop, notice: .draftSaved)
        case .control("e") where inDescription:
            return NavigationStep(effects: [.editExternally(form.text(.description))])
        case .tab:
            move(&form, by: 1, state: state)
            return .none
        case .backTab:
            move(&form, by: -1, state: state)
            return .none
        case .enter where form.focus.isPicked, .character(" ") where form.focus.isPicked:
            return NavigationStep(effects: [.loadResources], transition: .push(.resourcePicker(ResourcePickerState(chosen: form.resourceIDs))))
        case .down, .enter:
            guard inDescription else { move(&form, by: 1, state: state); return .none }
        case .up:
            guard inDescription else { move(&form, by: -1, state: state); return .none }
        case .left, .right, .character(" "):
            guard form.focus.isChoice else { break }
            choose(&form, forward: key != .left)
            return saved(form, state: state)
        default:
            break
        }
        guard !form.focus.isChoice, !form.focus.isPicked, let edit = EditorKeys.edit(for: key) else { return .none }
        switch edit {
        case .insert(let text): insert(text, into: &form, state: state)
        case .command(let command):
            guard command != .newline || inDescription else { return .none }
            let (columns, rows) = (width(form, state), height(form, state))
            form.texts[form.focus]?.perform(command, width: columns, height: rows)
        }
        if edit.changesText { form.problems[form.focus] = nil }
        return edit.changesText ? saved(form, state: state) : .none
    }

    /// The resources chosen in the picker, back in the form (which saves its draft).
    static func resourcesChosen(_ resources: [Resource], form: inout EventFormState, state: AppState) -> [Effect] {
        form.resourceIDs = resources.map(\.id)
        form.resourceTitles = resources.map(\.title)
        form.problems[.resources] = nil
        return form.draft(at: state.now).map { [.saveDraft($0)] } ?? []
    }

    /// Puts the form on screen, the cursor at the end of its first field.
    static func open(_ form: EventFormState, state: inout AppState) {
        var form = form
        let (columns, rows) = (width(form, state), height(form, state))
        form.texts[form.focus]?.moveToEnd(width: columns, height: rows)
        state.stack.append(.eventForm(form))
    }

    /// Text typed or pasted in one burst: into the focused field (on one line, but for the description).
    static func typed(_ text: String, form: inout EventFormState, state: AppState) -> NavigationStep {
        guard !form.focus.isChoice, !form.focus.isPicked else { return .none }
        insert(text, into: &form, state: state)
        form.problems[form.focus] = nil
        return saved(form, state: state)
    }

    /// The description after `$EDITOR` wrote it back.
    static func externalEditFinished(_ text: String, form: inout EventFormState, state: AppState) -> [Effect] {
        form.focus = .description
        let (columns, rows) = (width(form, state), height(form, state))
        form.texts[.description]?.replaceAll(with: text, width: columns, height: rows)
        form.problems[.description] = nil
        return form.draft(at: state.now).map { [.saveDraft($0)] } ?? []
    }

    private static func send(_ form: inout EventFormState, state: AppState) -> NavigationStep {
        let current = form
        switch current.submission(now: state.now) {
        case .problems(let problems):
            let first = current.fields.first { problems[$0] != nil } ?? current.focus
            form.problems = problems
            form.focus = first
            let reason = problems[first].map { EventFormPhrase.problem($0).text(state.language) } ?? ""
            return NavigationStep(notice: .eventForm(.fixFields(problems.count, first: reason)))
        case .write(let action):
            return sent(action, from: current)
        }
    }

    /// The step that puts the form's write in the outbox (its draft and any refused write it
    /// replaces leaving with it) and closes the form.
    private static func sent(_ action: MutationAction, from form: EventFormState) -> NavigationStep {
        let replaced: [Effect] = form.replacesNotSent.map { [.discardNotSent(id: $0)] } ?? []
        let write: Effect = form.draftTarget.map { .send(action, draftKind: .event, draftTarget: $0) } ?? .write(action)
        return NavigationStep(effects: [write] + replaced + [.sync], transition: .pop,
                              notice: .eventForm(.queued(form.purpose, proposing: form.proposing)))
    }

    /// Moves the focus to the next (previous) field, its cursor at the end of what it holds.
    private static func move(_ form: inout EventFormState, by offset: Int, state: AppState) {
        form.focus = form.fields.cycled(from: form.focus, by: offset)
        let (columns, rows) = (width(form, state), height(form, state))
        form.texts[form.focus]?.moveToEnd(width: columns, height: rows)
    }

    private static func choose(_ form: inout EventFormState, forward: Bool) {
        let step = forward ? 1 : -1
        if form.focus == .kind {
            form.kind = EventKind.allCases.cycled(from: form.kind, by: step)
        } else {
            form.frequency = ([nil, .weekly, .monthly] as [Recurrence.Frequency?]).cycled(from: form.frequency, by: step)
        }
        form.problems[form.focus] = nil
    }

    private static func insert(_ text: String, into form: inout EventFormState, state: AppState) {
        let line = form.focus == .description ? text
            : text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        let (columns, rows) = (width(form, state), height(form, state))
        form.texts[form.focus]?.insert(line, width: columns, height: rows)
    }

    private static func saved(_ form: EventFormState, state: AppState) -> NavigationStep {
        form.draft(at: state.now).map { NavigationStep(effects: [.saveDraft($0)]) } ?? .none
    }

    private static func width(_ form: EventFormState, _ state: AppState) -> Int { EventFormLayout.valueWidth(form, state: state) }

    private static func height(_ form: EventFormState, _ state: AppState) -> Int {
        form.focus == .description ? EventFormLayout.descriptionRows(form, state: state) : 1
    }
}
