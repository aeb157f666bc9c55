import FaultProxy
import Foundation
import GRDB
import Testing
import StaffroomProtocol
import StaffroomSync
@testable import StaffroomStore
@testable import StaffroomServer

/// A member ("olga") whose client synced once, then wrote offline while others posted a lot; her
/// next sync goes through a fault-injecting proxy. `verify()` checks what must hold after any fault.
final class FaultScenario: @unchecked Sendable {
    /// The server behind the proxy (another one after `restartServer()`); only the test's task uses it.
    private(set) var server: LiveServer
    let proxy: FaultProxy
    let store: ClientStore
    let connection: ServerConnection

    private init(server: LiveServer, proxy: FaultProxy, store: ClientStore, connection: ServerConnection) {
        self.server = server
        self.proxy = proxy
        self.store = store
        self.connection = connection
    }

    /// Runs `body` on a new scenario and shuts everything down afterwards, whether it threw or not.
    static func run(newPosts: Int = 1_200, _ body: (FaultScenario) async throws -> Void) async throws {
        let scenario = try await start(newPosts: newPosts)
        do {
            try await body(scenario)
        } catch {
            await scenario.stop()
            throw error
        }
        await scenario.stop()
    }

    /// Retries quick enough for tests; a `Retry-After` of up to 2 s is waited for.
    static let quickRetry = RetryPolicy(attempts: 6, firstDelay: 0.02, longestDelay: 0.2, longestServerWait: 2)

    static let replyText = "Ответ, написанный без связи: «проверим в четверг»."
    static let topicTitle = "Новая тема из электрички"
    static let topicText = "Коллеги, кто пробовал диктанты с самопроверкой?"
    static let draftText = "Черновик, который нельзя потерять"

    /// - Parameter newPosts: posts others write while olga is offline (500 changes fill a page).
    private static func start(newPosts: Int) async throws -> FaultScenario {
        let server = try await LiveServer.start { database, accounts in
            try seedSmallNetwork(database, accounts, topics: 4, postsPerTopic: 3)
            try accounts.addMember(username: "anna", displayName: "Анна Смирнова", role: .teacher,
                                   school: "Школа № 12", password: "anna's password")
        }
        let direct = ServerConnection(baseURL: server.url)
        let login = try await direct.login(username: "olga", password: "correct horse")
        await direct.shutdown()
        let proxy = try FaultProxy(upstreamPort: server.port)
        let store = try ClientStore.inMemory()
        try store.saveLogin(Account(serverURL: proxy.url.absoluteString, userID: login.user.id, username: "olga",
                                    displayName: login.user.displayName, token: login.token))
        let connection = ServerConnection(baseURL: proxy.url, connectTimeout: .seconds(2), timeout: .seconds(20))
        _ = try await Synchronizer(connection: connection, store: store).run()
        proxy.resetCounts()

        let anna = try #require(try server.database.member(username: "anna")).user
        try server.database.batch { writer in
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            for index in 0..<newPosts {
                try writer.addPost(topicID: Int64(index % 4 + 1), authorID: anna.id,
                                   body: "Сообщение \(index): план урока по развитию речи, с примерами и заданиями.",
                                   at: start.addingTimeInterval(Double(index)))
            }
        }
        _ = try store.enqueue(.reply(topicID: 1, body: replyText))
        _ = try store.enqueue(.createTopic(forumID: 1, title: topicTitle, body: topicText))
        try store.setBookmark(postID: 2, bookmarked: true)
        try store.markRead(topicID: 2, upTo: 6)
        try store.saveDraft(Draft(kind: .reply, targetID: 3, context: "Тема 2", body: draftText, updatedAt: Date()))
        return FaultScenario(server: server, proxy: proxy, store: store, connection: connection)
    }

    /// Pages of at most 500 changes, so the 1,200 new posts take several.
    static let pageSize = 500

    /// The client's synchronizer, through the proxy.
    func synchronizer(retry: RetryPolicy = quickRetry) -> Synchronizer {
        Synchronizer(connection: connection, store: store, retry: retry, pageSize: Self.pageSize)
    }

    /// One sync run through the proxy.
    func sync(retry: RetryPolicy = quickRetry) async throws(SyncError) -> SyncProgress {
        try await synchronizer(retry: retry).run()
    }

