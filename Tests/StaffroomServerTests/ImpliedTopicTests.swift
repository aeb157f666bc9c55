import Foundation
import GRDB
import Testing
import StaffroomProtocol
@testable import StaffroomStore
import StaffroomSync
@testable import StaffroomServer

/// A topic changed only by new replies stays out of the news of a client that holds it; the
/// client derives its counters from the replies (protocol §5.9).
@Suite struct ImpliedTopicTests {
    private struct Reader {
        let server: LiveServer
        let auth: [(String, String)]

        func page(_ query: String) async throws -> SyncPage {
            let answer = try await server.request(.GET, "/v1/sync?\(query)", headers: auth)
            #expect(answer.status == 200)
            return try WireFormat.makeDecoder().decode(SyncPage.self, from: Data(answer.body))
        }

        /// Pages until `more` is false; returns the last cursor.
        func syncAll(from cursor: String? = nil, extra: String = "") async throws -> String {
            var next = cursor
            while true {
                let page = try await page((next.map { "cursor=\($0)&" } ?? "") + "limit=500" + extra)
                next = page.cursor
                if !page.more { return page.cursor }
            }
        }

        func reply(_ topicID: Int64, _ text: String) throws -> Int64 {
            try server.database.batch { try $0.addPost(topicID: topicID, authorID: 1, body: text, at: Date()) }
        }
    }

    private func reader() async throws -> Reader {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1, topics: 3, postsPerTopic: 4) }
        let token = try await server.token(username: "olga", password: "correct horse")
        return Reader(server: server, auth: [("Authorization", "Bearer \(token)")])
    }

    private static func kinds(_ page: SyncPage) -> [String] {
        page.changes.map { change in
            switch change {
            case .post(let post): "post \(post.id) #\(post.number)"
            case .topic(let topic): "topic \(topic.id) count \(topic.postCount)"
            default: "other"
            }
        }
    }

    @Test func aReplyTravelsAloneToAClientThatHoldsEverything() async throws {
        let client = try await reader()
        let cursor = try await client.syncAll()
        let first = try client.reply(1, "Первый новый ответ")
        let second = try client.reply(1, "Второй новый ответ")
        let news = try await client.page("cursor=\(cursor)")
        let after = try await client.page("cursor=\(news.cursor)")
        await client.server.stop()
        #expect(Self.kinds(news) == ["post \(first) #5", "post \(second) #6"])
        #expect(after.changes.isEmpty, "the left-out topic's change is behind the cursor too")
    }

    @Test func anyOtherChangeToTheTopicSendsItWhole() async throws {
        let client = try await reader()
        let cursor = try await client.syncAll()
        let reply = try client.reply(2, "Ответ, который станет принятым")
        try client.server.database.batch { try $0.acceptAnswer(reply, topicID: 2) }
        let later = try client.reply(2, "Ещё один ответ")
        let news = try await client.page("cursor=\(cursor)")
        await client.server.stop()
        #expect(Self.kinds(news) == ["post \(reply) #5", "post \(later) #6", "topic 2 count 6"],
                "the accepted answer travels although only a reply changed the topic after it")
    }

    @Test func aClientStillFetchingOlderContentGetsTheTopicWhole() async throws {
        let client = try await reader()
        let midway = try await client.page("limit=3")
        let lean = try await client.page("backfill=0")
        let leanCursor = try await client.syncAll(from: lean.cursor, extra: "&backfill=0")
        let reply = try client.reply(3, "Ответ во время первой синхронизации")
        let firstSyncNews = try await client.page("cursor=\(midway.cursor)&limit=2")
        let budgetNews = try await client.page("cursor=\(leanCursor)&backfill=0")
        await client.server.stop()
        #expect(midway.cursor.split(separator: "-").count == 3 && leanCursor.split(separator: "-").count == 3,
                "both cursors still have a backfill to do")
        #expect(Self.kinds(firstSyncNews) == ["post \(reply) #5", "topic 3 count 5"])
        #expect(Self.kinds(budgetNews) == ["post \(reply) #5", "topic 3 count 5"])
    }

    @Test func theClientsTopicsEqualAFreshSyncAfterRepliesEditsAndAnAcceptedAnswer() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1, topics: 3, postsPerTopic: 4) }
        let (store, connection) = try await loggedInClient(server)
        _ = try await Synchronizer(connection: connection, store: store, retry: .never).run()
        let reply = try server.database.batch { try $0.addPost(topicID: 1, authorID: 1, body: "Ответ 5", at: Date()) }
        _ = try server.database.batch { try $0.addPost(topicID: 1, authorID: 1, body: "Ответ 6", at: Date()) }
        // Olga edits reply 5 after reply 6 was written, so the log holds it after reply 6.
        _ = try store.enqueue(.editPost(postID: reply, body: "Ответ 5, исправленный"))
        _ = try await Synchronizer(connection: connection, store: store, retry: .never).run()
        _ = try server.database.batch { try $0.addPost(topicID: 2, authorID: 1, body: "Ответ в другой теме", at: Date()) }
        _ = try await Synchronizer(connection: connection, store: store, retry: .never).run()
        await connection.shutdown()

        let fresh = try ClientStore.inMemory()
        try fresh.saveLogin(try #require(try store.account()))
        let direct = ServerConnection(baseURL: server.url)
        _ = try await Synchronizer(connection: direct, store: fresh, retry: .never).run()
        await direct.shutdown()
        await server.stop()
        let topics = { (store: ClientStore) in
            try store.writer.read { try Row.fetchAll($0, sql: "SELECT * FROM topic ORDER BY id").map(\.description) }
        }
        #expect(try topics(store) == topics(fresh))
        #expect(try store.topics(inForum: 1, page: .first, limit: 5).items.first { $0.topic.id == 1 }?.topic.postCount == 6)
    }
}

extension ImpliedTopicTests {
    @Test func aLongPollWhoseLimitOnlyCoversLeftOutTopicsAnswersAtOnce() async throws {
        let client = try await reader()
        let cursor = try await client.syncAll()
        let first = try client.reply(1, "Ответ в первой теме")
        let second = try client.reply(2, "Ответ во второй теме")
        // Editing both replies moves them after both topics: the news start with two left-out topics.
        let edits = SyncRequest(device: "olga-laptop", mutations: [first, second].enumerated().map { index, postID in
            Mutation(sequence: Int64(index + 1), clientID: "edit-\(index)", action: .editPost(postID: postID, body: "Исправлено"))
        }, cursor: nil, limit: 1)
        let pushed = try await client.server.request(.POST, "/v1/sync", headers: client.auth + [("Content-Type", "application/json")],
                                                     body: String(decoding: try WireFormat.makeEncoder().encode(edits), as: UTF8.self))
        #expect(pushed.status == 200)
        let skipped = try await client.page("cursor=\(cursor)&limit=2&wait=20")
        let rest = try await client.page("cursor=\(skipped.cursor)&limit=2&wait=20")
        await client.server.stop()
        #expect(skipped.changes.isEmpty && skipped.more && skipped.cursor != cursor, "answered at once, not with 204")
        #expect(Self.kinds(rest) == ["post \(first) #5", "post \(second) #5"])
    }
}
