import Foundation
import StaffroomProtocol
import StaffroomStore
import StaffroomSync

/// A field of the form that shares a resource, in the order the form shows them.
public enum ShareFormField: String, CaseIterable, Codable, Sendable {
    case title, type, files, link, subjects, grades, language, licence, forum, description

    /// Fields picked with ←/→ or Space rather than typed.
    var isChoice: Bool { self == .type || self == .forum }
}

/// Why a field of the share form cannot be sent as it is.
public enum ShareFormProblem: Error, Equatable, Sendable {
    case badGrades
    /// A chosen file cannot be read.
    case file(LocalFile.Problem)
    /// A rule of the protocol's `ResourceDraft`.
    case draft(ResourceDraftProblem)

    /// The field it is about.
    var field: ShareFormField {
        switch self {
        case .badGrades: .grades
        case .file: .files
        case .draft(let problem):
            switch problem.field {
            case .title: .title
            case .description: .description
            case .type: .type
            case .subjects: .subjects
            case .grades: .grades
            case .language: .language
            case .licence: .licence
            case .files: .files
            case .link: .link
            }
        }
    }
}

/// Sharing a resource from the Library pane: every field as typed (paths of local files separated
/// by `;`), read only when sending; the form is kept as a draft as it is filled in.
public struct ShareFormState: Equatable, Sendable {
    public var texts: [ShareFormField: TextEditor]
    public var type: ResourceType
    /// The forums its discussion may open in; nil in `forumID`: no discussion.
    public var forums: [Forum]
    public var forumID: Int64?
    public var focus: ShareFormField = .title
    public var problems: [ShareFormField: ShareFormProblem] = [:]
    /// The files are being read and checked; the form waits.
    public var sending = false

    /// An empty form: material in the interface's language, under the default licence; its
    /// discussion in the first of `forums`.
    public init(forums: [Forum], language: Language) {
        texts = [:]
        for field in ShareFormField.allCases where !field.isChoice { texts[field] = TextEditor() }
        texts[.language] = TextEditor(text: language.rawValue)
        texts[.licence] = TextEditor(text: ResourceLimits.defaultLicence)
        type = .lessonPlan
        self.forums = forums
        forumID = forums.first?.id
    }

    /// What a field holds as typed.
    public func text(_ field: ShareFormField) -> String { texts[field]?.text ?? "" }

    /// The paths typed into the files field.
    public var paths: [String] {
        text(.files).split(whereSeparator: { $0 == ";" || $0 == "\n" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The write's fields as typed (its files are read when it is sent), or the problems to fix.
    public func draftWithoutFiles() -> Result<ResourceDraft, ShareFormProblem> {
        guard let grades = EventFormInput.grades(text(.grades)) else { return .failure(.badGrades) }
        let draft = ResourceDraft(title: text(.title), description: text(.description), type: type,
                                  subjects: EventFormInput.subjects(text(.subjects)), grades: grades,
                                  language: text(.language).trimmingCharacters(in: .whitespaces), licence: text(.licence),
                                  link: text(.link).trimmingCharacters(in: .whitespaces), forumID: forumID)
        let problems = draft.problems().filter { $0 != .nothingShared || paths.isEmpty }
        return problems.first.map { .failure(.draft($0)) } ?? .success(draft)
    }
}

/// The share form saved as a draft while it is filled in: every field as typed.
struct ShareFormSnapshot: Codable, Equatable {
    var texts: [String: String]
    var type: ResourceType
    var forumID: Int64?
}

extension ShareFormState {
    /// The draft to save for what is on screen now.
    public func draft(at date: Date) -> Draft? {
        let snapshot = ShareFormSnapshot(texts: Dictionary(uniqueKeysWithValues: texts.map { ($0.key.rawValue, $0.value.text) }),
                                         type: type, forumID: forumID)
        guard let data = try? JSONEncoder().encode(snapshot) else { return nil }
        return Draft(kind: .resource, targetID: 0, context: "", title: text(.title), body: String(decoding: data, as: UTF8.self),
                     updatedAt: date)
    }

    /// The form a saved draft holds, with today's forums; nil when the draft is not a share form's.
    public init?(restoring draft: Draft, forums: [Forum]) {
        guard draft.kind == .resource,
              let snapshot = try? JSONDecoder().decode(ShareFormSnapshot.self, from: Data(draft.body.utf8)) else { return nil }
        texts = [:]
        for field in ShareFormField.allCases where !field.isChoice { texts[field] = TextEditor(text: snapshot.texts[field.rawValue] ?? "") }
        type = snapshot.type
        self.forums = forums
        forumID = snapshot.forumID.flatMap { id in forums.contains { $0.id == id } ? id : nil }
    }
}
