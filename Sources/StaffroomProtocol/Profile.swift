import Foundation

/// What a member writes about themselves on their profile: the subjects and grades they teach and
/// a few words. Sent with `updateProfile`; the server checks it with `problems()`.
public struct ProfileDraft: Codable, Equatable, Sendable {
    /// School subjects they teach, as they name them.
    public var subjects: [String]
    /// School grades (1–11) they teach.
    public var grades: [Int]
    /// A few words about themselves (plain text, several lines).
    public var bio: String

    public init(subjects: [String] = [], grades: [Int] = [], bio: String = "") {
        self.subjects = subjects
        self.grades = grades
        self.bio = bio
    }

    /// What keeps the server from taking it, empty when it may be sent.
    public func problems() -> [ProfileProblem] {
        var found: [ProfileProblem] = []
        if subjects.count > ProfileLimits.subjects { found.append(.tooManySubjects(subjects.count)) }
        for subject in subjects where subject.trimmingCharacters(in: .whitespaces).isEmpty || subject.count > ProfileLimits.subjectLength {
            found.append(.badSubject(subject))
        }
        for grade in grades where !ProfileLimits.grades.contains(grade) { found.append(.gradeOutOfRange(grade)) }
        if bio.count > ProfileLimits.bioLength { found.append(.bioTooLong(bio.count)) }
        return found
    }
}

/// Why a profile cannot be saved as it is.
public enum ProfileProblem: Error, Equatable, Sendable {
    case tooManySubjects(Int)
    case badSubject(String)
    case gradeOutOfRange(Int)
    case bioTooLong(Int)

    /// The problem in words, as the server sends it back.
    public var message: String {
        switch self {
        case .tooManySubjects(let count): "\(count) subjects; at most \(ProfileLimits.subjects) fit."
        case .badSubject(let subject): "The subject \"\(subject)\" is empty or longer than \(ProfileLimits.subjectLength) characters."
        case .gradeOutOfRange(let grade): "Grade \(grade) does not exist: grades are 1 to 11."
        case .bioTooLong(let count): "The text about you has \(count) characters; at most \(ProfileLimits.bioLength) fit."
        }
    }
}

/// Limits on a profile's fields.
public enum ProfileLimits {
    /// Subjects one member may name.
    public static let subjects = 8
    /// Characters in a subject.
    public static let subjectLength = 60
    /// School grades.
    public static let grades = 1...11
    /// Characters in the text about oneself.
    public static let bioLength = 2_000
}
