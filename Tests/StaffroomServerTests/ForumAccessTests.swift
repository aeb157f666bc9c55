import Foundation
import Testing
import StaffroomProtocol
import StaffroomSync
@testable import StaffroomServer

/// Members-only forums: enforced by the server in what it sends and in what it accepts.
@Suite struct ForumAccessTests {
    private func forumIDs(_ changes: [Change]) -> Set<Int64> {
        Set(changes.compactMap { change in
            switch change {
            case .forum(let forum): forum.id
            case .topic(let topic): topic.forumID
            default: nil
            }
        })
    }

    @Test func aMembersOnlyForumReachesOnlyItsMembersAndModerators() async throws {
        let server = try await LiveServer.start { database, accounts in
            try seedWriters(database, accounts)
            try database.setForumMembersOnly(forumID: 2, true)
            try database.addForumMember(forumID: 2, username: "ivan")
        }
        var seen: [String: Set<Int64>] = [:]
        for name in ["anna", "ivan", "marina"] {
            let writer = try await Writer.login(server, as: name)
            seen[name] = forumIDs(try await writer.fullSync())
            await writer.close()
        }
        await server.stop()
        #expect(seen == ["anna": [1], "ivan": [1, 2], "marina": [1, 2]],
                "a teacher outside it does not see forum 2; its member and a moderator do")
    }

    @Test func writesIntoAForumOutOfSightAreRefused() async throws {
        let server = try await LiveServer.start { database, accounts in
            try seedWriters(database, accounts)
            try database.setForumMembersOnly(forumID: 2, true)
        }
        let anna = try await Writer.login(server, as: "anna")
        let reply = try await anna.push(.reply(topicID: 2, body: "Можно ответить?"), sequence: 1)
        let bookmark = try await anna.push(.setBookmark(postID: 3, bookmarked: true), sequence: 2)
        let topic = try await anna.push(.createTopic(forumID: 2, title: "Новая", body: "Текст"), sequence: 3)
        let open = try await anna.push(.reply(topicID: 1, body: "А здесь можно"), sequence: 4)
        await anna.close()
        await server.stop()
        #expect([reply, bookmark, topic].map(\.code) == [RejectionCode?](repeating: .forbidden, count: 3))
        #expect(reply.message == "You no longer have access to this forum.")
        #expect(open.outcome == .applied)
    }

    @Test func losingAndRegainingAccessIsToldToThatMemberAlone() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let anna = try await Writer.login(server, as: "anna")
        let pavel = try await Writer.login(server, as: "pavel")
        let annaStart = try await anna.connection.syncPage(token: anna.token, cursor: nil).cursor
        try server.database.addForumMember(forumID: 2, username: "pavel")
        try server.database.setForumMembersOnly(forumID: 2, true)
        let annaNews = try await anna.connection.syncPage(token: anna.token, cursor: annaStart).changes
        try server.database.addForumMember(forumID: 2, username: "anna")
        let annaLater = try await anna.connection.syncPage(token: anna.token, cursor: annaStart).changes
        let pavelAll = try await pavel.fullSync()
        await anna.close()
        await pavel.close()
        await server.stop()
        #expect(annaNews == [.forumAccess(ForumAccess(forumID: 2, granted: false))])
        #expect(annaLater == [.forumAccess(ForumAccess(forumID: 2, granted: true))])
        #expect(!pavelAll.contains { if case .forumAccess = $0 { true } else { false } },
                "pavel kept sight of the forum throughout: nothing to tell him")
    }
}
