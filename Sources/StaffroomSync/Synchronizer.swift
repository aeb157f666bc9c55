import Foundation
import StaffroomProtocol
import StaffroomStore

/// Brings the local store up to date: fetches pages after the stored cursor and applies each page
/// with its cursor in one transaction, so an interrupted sync resumes where it stopped.
public struct Synchronizer: Sendable {
    let connection: ServerConnection
    let store: ClientStore

    public init(connection: ServerConnection, store: ClientStore) {
        self.connection = connection
        self.store = store
    }

    /// Syncs until the server has nothing more; reports progress after every applied page.
    public func run(now: @Sendable () -> Date = Date.init,
                    progress: @Sendable (SyncProgress) -> Void = { _ in }) async throws(SyncError) -> SyncProgress {
        guard let account = try storeCall({ () throws(StoreError) in try store.account() }) else { throw .notLoggedIn }
        var done = SyncProgress(pages: 0, changes: 0, more: true)
        var restarted = false
        while done.more {
            let cursor = try storeCall { () throws(StoreError) in try store.syncState().cursor }
            let page: SyncPage
            do {
                page = try await connection.syncPage(token: account.token, cursor: cursor)
            } catch .server(status: 410, _) where !restarted {
                restarted = true
                try storeCall { () throws(StoreError) in try store.restartSync() }
                continue
            }
            try storeCall { () throws(StoreError) in try store.apply(page, syncedAt: now()) }
            done = SyncProgress(pages: done.pages + 1, changes: done.changes + page.changes.count, more: page.more)
            progress(done)
        }
        return done
    }

    private func storeCall<T>(_ body: () throws(StoreError) -> T) throws(SyncError) -> T {
        do {
            return try body()
        } catch {
            throw .store(error)
        }
    }
}
