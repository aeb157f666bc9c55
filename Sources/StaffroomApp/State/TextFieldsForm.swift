import StaffroomTerminal

/// A form of text fields in a fixed order, the last of which takes several lines (the profile
/// form, the request for a mentor): what their update and view share.
protocol TextFieldsForm {
    associatedtype Field: Hashable, CaseIterable where Field.AllCases == [Field]
    var texts: [Field: TextEditor] { get set }
    var focus: Field { get set }
}

extension TextFieldsForm {
    /// The field of several lines: the last.
    static var longField: Field { Field.allCases[Field.allCases.count - 1] }

    /// What a field holds as typed.
    func text(_ field: Field) -> String { texts[field]?.text ?? "" }
}
