import Foundation

/// What kind of material a library resource is.
public enum ResourceType: String, Codable, Sendable, CaseIterable {
    case lessonPlan = "lesson_plan"
    case worksheet
    case presentation
    case methodicalGuide = "methodical_guide"
    case assessment
    case video
    case audio
    case link
}

/// One file of a resource: its metadata syncs with the catalogue; its contents are fetched only
/// when a member asks for them.
public struct ResourceFile: Codable, Equatable, Sendable {
    /// The name as its author gave it (untrusted: never used as a path as it is).
    public var name: String
    /// Bytes.
    public var size: Int64
    /// The media type, such as `application/pdf`.
    public var mediaType: String
    /// The SHA-256 of the contents, in lower-case hex: how a download is verified.
    public var sha256: String

    public init(name: String, size: Int64, mediaType: String, sha256: String) {
        self.name = name
        self.size = size
        self.mediaType = mediaType
        self.sha256 = sha256
    }
}

/// A lesson plan, worksheet, presentation or other material shared in the library: one or more
/// files, or an external link. Texts are members' words: untrusted until sanitized.
public struct Resource: Codable, Equatable, Sendable, Identifiable {
    public var id: Int64
    public var title: String
    /// The same Markdown subset as posts.
    public var description: String
    public var type: ResourceType
    /// School subjects it is for; empty: any.
    public var subjects: [String]
    /// School grades (1–11) it is for; empty: any.
    public var grades: [Int]
    /// The language of the material, as a BCP 47 tag (`ru`, `en`).
    public var language: String
    public var authorID: Int64
    /// Under what terms it may be used, such as `CC BY 4.0`.
    public var licence: String
    public var createdAt: Date
    public var files: [ResourceFile]
    /// An external address (for a `link`); empty when the material is in its files.
    public var link: String
    /// The forum topic where it is discussed.
    public var topicID: Int64?
    public var downloadCount: Int
    public var usefulCount: Int

    public init(id: Int64, title: String, description: String, type: ResourceType, subjects: [String] = [], grades: [Int] = [],
                language: String, authorID: Int64, licence: String, createdAt: Date, files: [ResourceFile] = [], link: String = "",
                topicID: Int64? = nil, downloadCount: Int = 0, usefulCount: Int = 0) {
        self.id = id
        self.title = title
        self.description = description
        self.type = type
        self.subjects = subjects
        self.grades = grades
        self.language = language
        self.authorID = authorID
        self.licence = licence
        self.createdAt = createdAt
        self.files = files
        self.link = link
        self.topicID = topicID
        self.downloadCount = downloadCount
        self.usefulCount = usefulCount
    }

    /// The bytes of all its files.
    public var size: Int64 { files.reduce(0) { $0 + $1.size } }
}
