import Foundation
import StaffroomProtocol
import StaffroomStore

/// A field of the form that edits one's own profile, in the order the form shows them.
public enum ProfileFormField: String, CaseIterable, Codable, Sendable {
    case subjects, grades, bio
}

/// Why the profile form cannot be saved as it is.
public enum ProfileFormProblem: Error, Equatable, Sendable {
    case badGrades
    /// A rule of the protocol's `ProfileDraft`.
    case profile(ProfileProblem)

    /// The field it is about.
    var field: ProfileFormField {
        switch self {
        case .badGrades, .profile(.gradeOutOfRange): .grades
        case .profile(.tooManySubjects), .profile(.badSubject): .subjects
        case .profile(.bioTooLong): .bio
        }
    }
}

/// Editing one's own profile: subjects separated by commas, grades as `5-9, 11`, and a few words
/// about oneself; every field as typed, kept as a draft as it is filled in.
public struct ProfileFormState: TextFieldsForm, Equatable, Sendable {
    public var texts: [ProfileFormField: TextEditor]
    public var focus: ProfileFormField = .subjects
    public var problem: ProfileFormProblem?

    /// The form filled in with the profile as it stands.
    public init(profile: ProfileDraft) {
        texts = [.subjects: TextEditor(text: profile.subjects.joined(separator: ", ")),
                 .grades: TextEditor(text: EventFormInput.gradesText(profile.grades)),
                 .bio: TextEditor(text: profile.bio)]
    }

    /// The profile as typed, or the first problem to fix.
    public func profile() -> Result<ProfileDraft, ProfileFormProblem> {
        guard let grades = EventFormInput.grades(text(.grades)) else { return .failure(.badGrades) }
        let draft = ProfileDraft(subjects: EventFormInput.subjects(text(.subjects)), grades: grades,
                                 bio: text(.bio).trimmingCharacters(in: .whitespacesAndNewlines))
        return draft.problems().first.map { .failure(.profile($0)) } ?? .success(draft)
    }
}

extension ProfileFormState {
    /// The draft to save for what is on screen now (its body: each field as typed, as JSON).
    public func draft(at date: Date) -> Draft? {
        let fields = Dictionary(uniqueKeysWithValues: texts.map { ($0.key.rawValue, $0.value.text) })
        guard let data = try? JSONEncoder().encode(fields) else { return nil }
        return Draft(kind: .profile, targetID: 0, context: "", title: "", body: String(decoding: data, as: UTF8.self), updatedAt: date)
    }

    /// The form a saved draft holds; nil when the draft is not a profile form's.
    public init?(restoring draft: Draft) {
        guard draft.kind == .profile, let fields = try? JSONDecoder().decode([String: String].self, from: Data(draft.body.utf8)) else {
            return nil
        }
        texts = [:]
        for field in ProfileFormField.allCases { texts[field] = TextEditor(text: fields[field.rawValue] ?? "") }
    }
}
