import Foundation
import GRDB

/// Which cursors this database can still serve: its epoch, the newest sequence it ever issued and
/// the horizon below which deletions were purged. A cursor outside the window cannot be resumed
/// safely and gets `410 cursor_reset`, so the client syncs again from the start.
struct SyncWindow: Sendable, Equatable {
    var epoch: String
    /// The highest change sequence ever issued; a cursor past it came from a newer copy of this
    /// database (the server was restored from a backup).
    var newestSequence: Int64
    /// Deleted posts whose changes sat at or below this sequence were purged; a cursor below it may
    /// miss deletions.
    var purgeHorizon: Int64

    /// Why a cursor of `epoch`, whose news start after `news` and which names sequences up to
    /// `highest`, cannot be resumed, or nil when it can.
    func refusal(epoch cursorEpoch: String, news: Int64, highest: Int64) -> String? {
        if cursorEpoch != epoch { return "The server's data was replaced; sync again from the start." }
        if highest > newestSequence {
            return "The server was restored from an older copy; sync again from the start."
        }
        if news < purgeHorizon {
            return "You were away longer than the server keeps deletions; sync again from the start."
        }
        return nil
    }
}

extension ServerDatabase {
    /// The window of cursors this database can serve now.
    func syncWindow() throws -> SyncWindow {
        try writer.read { db in
            SyncWindow(epoch: try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'epoch'") ?? "",
                       newestSequence: try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'change'") ?? 0,
                       purgeHorizon: try Int64.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'purgeHorizon'") ?? 0)
        }
    }
}
