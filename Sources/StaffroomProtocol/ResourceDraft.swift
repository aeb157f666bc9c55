import Foundation

/// What a member writes to share a resource: every field of `Resource` a person sets, and the forum
/// where its discussion topic opens. The server decides the rest (id, author, date, counts).
/// `problems()` is the one set of rules: the client's form shows them beside the fields and the
/// server refuses a write that breaks them. Each file must have been uploaded (`UploadProgress`)
/// before the write arrives.
public struct ResourceDraft: Codable, Equatable, Sendable {
    public var title: String
    public var description: String
    public var type: ResourceType
    public var subjects: [String]
    public var grades: [Int]
    /// A BCP 47 tag, such as `ru`.
    public var language: String
    public var licence: String
    public var files: [ResourceFile]
    /// An external address; a resource has files, a link, or both.
    public var link: String
    /// The forum where the server opens the resource's discussion topic; nil: none.
    public var forumID: Int64?

    public init(title: String, description: String = "", type: ResourceType, subjects: [String] = [], grades: [Int] = [],
                language: String, licence: String = ResourceLimits.defaultLicence, files: [ResourceFile] = [], link: String = "",
                forumID: Int64? = nil) {
        self.title = title
        self.description = description
        self.type = type
        self.subjects = subjects
        self.grades = grades
        self.language = language
        self.licence = licence
        self.files = files
        self.link = link
        self.forumID = forumID
    }

    /// The fields a problem can be about.
    public enum Field: String, Sendable, CaseIterable {
        case title, description, type, subjects, grades, language, licence, files, link
    }

    /// The draft's problems, in the order of its fields; empty when it may be sent.
    public func problems() -> [ResourceDraftProblem] {
        var found: [ResourceDraftProblem] = []
        let cleanTitle = title.trimmingCharacters(in: .whitespacesAndNewlines)
        if cleanTitle.isEmpty { found.append(.emptyTitle) }
        if cleanTitle.count > WriteLimits.titleLength { found.append(.titleTooLong(cleanTitle.count)) }
        if description.count > WriteLimits.postLength { found.append(.descriptionTooLong(description.count)) }
        if subjects.count > EventLimits.subjects { found.append(.tooManySubjects(subjects.count)) }
        for subject in subjects where subject.trimmingCharacters(in: .whitespaces).isEmpty || subject.count > EventLimits.subjectLength {
            found.append(.badSubject(subject))
        }
        for grade in grades where !EventLimits.grades.contains(grade) { found.append(.gradeOutOfRange(grade)) }
        if !ResourceLimits.isLanguageTag(language) { found.append(.badLanguage(language)) }
        if licence.trimmingCharacters(in: .whitespaces).isEmpty || licence.count > ResourceLimits.licenceLength {
            found.append(.badLicence)
        }
        if files.isEmpty && link.isEmpty { found.append(.nothingShared) }
        if files.count > ResourceLimits.files { found.append(.tooManyFiles(files.count)) }
        for file in files {
            if let problem = Self.problem(of: file) { found.append(problem) }
        }
        if !link.isEmpty && !EventDraft.isWebLink(link) { found.append(.linkNotWeb) }
        if link.count > EventLimits.linkLength { found.append(.linkTooLong(link.count)) }
        return found
    }

    private static func problem(of file: ResourceFile) -> ResourceDraftProblem? {
        if file.name.isEmpty || file.name.count > ResourceLimits.fileNameLength
            || file.name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return .badFileName(file.name)
        }
        if !ResourceLimits.isSHA256(file.sha256) { return .badChecksum(file.name) }
        if file.size < 0 { return .badFileSize(file.name) }
        return nil
    }
}

/// Why a resource draft cannot be sent. `field` says which field to fix; `message` is the English
/// sentence the server sends with its refusal.
public enum ResourceDraftProblem: Equatable, Sendable {
    case emptyTitle
    case titleTooLong(Int)
    case descriptionTooLong(Int)
    case tooManySubjects(Int)
    case badSubject(String)
    case gradeOutOfRange(Int)
    case badLanguage(String)
    case badLicence
    case nothingShared
    case tooManyFiles(Int)
    case badFileName(String)
    case badChecksum(String)
    case badFileSize(String)
    case linkNotWeb
    case linkTooLong(Int)

