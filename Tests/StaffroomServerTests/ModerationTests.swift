import Foundation
import GRDB
import Testing
import StaffroomProtocol
@testable import StaffroomServer

/// The review queue on the server: flags gather into one scored item per post that only
/// moderators and admins receive; actions carry the item's version, a stale one is refused with
/// who handled it, the same action twice stands for both; claims expire; an action can be taken
/// back shortly after; every action is in the audit log.
@Suite struct ModerationTests {
    /// The members of `seedWriters` and a second moderator, james (id 6).
    private static func seed(_ database: ServerDatabase, _ accounts: Accounts) throws {
        try seedWriters(database, accounts)
        try accounts.addMember(username: "james", displayName: "James", role: .moderator, school: "", password: "password-james")
    }

    private static func items(_ changes: [Change]) -> [ReviewItem] {
        changes.compactMap { change -> ReviewItem? in if case .reviewItem(let item) = change { item } else { nil } }
    }

    private static func entries(_ changes: [Change]) -> [AuditEntry] {
        changes.compactMap { change -> AuditEntry? in if case .auditEntry(let entry) = change { entry } else { nil } }
    }

    @Test func flagsGatherIntoOneScoredItemThatOnlyModeratorsReceive() async throws {
        let server = try await LiveServer.start(prepare: Self.seed)
        let anna = try await Writer.login(server, as: "anna")
        let pavel = try await Writer.login(server, as: "pavel")
        let marina = try await Writer.login(server, as: "marina")
        let ivan = try await Writer.login(server, as: "ivan")
        _ = try await anna.push(.flagPost(postID: 1, reason: .offTopic, note: "Не по теме форума"), sequence: 1)
        _ = try await pavel.push(.flagPost(postID: 1, reason: .spam, note: ""), sequence: 1)
        _ = try await marina.push(.flagPost(postID: 3, reason: .offensive, note: ""), sequence: 1)
        let moderatorSees = try await marina.fullSync()
        let mentorSees = try await ivan.fullSync()
        let teacherSees = try await anna.fullSync()
        for writer in [anna, pavel, marina, ivan] { await writer.close() }
        await server.stop()
        let items = Self.items(moderatorSees).sorted { ($0.postID ?? 0) < ($1.postID ?? 0) }
        #expect(items.map(\.postID) == [1, 3])
        #expect(items.first?.flags.map(\.reason) == [.offTopic, .spam] && items.first?.score == 2)
        #expect(items.first?.text == "Первое сообщение" && items.first?.authorID == 1 && items.first?.status == .pending)
        #expect(items.last?.score == ReviewItemReader.staffWeight, "a moderator's flag weighs more")
        #expect(Self.items(mentorSees).isEmpty && Self.items(teacherSees).isEmpty)
    }

