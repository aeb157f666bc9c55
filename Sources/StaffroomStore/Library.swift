import Foundation
import GRDB
import StaffroomProtocol

/// How the library's list is ordered.
public enum LibrarySort: String, CaseIterable, Equatable, Sendable {
    case newest, mostDownloaded, mostUseful
}

/// The facets the library's list can be narrowed by.
public enum LibraryFacet: String, CaseIterable, Equatable, Sendable {
    case type, subject, grade, language, author
}

/// What the library's list shows: at most one value per facet, words to find in titles and
/// descriptions, and an order.
public struct LibraryFilter: Equatable, Sendable {
    public var type: ResourceType?
    public var subject: String?
    public var grade: Int?
    public var language: String?
    public var authorID: Int64?
    /// Words typed into the search (each matches as a prefix, folded as the forums' search folds).
    public var text: String
    public var sort: LibrarySort

    public init(type: ResourceType? = nil, subject: String? = nil, grade: Int? = nil, language: String? = nil, authorID: Int64? = nil,
                text: String = "", sort: LibrarySort = .newest) {
        self.type = type
        self.subject = subject
        self.grade = grade
        self.language = language
        self.authorID = authorID
        self.text = text
        self.sort = sort
    }

    /// This filter without its pick of `facet`.
    public func clearing(_ facet: LibraryFacet) -> LibraryFilter {
        var copy = self
        switch facet {
        case .type: copy.type = nil
        case .subject: copy.subject = nil
        case .grade: copy.grade = nil
        case .language: copy.language = nil
        case .author: copy.authorID = nil
        }
        return copy
    }
}

/// Where the library's list goes on: after the resource with this sort value and id.
public struct LibraryKey: Equatable, Hashable, Sendable {
    /// Seconds since 1970 for `newest`, the count for the others.
    public var value: Int64
    public var id: Int64

    public init(value: Int64, id: Int64) {
        self.value = value
        self.id = id
    }
}

/// A resource as the library shows it: with its author's name and the member's own marks.
public struct ResourceSummary: Equatable, Sendable {
    public var resource: Resource
    public var authorName: String
    /// The member marked it useful (as the server last told, or waiting in the outbox).
    public var markedUseful: Bool
    /// Its files are fetched during sync.
    public var keptOffline: Bool
    /// How many of its files are downloaded and verified.
    public var downloadedFiles: Int

    public init(resource: Resource, authorName: String, markedUseful: Bool = false, keptOffline: Bool = false, downloadedFiles: Int = 0) {
        self.resource = resource
        self.authorName = authorName
        self.markedUseful = markedUseful
        self.keptOffline = keptOffline
        self.downloadedFiles = downloadedFiles
    }

    /// Its place in a list ordered by `sort`.
    public func key(_ sort: LibrarySort) -> LibraryKey {
        switch sort {
        case .newest: LibraryKey(value: Int64(resource.createdAt.timeIntervalSince1970.rounded(.down)), id: resource.id)
        case .mostDownloaded: LibraryKey(value: Int64(resource.downloadCount), id: resource.id)
        case .mostUseful: LibraryKey(value: Int64(resource.usefulCount), id: resource.id)
        }
    }
}

/// One value of a facet and how many resources have it.
public struct FacetValue: Equatable, Sendable {
    /// The value as the filter takes it: a type's raw value, a subject, a grade, a language tag or an author's id.
    public var value: String
    /// How it is shown (an author's name; otherwise the value).
    public var label: String
    public var count: Int

    public init(value: String, label: String, count: Int) {
        self.value = value
        self.label = label
        self.count = count
    }
}
