import Foundation
import NIOHTTP1
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomSync
import Synchronization
@testable import StaffroomServer

/// `GET /v1/topics/{id}/posts`: a thread fetched at once, before the sync brought it.
@Suite struct TopicRoutesTests {
    private func page(_ answer: (status: Int, headers: HTTPHeaders, body: [UInt8])) throws -> TopicPostsPage {
        try WireFormat.makeDecoder().decode(TopicPostsPage.self, from: Data(answer.body))
    }

    @Test func aTopicsPostsComeInOrderAndPageOnWithAfter() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1, topics: 2, postsPerTopic: 5) }
        let auth = [("Authorization", "Bearer \(try await server.token(username: "olga", password: "correct horse"))")]
        let all = try page(try await server.request(.GET, "/v1/topics/2/posts", headers: auth))
        let later = try page(try await server.request(.GET, "/v1/topics/2/posts?after=8&limit=1", headers: auth))
        let missing = try await server.request(.GET, "/v1/topics/99/posts", headers: auth)
        let badAfter = try await server.request(.GET, "/v1/topics/2/posts?after=soon", headers: auth)
        let anonymous = try await server.request(.GET, "/v1/topics/2/posts")
        await server.stop()
        #expect(all.topic.id == 2 && all.posts.map(\.id) == [6, 7, 8, 9, 10] && !all.more)
        #expect(later.posts.map(\.id) == [9] && later.more)
        #expect(missing.status == 404 && badAfter.status == 400 && anonymous.status == 401)
    }

    @Test func aMembersOnlyTopicIsNotFoundForOutsiders() async throws {
        let server = try await LiveServer.start { database, accounts in
            try seedWriters(database, accounts)
            try database.setForumMembersOnly(forumID: 2, true)
        }
        let anna = [("Authorization", "Bearer \(try await server.token(username: "anna", password: "password-anna"))")]
        let marina = [("Authorization", "Bearer \(try await server.token(username: "marina", password: "password-marina"))")]
        let outsider = try await server.request(.GET, "/v1/topics/2/posts", headers: anna)
        let moderator = try await server.request(.GET, "/v1/topics/2/posts", headers: marina)
        await server.stop()
        #expect(outsider.status == 404)
        #expect(moderator.status == 200)
    }

    @Test func aThreadOpenedBeforeTheSyncBroughtItIsFetchedAndTheSyncStillEndsRight() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1, topics: 20, postsPerTopic: 20) }
        let (store, connection) = try await loggedInClient(server)
        let synchronizer = Synchronizer(connection: connection, store: store, pageSize: 100)
        _ = try await synchronizer.run(budget: 1)
        #expect(try store.storedPostCount(topicID: 1) == 0, "the oldest thread has not come yet")
        let added = try await synchronizer.fetchThread(topicID: 1)
        let stored = try store.storedPostCount(topicID: 1)
        #expect(added == 20 && stored == 20)
        #expect(try await synchronizer.fetchThread(topicID: 1) == 0, "fetched twice, added once")
        let rest = try await synchronizer.run()
        await connection.shutdown()
        await server.stop()
        #expect(rest.left == 0)
        #expect(try store.storedPostCount(topicID: 1) == 20, "the sync brought them again, harmlessly")
        #expect(try store.forumSummaries().first?.topicCount == 20)
    }

    @Test func aFirstSyncBringsTheWatchedThreadsBeforeTheRestOfTheBackfill() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1, topics: 20, postsPerTopic: 20) }
        let olga = try #require(try server.database.member(username: "olga")).user
        let watch = Mutation(sequence: 1, clientID: "watch-1", action: .setSubscription(target: .topic(1), level: .watch))
        #expect(try server.database.apply([watch], device: "olga-laptop", user: olga, now: Date()).map(\.outcome) == [.applied])
        let (store, connection) = try await loggedInClient(server)
        let afterSecondPage = Mutex<(watched: Int, unwatched: Int)?>(nil)
        let done = try await Synchronizer(connection: connection, store: store, pageSize: 100).run(progress: { progress in
            guard progress.pages == 2 else { return }
            let counts = ((try? store.storedPostCount(topicID: 1)) ?? -1, (try? store.storedPostCount(topicID: 2)) ?? -1)
            afterSecondPage.withLock { $0 = counts }
        })
        await connection.shutdown()
        await server.stop()
        #expect(done.pages >= 4, "the backfill took several pages: \(done)")
        let early = try #require(afterSecondPage.withLock { $0 })
        #expect(early.watched == 20, "the watched (and oldest) thread came whole after the first page")
        #expect(early.unwatched == 0, "an unwatched old thread waits for the end of the backfill")
        #expect(try store.storedPostCount(topicID: 2) == 20)
    }
}
