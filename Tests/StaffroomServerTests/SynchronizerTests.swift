import Foundation
import Testing
import NIOCore
import StaffroomProtocol
import StaffroomStore
import StaffroomSync
import Synchronization
@testable import StaffroomServer

@Suite struct SynchronizerTests {
    @Test func aFirstSyncBringsEverythingAndASecondBringsNothingNew() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1, topics: 30, postsPerTopic: 25) }
        let (store, connection) = try await loggedInClient(server)
        let first = try await Synchronizer(connection: connection, store: store, pageSize: 500).run()
        let second = try await Synchronizer(connection: connection, store: store, pageSize: 500).run()
        await connection.shutdown()
        await server.stop()
        #expect(first.pages == 2 && first.changes == 784)
        #expect(second.pages == 1 && second.changes == 0)
        #expect(try store.communityName() == "Тестовая сеть")
        let forum = try #require(try store.forumSummaries().first)
        #expect(forum.topicCount == 30)
        let topic = try #require(try store.topics(inForum: forum.forum.id, page: .first, limit: 1).items.first)
        #expect(try store.posts(inTopic: topic.topic.id, page: .first, limit: 100).items.count == 25)
    }

    @Test func aNewReplyArrivesAloneAndMovesItsTopicOn() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1) }
        let (store, connection) = try await loggedInClient(server)
        _ = try await Synchronizer(connection: connection, store: store).run()
        _ = try server.database.batch { writer in
            try writer.addPost(topicID: 1, authorID: 1, body: "Новый ответ", at: Date(timeIntervalSince1970: 1_800_000_000))
        }
        let update = try await Synchronizer(connection: connection, store: store).run()
        await connection.shutdown()
        await server.stop()
        #expect(update.changes == 1, "the topic's counters come with the reply (protocol §5.9)")
        let forum = try #require(try store.forumSummaries().first).forum.id
        let topic = try #require(try store.topics(inForum: forum, page: .first, limit: 10).items.first { $0.topic.id == 1 })
        #expect(topic.topic.postCount == 5)
        #expect(topic.topic.lastPostAt == Date(timeIntervalSince1970: 1_800_000_000))
        #expect(topic.isUnread)
        #expect(try store.posts(inTopic: 1, page: .last, limit: 1).items.first?.post.body == "Новый ответ")
    }

    @Test func anInterruptedSyncResumesAfterTheLastAppliedPage() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1, topics: 40, postsPerTopic: 30) }
        let (store, connection) = try await loggedInClient(server)
        let token = try #require(try store.account()).token
        // The first page arrives and is applied; then the connection drops before the second.
        try store.apply(try await connection.syncPage(token: token, cursor: nil, limit: 500), syncedAt: Date())
        let resumed = try await Synchronizer(connection: connection, store: store, pageSize: 500).run()
        await connection.shutdown()
        await server.stop()
        #expect(resumed.changes == 1244 - 500, "only the pages after the stored cursor were fetched")
        #expect(try store.forumSummaries().first?.topicCount == 40)
    }

    @Test func aServerReplacedByAnotherDatabaseCausesACleanResync() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1) }
        let (store, connection) = try await loggedInClient(server)
        try store.apply(SyncPage(changes: [.category(StaffroomProtocol.Category(id: 99, title: "Старое", position: 0)),
                                           .forum(Forum(id: 99, categoryID: 99, title: "Удалённый форум", description: "", position: 0))],
                                 cursor: "fffffffffffffff0-900", more: false), syncedAt: Date())
        let result = try await Synchronizer(connection: connection, store: store).run()
        await connection.shutdown()
        await server.stop()
        #expect(result.changes > 0)
        #expect(try store.forumSummaries().map(\.forum.title) == ["Чтение"], "content of the old database is gone")
    }

    @Test func anExpiredSessionAndAnUnreachableServerAreToldApart() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1) }
        let connection = ServerConnection(baseURL: server.url)
        let store = try ClientStore.inMemory()
        try store.saveLogin(Account(serverURL: server.url.absoluteString, userID: 1, username: "olga",
                                    displayName: "Ольга", token: "revoked"))
        await #expect(throws: SyncError.sessionExpired) { try await Synchronizer(connection: connection, store: store).run() }
        await #expect(throws: SyncError.invalidCredentials) { try await connection.login(username: "olga", password: "nope") }
        await connection.shutdown()
        await server.stop()
        let gone = ServerConnection(baseURL: URL(string: "http://127.0.0.1:1")!, connectTimeout: .seconds(1), timeout: .seconds(2))
        let notices = Mutex<[RetryNotice]>([])
        let threeTries = RetryPolicy(attempts: 3, firstDelay: 0.01, longestDelay: 0.05, longestServerWait: 0)
        await #expect(throws: SyncError.unreachable(.refused)) {
            try await Synchronizer(connection: gone, store: store, retry: threeTries)
                .run(retrying: { notice in notices.withLock { $0.append(notice) } })
        }
        await gone.shutdown()
        #expect(notices.withLock { $0.map(\.failures) } == [1, 2], "tried three times, announcing each wait")
        #expect(notices.withLock { $0.allSatisfy { $0.reason == .unreachable(.refused) && $0.delay <= 0.05 } })
        #expect(try store.account()?.token == "revoked", "a failed sync keeps the account")
    }
}
