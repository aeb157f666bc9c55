import Foundation
import GRDB
import StaffroomProtocol

extension ServerDatabase {
    /// The size of the content with this checksum, when the store holds it whole.
    func storedFileSize(_ sha256: String) throws -> Int64? {
        try writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT size FROM storedFile WHERE sha256 = ?", arguments: [sha256])
        }
    }

    /// Notes that the store now holds this content whole.
    public func recordStoredFile(_ sha256: String, size: Int64, at date: Date = Date()) throws {
        try writer.write { db in try ContentWriter(db: db).recordStoredFile(sha256, size: size, at: date) }
    }

    /// The file at `index` of a resource, if both exist.
    func resourceFile(resourceID: Int64, index: Int) throws -> ResourceFile? {
        try writer.read { db in
            guard let resource = try EntityRow<Resource>.fetchOne(db, sql: "SELECT * FROM resource WHERE id = ?",
                                                                  arguments: [resourceID])?.entity,
                  resource.files.indices.contains(index) else { return nil }
            return resource.files[index]
        }
    }

    /// Counts a member's download of a resource, once per member; the new count reaches every
    /// client with the resource.
    func recordDownload(resourceID: Int64, userID: Int64, at date: Date) throws {
        // Kept to the whole second, as the figures that count downloads take their "now".
        let second = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        try writer.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO resourceDownload (resourceID, userID, downloadedAt) VALUES (?, ?, ?)",
                           arguments: [resourceID, userID, second])
            guard db.changesCount > 0 else { return }
            try db.execute(sql: "UPDATE resource SET downloadCount = downloadCount + 1 WHERE id = ?", arguments: [resourceID])
            try ChangeLog.record(.resource, id: resourceID, in: db)
        }
    }
}
