import Foundation
import GRDB
import StaffroomProtocol

extension ClientStore {
    /// Resources matching `filter` in its order, at most `limit`, after `key` (nil: from the start).
    public func library(_ filter: LibraryFilter, after key: LibraryKey? = nil, limit: Int) throws(StoreError) -> [ResourceSummary] {
        var (conditions, arguments) = Self.conditions(filter, except: nil)
        let column = Self.sortColumn(filter.sort)
        if let key {
            let value: any DatabaseValueConvertible = filter.sort == .newest ? Date(timeIntervalSince1970: TimeInterval(key.value)) : key.value
            conditions.append("(\(column) < ? OR (\(column) = ? AND resource.id < ?))")
            arguments += [value, value, key.id]
        }
        arguments += [limit]
        return try StoreError.mapping {
            try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT resource.*, COALESCE(user.displayName, '?') AS authorName,
                           COALESCE((SELECT useful FROM usefulMark WHERE usefulMark.resourceID = resource.id), 0) AS markedUseful,
                           EXISTS (SELECT 1 FROM offlineResource WHERE offlineResource.resourceID = resource.id) AS keptOffline,
                           (SELECT COUNT(*) FROM download WHERE download.resourceID = resource.id AND download.state = 'done') AS downloadedFiles
                    FROM resource LEFT JOIN user ON user.id = resource.authorID
                    \(Self.whereClause(conditions))
                    ORDER BY \(column) DESC, resource.id DESC LIMIT ?
                    """, arguments: arguments)
                .map { row in
                    ResourceSummary(resource: try Resource(row: row), authorName: row["authorName"], markedUseful: row["markedUseful"],
                                    keptOffline: row["keptOffline"], downloadedFiles: row["downloadedFiles"])
                }
            }
        }
    }

    /// One resource as the library shows it.
    public func resourceSummary(id: Int64) throws(StoreError) -> ResourceSummary? {
        try StoreError.mapping {
            try writer.read { db in
                guard let resource = try Resource.fetchOne(db, key: id) else { return nil }
                return ResourceSummary(
                    resource: resource,
                    authorName: try String.fetchOne(db, sql: "SELECT displayName FROM user WHERE id = ?", arguments: [resource.authorID]) ?? "?",
                    markedUseful: try Bool.fetchOne(db, sql: "SELECT useful FROM usefulMark WHERE resourceID = ?", arguments: [id]) ?? false,
                    keptOffline: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM offlineResource WHERE resourceID = ?", arguments: [id]) == 1,
                    downloadedFiles: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM download WHERE resourceID = ? AND state = 'done'",
                                                      arguments: [id]) ?? 0)
            }
        }
    }

    /// How many resources match `filter`.
    public func libraryCount(_ filter: LibraryFilter) throws(StoreError) -> Int {
        let (conditions, arguments) = Self.conditions(filter, except: nil)
        return try StoreError.mapping {
            try writer.read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM resource \(Self.whereClause(conditions))", arguments: arguments) ?? 0
            }
        }
    }

    /// The values of `facet` among the resources that match `filter` but for its own pick of that
    /// facet (so another value can be picked instead), most common first, at most `limit`.
    public func facetValues(_ facet: LibraryFacet, for filter: LibraryFilter, limit: Int = 50) throws(StoreError) -> [FacetValue] {
        let (conditions, arguments) = Self.conditions(filter, except: facet)
        let filtered = "SELECT resource.* FROM resource \(Self.whereClause(conditions))"
        let sql: String
        switch facet {
        case .type:
            sql = "SELECT type AS value, type AS label, COUNT(*) AS count FROM (\(filtered)) GROUP BY type"
        case .language:
            sql = "SELECT language AS value, language AS label, COUNT(*) AS count FROM (\(filtered)) GROUP BY language"
        case .subject:
            sql = """
                SELECT MIN(json_each.value) AS value, MIN(json_each.value) AS label, COUNT(DISTINCT filtered.id) AS count
                FROM (\(filtered)) AS filtered, json_each(filtered.subjects) GROUP BY staffroomFold(json_each.value)
                """
        case .grade:
            sql = """
                SELECT CAST(json_each.value AS TEXT) AS value, CAST(json_each.value AS TEXT) AS label, COUNT(DISTINCT filtered.id) AS count
                FROM (\(filtered)) AS filtered, json_each(filtered.grades) GROUP BY json_each.value
                """
        case .author:
            sql = """
                SELECT CAST(filtered.authorID AS TEXT) AS value, COALESCE(user.displayName, '?') AS label, COUNT(*) AS count
                FROM (\(filtered)) AS filtered LEFT JOIN user ON user.id = filtered.authorID GROUP BY filtered.authorID
                """
        }
        let order = facet == .grade ? "CAST(value AS INTEGER)" : "count DESC, label"
        return try StoreError.mapping {
            try writer.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM (\(sql)) ORDER BY \(order) LIMIT ?", arguments: arguments + [limit])
                    .map { FacetValue(value: $0["value"], label: $0["label"], count: $0["count"]) }
            }
        }
    }

    /// Marks or unmarks a resource useful here at once (the write goes through the outbox too).
    public func setUsefulMark(resourceID: Int64, useful: Bool) throws(StoreError) {
        try StoreError.mapping {
            try writer.write { db in try UsefulMark(resourceID: resourceID, useful: useful).upsert(db) }
        }
    }

    private static func sortColumn(_ sort: LibrarySort) -> String {
        switch sort {
        case .newest: "resource.createdAt"
        case .mostDownloaded: "resource.downloadCount"
        case .mostUseful: "resource.usefulCount"
        }
    }

    private static func whereClause(_ conditions: [String]) -> String {
        conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }

    /// The SQL conditions of `filter` on `resource`, leaving out the pick of `facet`.
    private static func conditions(_ filter: LibraryFilter, except facet: LibraryFacet?) -> ([String], StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let type = filter.type, facet != .type {
            conditions.append("resource.type = ?")
            arguments += [type.rawValue]
        }
        if let subject = filter.subject, facet != .subject {
            conditions.append("EXISTS (SELECT 1 FROM json_each(resource.subjects) WHERE staffroomFold(json_each.value) = ?)")
            arguments += [SearchText.fold(subject)]
        }
        if let grade = filter.grade, facet != .grade {
            conditions.append("EXISTS (SELECT 1 FROM json_each(resource.grades) WHERE json_each.value = ?)")
            arguments += [grade]
        }
        if let language = filter.language, facet != .language {
            conditions.append("resource.language = ?")
            arguments += [language]
        }
        if let authorID = filter.authorID, facet != .author {
            conditions.append("resource.authorID = ?")
            arguments += [authorID]
        }
        let words = SearchText.words(filter.text)
        if !words.isEmpty {
            conditions.append("resource.id IN (SELECT rowid FROM resourceText WHERE resourceText MATCH ?)")
            arguments += [SearchQuery(words: words).matchExpression]
        }
        return (conditions, arguments)
    }
}
