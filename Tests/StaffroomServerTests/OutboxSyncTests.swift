import Foundation
import NIOCore
import GRDB
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomSync
@testable import StaffroomServer

/// The real client outbox and synchronizer against a live server.
@Suite struct OutboxSyncTests {
    private func client(_ server: LiveServer, as name: String) async throws -> (ClientStore, ServerConnection) {
        let connection = ServerConnection(baseURL: server.url)
        let login = try await connection.login(username: name, password: "password-\(name)")
        let store = try ClientStore.inMemory()
        try store.saveLogin(Account(serverURL: server.url.absoluteString, userID: login.user.id, username: name,
                                    displayName: login.user.displayName, token: login.token))
        _ = try await Synchronizer(connection: connection, store: store).run()
        return (store, connection)
    }

    @Test func aReplyWrittenOfflineReachesOtherMembersAfterSync() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let (anna, annaLink) = try await client(server, as: "anna")
        let (olga, olgaLink) = try await client(server, as: "olga")
        try anna.enqueue(.reply(topicID: 1, body: "Написано без связи, в электричке"))
        #expect(try anna.posts(inTopic: 1, page: .first, limit: 10).items.last?.delivery == .pending)
        let pushed = try await Synchronizer(connection: annaLink, store: anna).run()
        _ = try await Synchronizer(connection: olgaLink, store: olga).run()
        let annaSees = try anna.posts(inTopic: 1, page: .first, limit: 10).items
        let olgaSees = try olga.posts(inTopic: 1, page: .first, limit: 10).items
        await annaLink.shutdown()
        await olgaLink.shutdown()
        await server.stop()
        #expect(pushed.sent == 1)
        #expect(annaSees.map(\.post.body) == ["Первое сообщение", "Написано без связи, в электричке"])
        #expect(annaSees.allSatisfy { $0.delivery == .sent && $0.post.id > 0 })
        #expect(olgaSees.map(\.authorName) == ["Olga", "Anna"])
    }

    @Test func aPushWhoseAnswerWasLostIsAppliedOnce() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let (anna, link) = try await client(server, as: "anna")
        try anna.enqueue(.reply(topicID: 1, body: "Ответ, чей ответ потерялся"))
        // The request reaches the server, but its answer never reaches the client.
        let lost = try await link.sync(token: try #require(try anna.account()).token,
                                       request: SyncRequest(device: try anna.deviceID(), mutations: try anna.pendingMutations(),
                                                            cursor: try anna.syncState().cursor))
        #expect(lost.results.map(\.outcome) == [.applied])
        _ = try await Synchronizer(connection: link, store: anna).run()
        let onServer = try await server.database.writer.read {
            try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM post WHERE body = 'Ответ, чей ответ потерялся'")
        }
        let local = try anna.posts(inTopic: 1, page: .first, limit: 10).items
        await link.shutdown()
        await server.stop()
        #expect(onServer == 1)
        #expect(local.filter { $0.post.body == "Ответ, чей ответ потерялся" }.count == 1)
        #expect(try anna.pendingMutations().isEmpty)
    }

    @Test func aReplyToATopicLockedMeanwhileComesBackNotSentWithItsText() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let (anna, link) = try await client(server, as: "anna")
        let marina = try await Writer.login(server, as: "marina")
        let text = "Подробный ответ на три абзаца.\n\nВторой абзац.\n\nТретий абзац."
        try anna.enqueue(.reply(topicID: 1, body: text))
        _ = try await marina.push(.setTopicLocked(topicID: 1, locked: true), sequence: 1)
        _ = try await Synchronizer(connection: link, store: anna).run()
        await marina.close()
        await link.shutdown()
        await server.stop()
        let notSent = try anna.notSentItems()
        #expect(notSent.map(\.action) == [.reply(topicID: 1, body: text)])
        #expect(notSent.first?.code == .topicLocked)
        #expect(try anna.posts(inTopic: 1, page: .first, limit: 10).items.first?.post.body == "Первое сообщение")
    }

    @Test func moreWritesThanOneRequestTakesGoOutInSeveralRoundTrips() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let (anna, link) = try await client(server, as: "anna")
        for index in 1...230 { try anna.enqueue(.reply(topicID: 1, body: "Ответ \(index)")) }
        let run = try await Synchronizer(connection: link, store: anna).run()
        let onServer = try await server.database.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM post WHERE topicID = 1") }
        await link.shutdown()
        await server.stop()
        #expect(run.sent == 230)
        #expect(onServer == 231)
        #expect(try anna.pendingMutations().isEmpty)
    }

    @Test func aClientThatLostItsCounterRenumbersAndDeliversEverything() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let (anna, link) = try await client(server, as: "anna")
        let device = try anna.deviceID()
        // Another store with the same device id, as after restoring an old backup: its counter is behind.
        let writer = Writer(server: server, connection: link, token: try #require(try anna.account()).token, device: device)
        for sequence in 1...5 { _ = try await writer.push(.markRead(topicID: 1, upToPostID: 1), sequence: Int64(sequence)) }
        try anna.enqueue(.reply(topicID: 1, body: "После восстановления"))
        _ = try await Synchronizer(connection: link, store: anna).run()
        await link.shutdown()
        await server.stop()
        #expect(try anna.pendingMutations().isEmpty)
        #expect(try anna.posts(inTopic: 1, page: .first, limit: 10).items.last?.post.body == "После восстановления")
    }
}

@Suite struct WriteBatchTests {
    @Test func longPostsGoOutInBatchesTheServerAccepts() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let connection = ServerConnection(baseURL: server.url)
        let login = try await connection.login(username: "anna", password: "password-anna")
        let store = try ClientStore.inMemory()
        try store.saveLogin(Account(serverURL: server.url.absoluteString, userID: login.user.id, username: "anna",
                                    displayName: "Anna", token: login.token))
        let long = String(repeating: "Длинный ответ о методике чтения. ", count: 600)
        #expect(long.count <= WriteLimits.postLength)
        for _ in 1...100 { try store.enqueue(.reply(topicID: 1, body: long)) }
        #expect(try store.pendingMutations().count < 100, "a batch stays under a megabyte")
        let run = try await Synchronizer(connection: connection, store: store).run()
        await connection.shutdown()
        await server.stop()
        #expect(run.sent == 100)
        #expect(try store.pendingMutations().isEmpty)
    }
}
