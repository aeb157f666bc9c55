import Foundation
import StaffroomProtocol
import StaffroomStore

/// A field of the request for a mentor, in the order the form shows them.
public enum MentorRequestField: String, CaseIterable, Codable, Sendable {
    case subject, grade, note
}

/// Why a request for a mentor cannot be sent as it is.
public enum MentorRequestProblem: Error, Equatable, Sendable {
    case noSubject
    case badGrade
    case noteTooLong(Int)

    /// The field it is about.
    var field: MentorRequestField {
        switch self {
        case .noSubject: .subject
        case .badGrade: .grade
        case .noteTooLong: .note
        }
    }
}

/// Asking for a mentor: a named one (from their profile) or, with none named, whoever the
/// coordinators find; the subject, a grade if one, and a note the mentor reads first.
public struct MentorRequestState: TextFieldsForm, Equatable, Sendable {
    public var mentorID: Int64?
    public var mentorName: String?
    public var texts: [MentorRequestField: TextEditor]
    public var focus: MentorRequestField = .subject
    public var problem: MentorRequestProblem?

    /// An empty request, its subject the first of the teacher's own.
    public init(mentorID: Int64?, mentorName: String?, subject: String = "") {
        self.mentorID = mentorID
        self.mentorName = mentorName
        texts = [.subject: TextEditor(text: subject), .grade: TextEditor(), .note: TextEditor()]
    }

    /// The request as typed (subject, grade, note), or the first problem to fix.
    public func request() -> Result<(subject: String, grade: Int?, note: String), MentorRequestProblem> {
        let subject = text(.subject).trimmingCharacters(in: .whitespaces)
        guard !subject.isEmpty, subject.count <= MentorshipLimits.subjectLength else { return .failure(.noSubject) }
        let gradeText = text(.grade).trimmingCharacters(in: .whitespaces)
        let grade = Int(gradeText)
        guard gradeText.isEmpty || grade.map(ProfileLimits.grades.contains) == true else { return .failure(.badGrade) }
        let note = text(.note).trimmingCharacters(in: .whitespacesAndNewlines)
        guard note.count <= MentorshipLimits.noteLength else { return .failure(.noteTooLong(note.count)) }
        return .success((subject, grade, note))
    }
}

/// The mentoring list: the member's requests and pairings (every one, for a coordinator), and
/// the choice of a mentor while a coordinator accepts a request that names none.
public struct MentoringState: Equatable, Sendable {
    public var items: [MentorshipSummary]?
    public var cursor = ListCursor()
    /// A coordinator is choosing a mentor for this request among these.
    public var assigning: MentorAssignment?
    /// `x` was pressed once on this item: a second `x` ends it.
    public var confirmingEnd: Int64?

    public init() {}

    public var selected: MentorshipSummary? {
        guard let items, items.indices.contains(cursor.selected) else { return nil }
        return items[cursor.selected]
    }
}

/// The mentors a coordinator goes through with `y` for a request, and the one offered now.
public struct MentorAssignment: Equatable, Sendable {
    public var mentorshipID: Int64
    /// Nil until they are read.
    public var mentors: [User]?
    public var index = 0

    public init(mentorshipID: Int64) { self.mentorshipID = mentorshipID }

    public var offered: User? {
        guard let mentors, mentors.indices.contains(index) else { return nil }
        return mentors[index]
    }
}

extension MentorRequestState {
    /// The draft to save for what is on screen now (its body: each field as typed, as JSON).
    public func draft(at date: Date) -> Draft? {
        let fields = Dictionary(uniqueKeysWithValues: texts.map { ($0.key.rawValue, $0.value.text) })
        guard let data = try? JSONEncoder().encode(fields) else { return nil }
        return Draft(kind: .mentorRequest, targetID: mentorID ?? 0, context: mentorName ?? "", title: text(.subject),
                     body: String(decoding: data, as: UTF8.self), updatedAt: date)
    }

    /// The request a saved draft holds; nil when the draft is not a request's.
    public init?(restoring draft: Draft) {
        guard draft.kind == .mentorRequest, let fields = try? JSONDecoder().decode([String: String].self, from: Data(draft.body.utf8)) else {
            return nil
        }
        self.init(mentorID: draft.targetID == 0 ? nil : draft.targetID, mentorName: draft.context.isEmpty ? nil : draft.context)
        for field in MentorRequestField.allCases { texts[field] = TextEditor(text: fields[field.rawValue] ?? "") }
    }
}
