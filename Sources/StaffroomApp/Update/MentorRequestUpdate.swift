import Foundation
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// Keys on the request for a mentor: typing fills the focused field, Tab and the arrows move,
/// Ctrl-S sends it through the outbox (or shows what to fix), Esc leaves with it kept as a draft.
enum MentorRequestUpdate {
    /// Opens the request, to the mentor of a profile or (nil) to the coordinators; a draft kept for
    /// the same mentor replaces it once the drafts are read.
    static func open(mentor: User?, state: inout AppState, mySubject: String) -> [Effect] {
        var form = MentorRequestState(mentorID: mentor?.id, mentorName: mentor?.displayName, subject: mySubject)
        TextFieldsFormUpdate.cursorsAtEnd(&form, width: width(state), longRows: longRows(state))
        state.stack.append(.mentorRequest(form))
        return [.loadDrafts]
    }

    /// The drafts were read: one kept for this mentor replaces the request just opened.
    static func draftsLoaded(_ drafts: [Draft], state: inout AppState) {
        guard case .mentorRequest(let opened) = state.stack.last,
              var saved = drafts.first(where: { $0.kind == .mentorRequest && $0.targetID == (opened.mentorID ?? 0) })
                .flatMap(MentorRequestState.init(restoring:)) else { return }
        TextFieldsFormUpdate.cursorsAtEnd(&saved, width: width(state), longRows: longRows(state))
        state.stack[state.stack.count - 1] = .mentorRequest(saved)
    }

    static func key(_ key: Key, form: inout MentorRequestState, state: AppState) -> NavigationStep {
        switch key {
        case .control("s"):
            switch form.request() {
            case .failure(let problem):
                form.problem = problem
                form.focus = problem.field
                return NavigationStep(notice: .people(.fix(MentoringPhrase.requestProblem(problem).text(state.language))))
            case .success(let request):
                return NavigationStep(effects: [.requestMentor(mentorID: form.mentorID, subject: request.subject, grade: request.grade, note: request.note)],
                                      transition: .pop, notice: .mentoring(.requestQueued))
            }
        case .escape:
            return NavigationStep(effects: form.draft(at: state.now).map { [.saveDraft($0)] } ?? [], transition: .pop, notice: .draftSaved)
        default:
            guard TextFieldsFormUpdate.key(key, form: &form, width: width(state), longRows: longRows(state)) else { return .none }
            return edited(&form, state: state)
        }
    }

    /// Text typed or pasted in one burst.
    static func typed(_ text: String, form: inout MentorRequestState, state: AppState) -> NavigationStep {
        TextFieldsFormUpdate.typed(text, form: &form, width: width(state), longRows: longRows(state))
        return edited(&form, state: state)
    }

    private static func edited(_ form: inout MentorRequestState, state: AppState) -> NavigationStep {
        if form.problem?.field == form.focus { form.problem = nil }
        return form.draft(at: state.now).map { NavigationStep(effects: [.saveDraft($0)]) } ?? .none
    }

    private static func width(_ state: AppState) -> Int {
        max(10, state.size.columns - TextFieldsFormUpdate.labelColumn(MentorRequestField.allCases.map { MentoringPhrase.requestLabel($0).text(state.language) }) - 1)
    }

    private static func longRows(_ state: AppState) -> Int { TextFieldsFormUpdate.longRows(MentorRequestState.self, state: state) }
}
