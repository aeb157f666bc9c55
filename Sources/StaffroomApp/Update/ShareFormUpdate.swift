import Foundation
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// Keys on the share form: typing fills the focused field, Tab and the arrows move between fields,
/// ←/→ or Space pick the type and the forum, Ctrl-S sends (or shows what to fix), Esc leaves with
/// the form kept as a draft. Every change saves the draft.
enum ShareFormUpdate {
    /// Opens the form: its saved draft if there is one (read by the runner), else an empty one.
    static func open(_ state: inout AppState) -> [Effect] {
        let forums = state.forumList.rows.compactMap(\.forum?.forum)
        state.stack.append(.shareForm(ShareFormState(forums: forums, language: state.language)))
        return [.loadDrafts]
    }

    /// The drafts were read: a saved share form replaces the empty one just opened.
    static func draftsLoaded(_ drafts: [Draft], state: inout AppState) {
        guard case .shareForm(let form) = state.stack.last, form == ShareFormState(forums: form.forums, language: state.language),
              let saved = drafts.first(where: { $0.kind == .resource }).flatMap({ ShareFormState(restoring: $0, forums: form.forums) })
        else { return }
        state.stack[state.stack.count - 1] = .shareForm(saved)
    }

    static func key(_ key: Key, form: inout ShareFormState, state: AppState) -> NavigationStep {
        guard !form.sending else { return .none }
        let inDescription = form.focus == .description
        switch key {
        case .control("s"):
            return send(&form, state: state)
        case .escape:
            return NavigationStep(effects: form.draft(at: state.now).map { [.saveDraft($0)] } ?? [], transition: .pop, notice: .draftSaved)
        case .tab:
            move(&form, by: 1)
            return .none
        case .backTab:
            move(&form, by: -1)
            return .none
        case .down, .enter:
            guard inDescription else { move(&form, by: 1); return .none }
        case .up:
            guard inDescription else { move(&form, by: -1); return .none }
        case .left, .right, .character(" "):
            guard form.focus.isChoice else { break }
            choose(&form, forward: key != .left)
            return saved(form, state: state)
        default:
            break
        }
        guard !form.focus.isChoice, let edit = EditorKeys.edit(for: key) else { return .none }
        switch edit {
        case .insert(let text): insert(text, into: &form, state: state)
        case .command(let command):
            guard command != .newline || inDescription else { return .none }
            let rows = height(form, state)
            form.texts[form.focus]?.perform(command, width: width(state), height: rows)
        }
        if edit.changesText { form.problems[form.focus] = nil }
        return edit.changesText ? saved(form, state: state) : .none
    }

    /// Text typed or pasted in one burst: into the focused field (on one line, but for the description).
    static func typed(_ text: String, form: inout ShareFormState, state: AppState) -> NavigationStep {
        guard !form.focus.isChoice, !form.sending else { return .none }
        insert(text, into: &form, state: state)
        form.problems[form.focus] = nil
        return saved(form, state: state)
    }

    /// How sending ended: the form closes, or shows the problem beside its field.
    static func answered(_ action: Action, state: inout AppState) {
        guard case .shareForm(var form) = state.stack.last else {
            if case .shareQueued(let title) = action { state.notice = .shareForm(.queued(title)) }
            return
        }
        switch action {
        case .shareQueued(let title):
            state.stack.removeLast()
            state.notice = .shareForm(.queued(title))
        case .shareRefused(let problem):
            form.sending = false
            form.problems = [problem.field: problem]
            form.focus = problem.field
            state.stack[state.stack.count - 1] = .shareForm(form)
            state.notice = .shareForm(.fixFields(1, first: ShareFormPhrase.problem(problem).text(state.language)))
        default:
            break
        }
    }

    private static func send(_ form: inout ShareFormState, state: AppState) -> NavigationStep {
        switch form.draftWithoutFiles() {
        case .failure(let problem):
            form.problems = [problem.field: problem]
            form.focus = problem.field
            return NavigationStep(notice: .shareForm(.fixFields(1, first: ShareFormPhrase.problem(problem).text(state.language))))
        case .success(let draft):
            form.sending = true
            return NavigationStep(effects: [.share(draft, paths: form.paths)], notice: .shareForm(.reading))
        }
    }

    private static func move(_ form: inout ShareFormState, by offset: Int) {
        form.focus = ShareFormField.allCases.cycled(from: form.focus, by: offset)
    }

    private static func choose(_ form: inout ShareFormState, forward: Bool) {
        let step = forward ? 1 : -1
        if form.focus == .type {
            form.type = ResourceType.allCases.cycled(from: form.type, by: step)
        } else {
            form.forumID = ([nil] + form.forums.map(\.id)).cycled(from: form.forumID, by: step)
        }
        form.problems[form.focus] = nil
    }

    private static func insert(_ text: String, into form: inout ShareFormState, state: AppState) {
        let line = form.focus == .description ? text
            : text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        let rows = height(form, state)
        form.texts[form.focus]?.insert(line, width: width(state), height: rows)
    }

    private static func saved(_ form: ShareFormState, state: AppState) -> NavigationStep {
        form.draft(at: state.now).map { NavigationStep(effects: [.saveDraft($0)]) } ?? .none
    }

    /// Columns a value has: past the label column.
    static func width(_ state: AppState) -> Int { max(10, state.size.columns - labelColumn(state.language) - 1) }

    /// Where values start: past the widest label.
    static func labelColumn(_ language: Language) -> Int {
        (ShareFormField.allCases.map { DisplayWidth.of(ShareFormPhrase.label($0).text(language)) }.max() ?? 0) + 4
    }

    /// Rows the description editor has: what is left below the other fields.
    static func descriptionRows(_ state: AppState) -> Int { max(3, state.contentRows - 1 - (ShareFormField.allCases.count - 1)) }

    private static func height(_ form: ShareFormState, _ state: AppState) -> Int {
        form.focus == .description ? descriptionRows(state) : 1
    }
}
