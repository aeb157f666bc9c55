import Foundation
import GRDB
import StaffroomProtocol

extension ClientStore {
    /// Puts every file of `resource` in the download queue (files already there keep their place
    /// and progress; a failed or paused one is queued again). Returns the resource's downloads.
    @discardableResult
    public func enqueueDownloads(of resource: Resource, at date: Date) throws(StoreError) -> [Download] {
        try StoreError.mapping {
            try writer.write { db in
                for (index, file) in resource.files.enumerated() {
                    try db.execute(sql: """
                        INSERT INTO download (resourceID, fileIndex, name, sha256, size, received, state, addedAt)
                        VALUES (?, ?, ?, ?, ?, 0, 'queued', ?)
                        ON CONFLICT (resourceID, fileIndex) DO UPDATE SET
                          state = CASE WHEN download.state IN ('failed', 'paused') THEN 'queued' ELSE download.state END,
                          problem = CASE WHEN download.state IN ('failed', 'paused') THEN NULL ELSE download.problem END
                        """, arguments: [resource.id, index, file.name, file.sha256, file.size, date])
                }
                return try Download.fetchAll(db, sql: "SELECT * FROM download WHERE resourceID = ? ORDER BY fileIndex",
                                             arguments: [resource.id])
            }
        }
    }

    /// The queue: files waiting or being fetched first, then stopped ones, then finished ones, the
    /// newest first within each; at most `limit`.
    public func downloads(limit: Int = 200) throws(StoreError) -> [Download] {
        try StoreError.mapping {
            try writer.read { db in
                try Download.fetchAll(db, sql: """
                    SELECT * FROM download
                    ORDER BY CASE state WHEN 'active' THEN 0 WHEN 'queued' THEN 1 WHEN 'failed' THEN 2 WHEN 'paused' THEN 3 ELSE 4 END,
                             CASE WHEN state IN ('active', 'queued') THEN id ELSE -id END
                    LIMIT ?
                    """, arguments: [limit])
            }
        }
    }

    /// The downloads of one resource's files, in the order of its files.
    public func downloads(ofResource resourceID: Int64) throws(StoreError) -> [Download] {
        try StoreError.mapping {
            try writer.read { db in
                try Download.fetchAll(db, sql: "SELECT * FROM download WHERE resourceID = ? ORDER BY fileIndex", arguments: [resourceID])
            }
        }
    }

    /// The oldest file waiting for its turn (or left active by a client that stopped).
    public func nextDownload() throws(StoreError) -> Download? {
        try StoreError.mapping {
            try writer.read { db in
                try Download.fetchOne(db, sql: "SELECT * FROM download WHERE state IN ('active', 'queued') ORDER BY state = 'queued', id LIMIT 1")
            }
        }
    }

    /// One download.
    public func download(id: Int64) throws(StoreError) -> Download? {
        try StoreError.mapping {
            try writer.read { db in try Download.fetchOne(db, sql: "SELECT * FROM download WHERE id = ?", arguments: [id]) }
        }
    }

    /// Records how far a download came and where it is.
    public func updateDownload(_ id: Int64, received: Int64, state: Download.State, problem: Download.Problem? = nil,
                               path: String? = nil) throws(StoreError) {
        try StoreError.mapping {
            try writer.write { db in
                try db.execute(sql: "UPDATE download SET received = ?, state = ?, problem = ?, path = COALESCE(?, path) WHERE id = ?",
                               arguments: [received, state.rawValue, problem?.rawValue, path, id])
            }
        }
    }

    /// Takes a download out of the queue (its file on disk, if any, stays).
    public func removeDownload(_ id: Int64) throws(StoreError) {
        try StoreError.mapping { try writer.write { db in try db.execute(sql: "DELETE FROM download WHERE id = ?", arguments: [id]) } }
    }

    /// Marks a resource to keep offline (its files are fetched during sync), or not.
    public func setKeptOffline(_ resourceID: Int64, _ kept: Bool) throws(StoreError) {
        try StoreError.mapping {
            try writer.write { db in
                if kept {
                    try db.execute(sql: "INSERT OR IGNORE INTO offlineResource (resourceID) VALUES (?)", arguments: [resourceID])
                } else {
                    try db.execute(sql: "DELETE FROM offlineResource WHERE resourceID = ?", arguments: [resourceID])
                }
            }
        }
    }

    /// Resources kept offline whose files are not all downloaded yet (nor waiting in the queue), at most `limit`.
    public func offlineResourcesToFetch(limit: Int = 50) throws(StoreError) -> [Resource] {
        try StoreError.mapping {
            try writer.read { db in
                try Resource.fetchAll(db, sql: """
                    SELECT resource.* FROM offlineResource JOIN resource ON resource.id = offlineResource.resourceID
                    WHERE json_array_length(resource.files) >
                          (SELECT COUNT(*) FROM download WHERE download.resourceID = resource.id AND download.state IN ('done', 'queued', 'active'))
                    ORDER BY resource.id LIMIT ?
                    """, arguments: [limit])
            }
        }
    }

    /// Queues the files of resources kept offline, as many whole resources as fit in `budget`
    /// bytes (nil: all); returns the downloads now pending for them.
    @discardableResult
    public func enqueueKeptOffline(budget: Int64?, at date: Date) throws(StoreError) -> [Download] {
        var left = budget ?? .max
        var queued: [Download] = []
        for resource in try offlineResourcesToFetch() where resource.size <= left {
            queued += try enqueueDownloads(of: resource, at: date).filter(\.isPending)
            left -= resource.size
        }
        return queued
    }

    /// The link's speed as last measured, in bytes per second.
    public func linkSpeed() throws(StoreError) -> Double? {
        try StoreError.mapping { try writer.read { db in try Double.fetchOne(db, sql: "SELECT bytesPerSecond FROM linkSpeed") } }
    }

    /// Records a measurement of the link: `bytes` that took `seconds`. Short transfers say little
    /// about a link; those under 16 KiB or 50 ms are not recorded.
    public func recordLinkSpeed(bytes: Int64, seconds: Double, at date: Date) throws(StoreError) {
        guard bytes >= 16 << 10, seconds >= 0.05 else { return }
        try StoreError.mapping {
            try writer.write { db in
                try db.execute(sql: "INSERT INTO linkSpeed (id, bytesPerSecond, measuredAt) VALUES (1, ?, ?)",
                               arguments: [Double(bytes) / seconds, date])
            }
        }
    }
}
