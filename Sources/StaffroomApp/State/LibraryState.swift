import StaffroomProtocol
import StaffroomStore

/// The Library pane: the resources that match the filter, read page by page as the selection
/// nears the end, and the search line while it has the keyboard.
public struct LibraryState: Equatable, Sendable {
    public var filter = LibraryFilter()
    /// How each picked facet value is shown (an author's name rather than their id).
    public var pickedLabels: [LibraryFacet: String] = [:]
    public var items: [ResourceSummary] = []
    /// How many resources match, once counted.
    public var total: Int?
    public var hasMore = false
    /// A page is being read (the next one is not asked for twice).
    public var loading = false
    public var loaded = false
    public var cursor = ListCursor()
    /// The search line has the keyboard: typing changes `filter.text`.
    public var editingSearch = false
    /// The search text before editing began, restored by `Esc`.
    public var searchBeforeEditing = ""
    /// `d` was pressed once on this large resource: a second `d` downloads it.
    public var confirmingDownload: Int64?

    /// Resources read per page.
    static let pageSize = 100

    public init() {}

    public var selected: ResourceSummary? {
        items.indices.contains(cursor.selected) ? items[cursor.selected] : nil
    }
}

/// A page of the library as read for a filter: the first (`after` nil) or one that goes on.
public struct LibraryLoad: Equatable, Sendable {
    public var filter: LibraryFilter
    public var after: LibraryKey?
    public var items: [ResourceSummary]
    /// How many match in all (counted with the first page).
    public var total: Int?
    /// How many were asked for: fewer came when the list ended.
    public var limit: Int

    public init(filter: LibraryFilter, after: LibraryKey?, items: [ResourceSummary], total: Int?, limit: Int) {
        self.filter = filter
        self.after = after
        self.items = items
        self.total = total
        self.limit = limit
    }
}

/// Picking a value of one facet: "any" first, then the values with their counts.
public struct LibraryFacetState: Equatable, Sendable {
    public var facet: LibraryFacet
    /// The values, once read; nil while reading.
    public var values: [FacetValue]?
    public var cursor = ListCursor()

    public init(facet: LibraryFacet) { self.facet = facet }
}

/// An opened resource: its facts, description, files with sizes and time estimates, and its downloads.
public struct ResourceDetailState: Equatable, Sendable {
    public var summary: ResourceSummary
    /// The downloads of its files, as the queue has them.
    public var downloads: [Download] = []
    /// The first line shown, when it is longer than the screen.
    public var top = 0
    /// `d` was pressed once on a large download: a second `d` starts it.
    public var confirmingDownload = false

    public init(summary: ResourceSummary) { self.summary = summary }
}

/// The download queue.
public struct DownloadsState: Equatable, Sendable {
    /// The queue, once read; nil while reading.
    public var items: [Download]?
    public var cursor = ListCursor()
    /// `x` was pressed once on this download: a second `x` cancels it.
    public var confirmingCancel: Int64?

    public init() {}

    public var selected: Download? {
        guard let items, items.indices.contains(cursor.selected) else { return nil }
        return items[cursor.selected]
    }
}

/// How far a running download came, as the runtime reports it.
public struct TransferProgress: Equatable, Sendable {
    /// The file's name (cleaned for the screen).
    public var name: String
    public var size: Int64
    public var received: Int64
    /// Bytes per second over this run so far; nil until measured.
    public var bytesPerSecond: Double?

    public init(name: String, size: Int64, received: Int64, bytesPerSecond: Double?) {
        self.name = name
        self.size = size
        self.received = received
        self.bytesPerSecond = bytesPerSecond
    }
}
