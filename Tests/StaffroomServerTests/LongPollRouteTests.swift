import Foundation
import Testing
import StaffroomProtocol
import StaffroomSync
@testable import StaffroomServer

/// `GET /v1/sync?wait=N`: held open while nothing changes, answered at once when something does.
@Suite struct LongPollRouteTests {
    private func syncedCursor(_ writer: Writer) async throws -> String {
        var page = try await writer.connection.syncPage(token: writer.token, cursor: nil)
        while page.more { page = try await writer.connection.syncPage(token: writer.token, cursor: page.cursor) }
        return page.cursor
    }

    @Test func aWaitWithNothingNewEndsWithNoContentAfterTheWait() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let olga = try await Writer.login(server, as: "olga")
        let cursor = try await syncedCursor(olga)
        let started = Date()
        let answer = try await olga.connection.waitForChanges(token: olga.token, cursor: cursor, seconds: 1)
        let waited = Date().timeIntervalSince(started)
        await olga.close()
        await server.stop()
        #expect(answer == nil)
        #expect(waited >= 1, "held for the second asked: \(waited)")
    }

    @Test func aNewPostEndsTheWaitAtOnce() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let olga = try await Writer.login(server, as: "olga")
        let anna = try await Writer.login(server, as: "anna")
        let cursor = try await syncedCursor(olga)
        let waiting = Task { try await olga.connection.waitForChanges(token: olga.token, cursor: cursor, seconds: 60) }
        try await Task.sleep(for: .milliseconds(300))
        _ = try await anna.push(.reply(topicID: 1, body: "Свежий ответ"), sequence: 1)
        let page = try #require(try await waiting.value, "answered with the news, not with 204 after the wait")
        await olga.close()
        await anna.close()
        await server.stop()
        let bodies = page.changes.compactMap { change -> String? in
            guard case .post(let post) = change else { return nil }
            return post.body
        }
        #expect(bodies == ["Свежий ответ"])
    }

    @Test func anotherMembersPrivateChangeDoesNotEndTheWait() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let olga = try await Writer.login(server, as: "olga")
        let anna = try await Writer.login(server, as: "anna")
        let cursor = try await syncedCursor(olga)
        let waiting = Task { try await olga.connection.waitForChanges(token: olga.token, cursor: cursor, seconds: 2) }
        try await Task.sleep(for: .milliseconds(300))
        _ = try await anna.push(.markRead(topicID: 1, upToPostID: 1), sequence: 1)
        _ = try await anna.push(.setBookmark(postID: 1, bookmarked: true), sequence: 2)
        let answer = try await waiting.value
        await olga.close()
        await anna.close()
        await server.stop()
        #expect(answer == nil, "anna's read mark and bookmark are hers alone")
    }

    @Test func aWaitOutsideZeroToSixtySecondsIsRefused() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let token = try await server.token(username: "olga", password: "password-olga")
        let auth = [("Authorization", "Bearer \(token)")]
        let tooLong = try await server.request(.GET, "/v1/sync?wait=61", headers: auth)
        let negative = try await server.request(.GET, "/v1/sync?wait=-1", headers: auth)
        let words = try await server.request(.GET, "/v1/sync?wait=soon", headers: auth)
        let zero = try await server.request(.GET, "/v1/sync?wait=0", headers: auth)
        await server.stop()
        #expect([tooLong.status, negative.status, words.status] == [Int](repeating: 400, count: 3))
        #expect(zero.status == 200, "no wait: the page at once, as without the parameter")
    }
}