    public var field: ResourceDraft.Field {
        switch self {
        case .emptyTitle, .titleTooLong: .title
        case .descriptionTooLong: .description
        case .tooManySubjects, .badSubject: .subjects
        case .gradeOutOfRange: .grades
        case .badLanguage: .language
        case .badLicence: .licence
        case .nothingShared, .tooManyFiles, .badFileName, .badChecksum, .badFileSize: .files
        case .linkNotWeb, .linkTooLong: .link
        }
    }

    public var message: String {
        switch self {
        case .emptyTitle: "A resource needs a title."
        case .titleTooLong(let count): "The title has \(count) characters; at most \(WriteLimits.titleLength) fit."
        case .descriptionTooLong(let count): "The description has \(count) characters; at most \(WriteLimits.postLength) fit."
        case .tooManySubjects(let count): "\(count) subjects; at most \(EventLimits.subjects) fit."
        case .badSubject(let subject): "The subject \"\(subject)\" is empty or longer than \(EventLimits.subjectLength) characters."
        case .gradeOutOfRange(let grade): "Grade \(grade) does not exist: grades are 1 to 11."
        case .badLanguage(let tag): "\"\(tag)\" is not a language tag such as ru or en."
        case .badLicence: "Name the licence (such as CC BY 4.0) in at most \(ResourceLimits.licenceLength) characters."
        case .nothingShared: "Share at least one file or a link."
        case .tooManyFiles(let count): "\(count) files; at most \(ResourceLimits.files) fit."
        case .badFileName(let name): "The file name \"\(name)\" is empty, too long or has control characters."
        case .badChecksum(let name): "The checksum of \"\(name)\" is not a SHA-256 in hex."
        case .badFileSize(let name): "The size of \"\(name)\" is negative."
        case .linkNotWeb: "The link must be a web address (http:// or https://)."
        case .linkTooLong(let count): "The link has \(count) characters; at most \(EventLimits.linkLength) fit."
        }
    }
}

/// Limits on a shared resource.
public enum ResourceLimits {
    /// Files one resource may have.
    public static let files = 20
    /// Characters in a file name.
    public static let fileNameLength = 255
    /// Characters in a licence.
    public static let licenceLength = 100
    /// The licence a new resource is offered under unless its author says otherwise.
    public static let defaultLicence = "CC BY 4.0"
    /// Bytes in one upload request (one chunk of a file).
    public static let chunkBytes = 1 << 20

    /// Whether `text` is a SHA-256 in lower-case hex.
    public static func isSHA256(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// Whether `text` looks like a BCP 47 language tag: letters, digits and hyphens, starting with
    /// two or three letters.
    public static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}

/// How far an upload of one file (named by its SHA-256) has come: `GET` or `PUT /v1/uploads/{sha256}`.
public struct UploadProgress: Codable, Equatable, Sendable {
    public var sha256: String
    /// The file's size as the uploader declared it.
    public var size: Int64
    /// Bytes the server holds; the next chunk starts here.
    public var received: Int64
    /// True once the server holds the whole file with this checksum (uploaded now or before, by
    /// anyone: the store keeps each content once).
    public var complete: Bool

    public init(sha256: String, size: Int64, received: Int64, complete: Bool) {
        self.sha256 = sha256
        self.size = size
        self.received = received
        self.complete = complete
    }
}

/// The signed-in member's "useful" mark on a resource (only they receive it); each member counts
/// once in the resource's `usefulCount`.
public struct UsefulMark: Codable, Equatable, Sendable {
    public var resourceID: Int64
    public var useful: Bool

    public init(resourceID: Int64, useful: Bool) {
        self.resourceID = resourceID
        self.useful = useful
    }
}