    /// Another member writes a reply on the server.
    func postAsAnna(_ body: String, topicID: Int64 = 1) throws {
        let anna = try #require(try server.database.member(username: "anna")).user
        _ = try server.database.batch { writer in
            try writer.addPost(topicID: topicID, authorID: anna.id, body: body, at: Date())
        }
    }

    /// Anna deletes one of her posts on the server, as if `at` were now.
    func deleteAsAnna(postID: Int64, at date: Date) throws {
        let anna = try #require(try server.database.member(username: "anna")).user
        let results = try server.database.apply([Mutation(sequence: 1, clientID: UUID().uuidString.lowercased(),
                                                          action: .deletePost(postID: postID))],
                                                device: "anna-\(UUID().uuidString)", user: anna, now: date)
        #expect(results.map(\.outcome) == [.applied])
    }

    /// A copy of the server's database as it is now (a backup).
    func backUpServer() throws -> DatabaseQueue {
        let copy = try DatabaseQueue()
        try server.database.writer.backup(to: copy)
        return copy
    }

    /// Stops the server, puts `backup` in place of its database and starts it again.
    func restoreServer(from backup: DatabaseQueue) async throws {
        await stopServer()
        try backup.backup(to: server.database.writer)
        try await startServerAgain()
    }

    /// Whether the client's store holds a post with this text.
    func clientHasPost(_ body: String) throws -> Bool {
        try store.writer.read { try Bool.fetchOne($0, sql: "SELECT EXISTS (SELECT 1 FROM post WHERE body = ?)", arguments: [body]) } ?? false
    }

    /// How many posts with this text the server holds.
    func serverPosts(_ body: String) throws -> Int {
        try server.database.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM post WHERE body = ?", arguments: [body]) } ?? 0
    }

    /// What must hold after any fault: the store equals a fresh full sync of olga's view, each
    /// offline write reached the server exactly once, nothing waits in the outbox, the draft is intact.
    func verify(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await verifyStoreMatchesServer(sourceLocation: sourceLocation)

        let counts = try await server.database.writer.read { db in
            [try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM post WHERE body = ?", arguments: [Self.replyText]),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM topic WHERE title = ?", arguments: [Self.topicTitle]),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM bookmark WHERE postID = 2 AND bookmarked"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM readMark WHERE topicID = 2 AND lastReadPostID = 6")]
        }
        #expect(counts == [1, 1, 1, 1], "each offline write arrived once", sourceLocation: sourceLocation)
        let outbox = try store.outboxCounts()
        #expect(outbox.pending == 0 && outbox.notSent == 0, "nothing waits or was refused", sourceLocation: sourceLocation)
        #expect(try store.drafts().map(\.body) == [Self.draftText], sourceLocation: sourceLocation)
    }

    /// The client's synced content equals what a fresh full sync of olga's view brings.
    func verifyStoreMatchesServer(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let fresh = try ClientStore.inMemory()
        let account = try #require(try store.account())
        try fresh.saveLogin(account)
        let direct = ServerConnection(baseURL: server.url)
        _ = try await Synchronizer(connection: direct, store: fresh, retry: .never).run()
        await direct.shutdown()
        let expected = try Self.syncedContent(of: fresh)
        let actual = try Self.syncedContent(of: store)
        #expect(actual == expected, "the store differs from the server's view", sourceLocation: sourceLocation)
    }

    /// Every synced table, row by row, in a stable order.
    static func syncedContent(of store: ClientStore) throws -> [String: [String]] {
        try store.writer.read { db in
            var tables: [String: [String]] = [:]
            for table in ["community", "user", "category", "forum", "topic", "post", "topicRead", "subscription", "bookmark"] {
                tables[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map(\.description).sorted()
            }
            return tables
        }
    }

    /// Stops the server; requests that reach the proxy meanwhile fail as against a dead server.
    func stopServer() async {
        proxy.redirect(toPort: nil)
        await server.stop()
    }

    /// Starts the stopped server again on the same database; the proxy forwards to it from now on.
    func startServerAgain() async throws {
        server = try await LiveServer.start(database: server.database, accounts: server.accounts)
        proxy.redirect(toPort: server.port)
    }

    private func stop() async {
        await connection.shutdown()
        proxy.stop()
        await server.stop()
    }
}
