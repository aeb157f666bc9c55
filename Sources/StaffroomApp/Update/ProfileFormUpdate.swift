import Foundation
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// Keys on the profile form: typing fills the focused field, Tab and the arrows move between
/// fields, Ctrl-S saves (or shows what to fix), Esc leaves with the form kept as a draft. Every
/// change saves the draft.
enum ProfileFormUpdate {
    /// The drafts were read: a saved profile form replaces the one just opened.
    static func draftsLoaded(_ drafts: [Draft], state: inout AppState) {
        guard case .profileForm = state.stack.last,
              let saved = drafts.first(where: { $0.kind == .profile }).flatMap(ProfileFormState.init(restoring:)) else { return }
        state.stack[state.stack.count - 1] = .profileForm(saved)
    }

    static func key(_ key: Key, form: inout ProfileFormState, state: AppState) -> NavigationStep {
        let inBio = form.focus == .bio
        switch key {
        case .control("s"):
            switch form.profile() {
            case .failure(let problem):
                form.problem = problem
                form.focus = problem.field
                return NavigationStep(notice: .people(.fix(PeoplePhrase.problem(problem).text(state.language))))
            case .success(let profile):
                return NavigationStep(effects: [.saveProfile(profile)], transition: .pop, notice: .people(.saved))
            }
        case .escape:
            return NavigationStep(effects: form.draft(at: state.now).map { [.saveDraft($0)] } ?? [], transition: .pop, notice: .draftSaved)
        case .tab:
            form.focus = ProfileFormField.allCases.cycled(from: form.focus, by: 1)
            return .none
        case .backTab:
            form.focus = ProfileFormField.allCases.cycled(from: form.focus, by: -1)
            return .none
        case .down, .enter:
            guard inBio else { form.focus = ProfileFormField.allCases.cycled(from: form.focus, by: 1); return .none }
        case .up:
            guard inBio else { form.focus = ProfileFormField.allCases.cycled(from: form.focus, by: -1); return .none }
        default:
            break
        }
        guard let edit = EditorKeys.edit(for: key) else { return .none }
        switch edit {
        case .insert(let text): insert(text, into: &form, state: state)
        case .command(let command):
            guard command != .newline || inBio else { return .none }
            let rows = height(form, state)
            form.texts[form.focus]?.perform(command, width: width(state), height: rows)
        }
        guard edit.changesText else { return .none }
        if form.problem?.field == form.focus { form.problem = nil }
        return saved(form, state: state)
    }

    /// Text typed or pasted in one burst: into the focused field (on one line, but for the bio).
    static func typed(_ text: String, form: inout ProfileFormState, state: AppState) -> NavigationStep {
        insert(text, into: &form, state: state)
        if form.problem?.field == form.focus { form.problem = nil }
        return saved(form, state: state)
    }

    private static func insert(_ text: String, into form: inout ProfileFormState, state: AppState) {
        let line = form.focus == .bio ? text : text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        let rows = height(form, state)
        form.texts[form.focus]?.insert(line, width: width(state), height: rows)
    }

    private static func saved(_ form: ProfileFormState, state: AppState) -> NavigationStep {
        form.draft(at: state.now).map { NavigationStep(effects: [.saveDraft($0)]) } ?? .none
    }

    /// Columns a value has: past the label column.
    static func width(_ state: AppState) -> Int { max(10, state.size.columns - labelColumn(state.language) - 1) }

    /// Where values start: past the widest label.
    static func labelColumn(_ language: Language) -> Int {
        (ProfileFormField.allCases.map { DisplayWidth.of(PeoplePhrase.formLabel($0).text(language)) }.max() ?? 0) + 4
    }

    /// Rows the bio editor has: what is left below the other fields.
    static func bioRows(_ state: AppState) -> Int { max(3, state.contentRows - 1 - (ProfileFormField.allCases.count - 1)) }

    private static func height(_ form: ProfileFormState, _ state: AppState) -> Int { form.focus == .bio ? bioRows(state) : 1 }
}
