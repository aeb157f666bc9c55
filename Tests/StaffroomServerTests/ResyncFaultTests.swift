import FaultProxy
import Foundation
import GRDB
import Testing
import StaffroomProtocol
import StaffroomSync
@testable import StaffroomStore
@testable import StaffroomServer

/// Faults that leave the client's cursor meaningless: the server restored from a backup, or the
/// client away longer than deletions are kept. Each ends in a clean full resync that keeps the
/// client's draft and unsent writes.
@Suite struct ResyncFaultTests {
    @Test func aServerRestoredToAnOlderDatabaseIsSyncedFromTheStart() async throws {
        try await FaultScenario.run(newPosts: 50) { scenario in
            _ = try await scenario.sync()
            let backup = try scenario.backUpServer()
            try scenario.postAsAnna("Написано после резервной копии")
            _ = try await scenario.sync()
            #expect(try scenario.clientHasPost("Написано после резервной копии"))
            _ = try scenario.store.enqueue(.reply(topicID: 2, body: "Ответ после восстановления"))

            try await scenario.restoreServer(from: backup)
            scenario.proxy.resetCounts()
            _ = try await scenario.sync()

            #expect(scenario.proxy.exchanges.first?.status == 410, "the restored server refused the newer cursor")
            #expect(try !scenario.clientHasPost("Написано после резервной копии"), "what the restore lost is gone here too")
            #expect(try scenario.serverPosts("Ответ после восстановления") == 1, "the unsent reply arrived once")
            try await scenario.verify()
        }
    }

    @Test func aClientAwayLongerThanDeletionsAreKeptSyncsFromTheStart() async throws {
        try await FaultScenario.run(newPosts: 20) { scenario in
            let offlineSince = Date()
            let deletedPost = try #require(try await scenario.server.database.writer.read { db in
                try Int64.fetchOne(db, sql: "SELECT id FROM post WHERE body LIKE 'Сообщение 3:%'")
            })
            let deletedText = try #require(try await scenario.server.database.writer.read { db in
                try String.fetchOne(db, sql: "SELECT body FROM post WHERE id = ?", arguments: [deletedPost])
            })
            _ = try await scenario.sync()
            #expect(try scenario.clientHasPost(deletedText))
            _ = try scenario.store.enqueue(.reply(topicID: 2, body: "Вернулась через двести дней"))

            try scenario.deleteAsAnna(postID: deletedPost, at: offlineSince.addingTimeInterval(10 * 86_400))
            let backAfter200Days = offlineSince.addingTimeInterval(200 * 86_400)
            let retention = Double(ServerDatabase.defaultDeletionRetentionDays) * 86_400
            let purged = try scenario.server.database.purgeDeletions(before: backAfter200Days.addingTimeInterval(-retention))
            #expect(purged == 1)
            scenario.proxy.resetCounts()
            _ = try await scenario.sync()

            #expect(scenario.proxy.exchanges.first?.status == 410, "the cursor was older than the kept deletions")
            #expect(try !scenario.clientHasPost(deletedText), "the deleted post's text is gone from the client")
            #expect(try scenario.serverPosts("Вернулась через двести дней") == 1)
            try await scenario.verify()
        }
    }
}

/// Access taken away while the client had writes waiting for that forum.
@Suite struct AccessFaultTests {
    @Test func permissionRemovedWhileWritesArePendingKeepsThemAsNotSent() async throws {
        try await FaultScenario.run(newPosts: 20) { scenario in
            try scenario.server.database.setForumMembersOnly(forumID: 1, true)
            _ = try await scenario.sync()

            let notSent = try scenario.store.notSentItems()
            #expect(notSent.count == 4, "the reply, the topic, the bookmark and the read mark")
            #expect(notSent.allSatisfy { $0.code == .forbidden && $0.message == "You no longer have access to this forum." })
            #expect(try scenario.store.outboxCounts().pending == 0)
            #expect(try scenario.serverPosts(FaultScenario.replyText) == 0)
            #expect(try !scenario.clientHasPost("Первое сообщение"), "the forum's posts are gone from the client")
            #expect(try scenario.store.drafts().map(\.body) == [FaultScenario.draftText], "the draft is kept")
            try await scenario.verifyStoreMatchesServer()

            try scenario.server.database.addForumMember(forumID: 1, username: "olga")
            _ = try await scenario.sync()
            #expect(try scenario.clientHasPost("Первое сообщение"), "given access again, the forum came back whole")
            try await scenario.verifyStoreMatchesServer()
        }
    }
}
