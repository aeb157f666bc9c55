import StaffroomProtocol
import StaffroomTerminal

/// The request for a mentor (who is asked shows in the breadcrumb): the subject, the grade, and
/// the note below.
enum MentorRequestView {
    static func draw(_ form: MentorRequestState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        TextFieldsFormView.draw(form, hints: MentoringPhrase.requestHints.text(language), label: { MentoringPhrase.requestLabel($0).text(language) },
                                placeholder: { MentoringPhrase.requestPlaceholder($0).text(language) },
                                problem: { field in form.problem.flatMap { $0.field == field ? MentoringPhrase.requestProblem($0).text(language) : nil } },
                                state: state, theme: theme, into: &grid, area: area)
    }
}
