import Foundation
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// Keys on the profile form: typing fills the focused field, Tab and the arrows move between
/// fields, Ctrl-S saves (or shows what to fix), Esc leaves with the form kept as a draft. Every
/// change saves the draft.
enum ProfileFormUpdate {
    /// Opens the form filled in with the profile as it stands, each cursor after its text; a saved
    /// draft replaces it once the drafts are read.
    static func open(_ profile: ProfileDraft, state: inout AppState) -> [Effect] {
        var form = ProfileFormState(profile: profile)
        TextFieldsFormUpdate.cursorsAtEnd(&form, width: width(state), longRows: longRows(state))
        state.stack.append(.profileForm(form))
        return [.loadDrafts]
    }

    /// The drafts were read: a saved profile form replaces the one just opened.
    static func draftsLoaded(_ drafts: [Draft], state: inout AppState) {
        guard case .profileForm = state.stack.last,
              var saved = drafts.first(where: { $0.kind == .profile }).flatMap(ProfileFormState.init(restoring:)) else { return }
        TextFieldsFormUpdate.cursorsAtEnd(&saved, width: width(state), longRows: longRows(state))
        state.stack[state.stack.count - 1] = .profileForm(saved)
    }

    static func key(_ key: Key, form: inout ProfileFormState, state: AppState) -> NavigationStep {
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
        default:
            guard TextFieldsFormUpdate.key(key, form: &form, width: width(state), longRows: longRows(state)) else { return .none }
            return edited(&form, state: state)
        }
    }

    /// Text typed or pasted in one burst: into the focused field (on one line, but for the bio).
    static func typed(_ text: String, form: inout ProfileFormState, state: AppState) -> NavigationStep {
        TextFieldsFormUpdate.typed(text, form: &form, width: width(state), longRows: longRows(state))
        return edited(&form, state: state)
    }

    /// A field changed: its problem is gone, and the draft is saved.
    private static func edited(_ form: inout ProfileFormState, state: AppState) -> NavigationStep {
        if form.problem?.field == form.focus { form.problem = nil }
        return form.draft(at: state.now).map { NavigationStep(effects: [.saveDraft($0)]) } ?? .none
    }

    /// Columns a value has: past the label column.
    private static func width(_ state: AppState) -> Int {
        max(10, state.size.columns - TextFieldsFormUpdate.labelColumn(ProfileFormField.allCases.map { PeoplePhrase.formLabel($0).text(state.language) }) - 1)
    }

    private static func longRows(_ state: AppState) -> Int { TextFieldsFormUpdate.longRows(ProfileFormState.self, state: state) }
}
