import Foundation
import GRDB
import StaffroomProtocol

/// The member's certificates of participation, as the server issued (or revoked) them.
extension ClientStore {
    /// Every certificate, the newest first: at most `limit`.
    public func certificates(limit: Int = 500) throws(StoreError) -> [Certificate] {
        try StoreError.mapping {
            try writer.read { db in
                try Certificate.fetchAll(db, sql: "SELECT * FROM certificate ORDER BY issuedAt DESC, code LIMIT ?", arguments: [limit])
            }
        }
    }

    /// The certificate for one occurrence of an event (for a single event, its start), if the member has one.
    public func certificate(eventID: Int64, occurrence: Date) throws(StoreError) -> Certificate? {
        try StoreError.mapping {
            try writer.read { db in
                try Certificate.fetchOne(db, sql: "SELECT * FROM certificate WHERE eventID = ? AND occurrence = ?",
                                         arguments: [eventID, occurrence])
            }
        }
    }

    /// The certificate with this code (as `CertificateCode.normalized` writes it).
    public func certificate(code: String) throws(StoreError) -> Certificate? {
        try StoreError.mapping { try writer.read { db in try Certificate.fetchOne(db, key: code) } }
    }
}