    @Test func onlyModeratorsActAndAStaleActionNamesWhoHandledIt() async throws {
        let server = try await LiveServer.start(prepare: Self.seed)
        let anna = try await Writer.login(server, as: "anna")
        let marina = try await Writer.login(server, as: "marina")
        let james = try await Writer.login(server, as: "james")
        let ivan = try await Writer.login(server, as: "ivan")
        _ = try await anna.push(.flagPost(postID: 1, reason: .offensive, note: ""), sequence: 1)
        let mentor = try await ivan.push(.moderate(itemID: 1, version: 1, action: .keep, note: ""), sequence: 1)
        let deleted = try await marina.push(.moderate(itemID: 1, version: 1, action: .delete, note: "Оскорбление"), sequence: 1)
        let sameAgain = try await james.push(.moderate(itemID: 1, version: 1, action: .delete, note: ""), sequence: 1)
        let stale = try await james.push(.moderate(itemID: 1, version: 1, action: .keep, note: ""), sequence: 2)
        let changes = try await james.fullSync()
        for writer in [anna, marina, james, ivan] { await writer.close() }
        await server.stop()
        #expect(mentor.outcome == .rejected && mentor.code == .forbidden)
        #expect(deleted.outcome == .applied && sameAgain.outcome == .applied, "the same action is a success for both")
        #expect(stale.code == .alreadyHandled && stale.message?.hasPrefix("Already handled by Marina: delete at ") == true)
        #expect(stale.message?.hasSuffix(" UTC.") == true && (stale.message?.count ?? 0) <= 50, "short: today's decisions carry the time only")
        let item = try #require(Self.items(changes).first)
        #expect(item.status == .approved && item.version == 2 && item.action == .delete && item.handledBy == 3)
        #expect(item.text == "Первое сообщение", "moderators keep the text a deletion removed")
        #expect(Self.entries(changes).map { "\($0.action.rawValue) \($0.moderatorID) \($0.note) \($0.previousStatus.rawValue)" }
                == ["delete 3 Оскорбление pending"], "one entry: the repeat changed nothing")
        let post = changes.compactMap { change -> Post? in if case .post(let post) = change, post.id == 1 { post } else { nil } }.first
        #expect(post?.deletedAt != nil)
    }

    @Test func aClaimKeepsOthersOffUntilItExpiresOrIsLetGo() async throws {
        let server = try await LiveServer.start(prepare: Self.seed)
        let anna = try await Writer.login(server, as: "anna")
        let marina = try await Writer.login(server, as: "marina")
        let james = try await Writer.login(server, as: "james")
        _ = try await anna.push(.flagPost(postID: 1, reason: .spam, note: ""), sequence: 1)
        let first = try await marina.push(.claimReview(itemID: 1, claim: true), sequence: 1)
        let second = try await james.push(.claimReview(itemID: 1, claim: true), sequence: 1)
        try await server.database.writer.write { db in
            try db.execute(sql: "UPDATE reviewItem SET claimedUntil = ?", arguments: [Date().addingTimeInterval(-1)])
        }
        let afterExpiry = try await james.push(.claimReview(itemID: 1, claim: true), sequence: 2)
        let marinaAgain = try await marina.push(.claimReview(itemID: 1, claim: true), sequence: 2)
        _ = try await james.push(.claimReview(itemID: 1, claim: false), sequence: 3)
        let afterLettingGo = try await marina.push(.claimReview(itemID: 1, claim: true), sequence: 3)
        let item = try #require(Self.items(try await marina.fullSync()).first)
        for writer in [anna, marina, james] { await writer.close() }
        await server.stop()
        #expect(first.outcome == .applied)
        #expect(second.code == .claimed && second.message?.hasPrefix("Marina is looking at it until ") == true)
        #expect(afterExpiry.outcome == .applied && marinaAgain.code == .claimed)
        #expect(afterLettingGo.outcome == .applied && item.claimedBy == 3 && item.version == 1, "claims do not change the version")
    }

    @Test func anActionIsTakenBackShortlyAfterByItsModeratorOnly() async throws {
        let server = try await LiveServer.start(prepare: Self.seed)
        let anna = try await Writer.login(server, as: "anna")
        let marina = try await Writer.login(server, as: "marina")
        let james = try await Writer.login(server, as: "james")
        _ = try await anna.push(.flagPost(postID: 1, reason: .spam, note: ""), sequence: 1)
        _ = try await marina.push(.moderate(itemID: 1, version: 1, action: .delete, note: ""), sequence: 1)
        let notHers = try await james.push(.undoModeration(entryID: 1), sequence: 1)
        let undone = try await marina.push(.undoModeration(entryID: 1), sequence: 2)
        let twice = try await marina.push(.undoModeration(entryID: 1), sequence: 3)
        _ = try await marina.push(.moderate(itemID: 1, version: 3, action: .lockTopic, note: ""), sequence: 4)
        try await server.database.writer.write { db in
            try db.execute(sql: "UPDATE auditEntry SET createdAt = ? WHERE id = 2", arguments: [Date().addingTimeInterval(-11 * 60)])
        }
        let late = try await marina.push(.undoModeration(entryID: 2), sequence: 5)
        let changes = try await marina.fullSync()
        for writer in [anna, marina, james] { await writer.close() }
        await server.stop()
        #expect(notHers.code == .forbidden && undone.outcome == .applied && twice.code == .tooLate && late.code == .tooLate)
        let post = changes.compactMap { change -> Post? in if case .post(let post) = change, post.id == 1 { post } else { nil } }.first
        #expect(post?.deletedAt == nil && post?.body == "Первое сообщение", "the deleted post is back, with its text")
        let topic = changes.compactMap { change -> Topic? in if case .topic(let topic) = change, topic.id == 1 { topic } else { nil } }.first
        #expect(topic?.locked == true)
        let entries = Self.entries(changes).sorted { $0.id < $1.id }
        #expect(entries.map(\.action) == [.delete, .lockTopic] && entries.first?.undoneAt != nil && entries.last?.undoneAt == nil)
        #expect(Self.items(changes).first?.status == .approved && Self.items(changes).first?.action == .lockTopic)
    }

    @Test func aNewFlagReopensAJudgedItemAndAMemberWhoseFlagsWereApprovedWeighsMore() async throws {
        let server = try await LiveServer.start(prepare: Self.seed)
        let anna = try await Writer.login(server, as: "anna")
        let pavel = try await Writer.login(server, as: "pavel")
        let marina = try await Writer.login(server, as: "marina")
        _ = try await anna.push(.flagPost(postID: 1, reason: .spam, note: ""), sequence: 1)
        _ = try await marina.push(.moderate(itemID: 1, version: 1, action: .lockTopic, note: ""), sequence: 1)
        _ = try await anna.push(.flagPost(postID: 3, reason: .spam, note: ""), sequence: 2)
        _ = try await pavel.push(.flagPost(postID: 3, reason: .spam, note: ""), sequence: 1)
        _ = try await marina.push(.moderate(itemID: 2, version: 2, action: .keep, note: ""), sequence: 2)
        _ = try await pavel.push(.flagPost(postID: 3, reason: .other, note: "Ещё раз"), sequence: 2)
        let items = Self.items(try await marina.fullSync()).sorted { $0.id < $1.id }
        for writer in [anna, pavel, marina] { await writer.close() }
        await server.stop()
        let second = try #require(items.last)
        #expect(second.status == .pending && second.version == 4, "kept, then flagged again: pending once more")
        #expect(second.flags.map(\.weight) == [2, 1], "anna's flag on post 1 was approved; pavel has none approved")
    }

    @Test func theItemFollowsItsPostAndUndoingADeleteLeavesAPostItsAuthorDeletedDeleted() async throws {
        let server = try await LiveServer.start(prepare: Self.seed)
        let anna = try await Writer.login(server, as: "anna")
        let olga = try await Writer.login(server, as: "olga")
        let marina = try await Writer.login(server, as: "marina")
        _ = try await anna.push(.flagPost(postID: 1, reason: .offensive, note: ""), sequence: 1)
        var page = try await marina.connection.syncPage(token: marina.token, cursor: nil)
        while page.more { page = try await marina.connection.syncPage(token: marina.token, cursor: page.cursor) }
        _ = try await olga.push(.editPost(postID: 1, body: "Исправленный текст"), sequence: 1)
        let edited = Self.items(try await marina.connection.syncPage(token: marina.token, cursor: page.cursor).changes)
        _ = try await olga.push(.deletePost(postID: 1), sequence: 2)
        _ = try await marina.push(.moderate(itemID: 1, version: 1, action: .delete, note: ""), sequence: 1)
        _ = try await marina.push(.undoModeration(entryID: 1), sequence: 2)
        let post = try server.database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT body, deletedAt IS NOT NULL AS deleted FROM post WHERE id = 1")
        }
        for writer in [anna, olga, marina] { await writer.close() }
        await server.stop()
        #expect(edited.first?.text == "Исправленный текст", "an edit sends the item again with the new text")
        #expect(post?["deleted"] == true && post?["body"] == "", "the author's own deletion stands")
    }
}
