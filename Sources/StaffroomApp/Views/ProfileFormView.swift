import StaffroomProtocol
import StaffroomTerminal

/// The form that edits one's own profile: subjects, grades, and the text about oneself below.
enum ProfileFormView {
    static func draw(_ form: ProfileFormState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let language = state.language
        TextFieldsFormView.draw(form, hints: PeoplePhrase.formHints.text(language), label: { PeoplePhrase.formLabel($0).text(language) },
                                placeholder: { PeoplePhrase.placeholder($0).text(language) },
                                problem: { field in form.problem.flatMap { $0.field == field ? PeoplePhrase.problem($0).text(language) : nil } },
                                state: state, theme: theme, into: &grid, area: area)
    }
}
