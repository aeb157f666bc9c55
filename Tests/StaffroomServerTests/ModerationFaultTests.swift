import FaultProxy
import Foundation
import GRDB
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomSync
@testable import StaffroomServer

/// A moderator's decision whose answer is lost on the way back is applied once: the client sends
/// it again from its outbox, and the server recognises the repeat.
@Suite struct ModerationFaultTests {
    @Test func aDecisionWhoseAnswerWasLostIsAppliedOnce() async throws {
        let server = try await LiveServer.start(prepare: seedWriters)
        let anna = try await Writer.login(server, as: "anna")
        _ = try await anna.push(.flagPost(postID: 1, reason: .spam, note: ""), sequence: 1)
        await anna.close()
        let proxy = try FaultProxy(upstreamPort: server.port)
        let connection = ServerConnection(baseURL: proxy.url, connectTimeout: .seconds(2), timeout: .seconds(20))
        let login = try await connection.login(username: "marina", password: "password-marina")
        let store = try ClientStore.inMemory()
        try store.saveLogin(Account(serverURL: proxy.url.absoluteString, userID: login.user.id, username: "marina",
                                    displayName: login.user.displayName, token: login.token))
        let synchronizer = Synchronizer(connection: connection, store: store,
                                        retry: RetryPolicy(attempts: 1, firstDelay: 0, longestDelay: 0, longestServerWait: 0))
        _ = try await synchronizer.run()
        try store.enqueue(.moderate(itemID: 1, version: 1, action: .delete, note: "Реклама"))
        proxy.inject(.dropResponse, whenPathContains: "/v1/sync")
        var firstTry: (any Error)?
        do { _ = try await synchronizer.run() } catch { firstTry = error }
        _ = try await synchronizer.run()
        let outbox = try store.outboxEntries()
        let queue = try store.pendingReviewItems(limit: 10)
        let log = try server.database.writer.read { db in try Row.fetchAll(db, sql: "SELECT action, note FROM auditEntry") }
        await connection.shutdown()
        proxy.stop()
        await server.stop()
        #expect(firstTry is SyncError, "the answer never came")
        #expect(outbox.isEmpty, "the repeat was recognised and left the outbox")
        #expect(queue.isEmpty, "the item is decided")
        #expect(log.map { "\($0["action"] as String) \($0["note"] as String)" } == ["delete Реклама"], "applied once")
    }
}
