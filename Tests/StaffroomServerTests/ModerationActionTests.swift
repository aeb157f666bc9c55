import Foundation
import GRDB
import Testing
import StaffroomProtocol
import StaffroomSync
@testable import StaffroomServer

/// The moderation actions beyond keep and delete, and what their targets see: a hidden post's
/// text only for its author and staff, who may ask for another review; an edit with a reason; a
/// moved topic; a warning, a silence and a suspension of the author, each told to them and each
/// taken back by an undo.
@Suite struct ModerationActionTests {
    private static func posts(_ changes: [Change], id: Int64) -> Post? {
        changes.compactMap { change -> Post? in if case .post(let post) = change, post.id == id { post } else { nil } }.last
    }

    private static func notices(_ changes: [Change]) -> [MemberNotice] {
        changes.compactMap { change -> MemberNotice? in if case .notice(let notice) = change { notice } else { nil } }
    }

    private static func item(_ changes: [Change]) -> ReviewItem? {
        changes.compactMap { change -> ReviewItem? in if case .reviewItem(let item) = change { item } else { nil } }.last
    }

    /// The members of `seedWriters` and nina (id 6), a teacher with no posts yet; forum 1 holds new members' posts.
    private static func seedWithNewcomer(_ database: ServerDatabase, _ accounts: Accounts) throws {
        try seedWriters(database, accounts)
        try accounts.addMember(username: "nina", displayName: "Nina", role: .teacher, school: "", password: "password-nina")
        try database.setForumHoldsFirstPosts(forumID: 1, true)
    }

    @Test func aHiddenPostIsReadOnlyByItsAuthorAndStaffAndComesBackAfterAReview() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let anna = try await Writer.login(server, as: "anna")
        let ivan = try await Writer.login(server, as: "ivan")
        let pavel = try await Writer.login(server, as: "pavel")
        let marina = try await Writer.login(server, as: "marina")
        _ = try await anna.push(.flagPost(postID: 3, reason: .offTopic, note: ""), sequence: 1)
        let hidden = try await marina.push(.moderate(itemID: 1, version: 1, action: .hide, note: "Не по теме вопроса"), sequence: 1)
        let others = Self.posts(try await pavel.fullSync(), id: 3)
        let authorSees = try await ivan.fullSync()
        let staffSee = Self.posts(try await marina.fullSync(), id: 3)
        let strangerAsks = try await pavel.push(.askForReview(postID: 3, note: "?"), sequence: 1)
        let asked = try await ivan.push(.askForReview(postID: 3, note: "Это ответ по существу"), sequence: 1)
        let pending = Self.item(try await marina.fullSync())
        let kept = try await marina.push(.moderate(itemID: 1, version: pending?.version ?? 0, action: .keep, note: "Верно, по теме"), sequence: 2)
        let afterReview = Self.posts(try await pavel.fullSync(), id: 3)
        let authorNotices = Self.notices(try await ivan.fullSync())
        for writer in [anna, ivan, pavel, marina] { await writer.close() }
        await server.stop()
        #expect(hidden.outcome == .applied)
        #expect(others?.body == "" && others?.moderation?.kind == .hidden && others?.moderation?.reason == "", "others learn only that it is hidden")
        #expect(Self.posts(authorSees, id: 3)?.body == "Ответ" && Self.posts(authorSees, id: 3)?.moderation?.reason == "Не по теме вопроса")
        #expect(staffSee?.body == "Ответ")
        #expect(strangerAsks.code == .forbidden && asked.outcome == .applied)
        #expect(pending?.status == .pending && pending?.appeal == "Это ответ по существу")
        #expect(kept.outcome == .applied && afterReview?.body == "Ответ" && afterReview?.moderation == nil)
        #expect(authorNotices.map(\.kind) == [.postHidden, .postRestored] && authorNotices.first?.text == "Не по теме вопроса")
    }

    @Test func anEditWithAReasonAndAMovedTopicAreTakenBackByUndo() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let anna = try await Writer.login(server, as: "anna")
        let olga = try await Writer.login(server, as: "olga")
        let marina = try await Writer.login(server, as: "marina")
        _ = try await anna.push(.flagPost(postID: 1, reason: .offensive, note: ""), sequence: 1)
        let empty = try await marina.push(.moderate(itemID: 1, version: 1, action: .edit, note: "", details: ModerationDetails(body: "  ")), sequence: 1)
        let edited = try await marina.push(.moderate(itemID: 1, version: 1, action: .edit, note: "Убрала личные данные",
                                                     details: ModerationDetails(body: "Первое сообщение (исправлено)")), sequence: 2)
        let afterEdit = Self.posts(try await anna.fullSync(), id: 1)
        let undone = try await marina.push(.undoModeration(entryID: 1), sequence: 3)
        let afterUndo = Self.posts(try await anna.fullSync(), id: 1)
        let nowhere = try await marina.push(.moderate(itemID: 1, version: 3, action: .moveTopic, note: "", details: ModerationDetails(forumID: 99)),
                                            sequence: 4)
        let moved = try await marina.push(.moderate(itemID: 1, version: 3, action: .moveTopic, note: "Это вопрос",
                                                    details: ModerationDetails(forumID: 2)), sequence: 5)
        let topic = try await anna.fullSync().compactMap { change -> Topic? in if case .topic(let topic) = change, topic.id == 1 { topic } else { nil } }.last
        let olgaNotices = Self.notices(try await olga.fullSync())
        for writer in [anna, olga, marina] { await writer.close() }
        await server.stop()
        #expect(empty.code == .empty && edited.outcome == .applied)
        #expect(afterEdit?.body == "Первое сообщение (исправлено)" && afterEdit?.moderation?.kind == .edited && afterEdit?.editedAt != nil)
        #expect(afterEdit?.moderation?.reason == "", "the reason is for the author and staff")
        #expect(undone.outcome == .applied && afterUndo?.body == "Первое сообщение" && afterUndo?.moderation == nil)
        #expect(nowhere.code == .invalid && moved.outcome == .applied && topic?.forumID == 2)
        #expect(olgaNotices.map(\.kind) == [.postEdited, .topicMoved], "\(olgaNotices)")
        #expect(olgaNotices.first?.liftedAt != nil, "the undone edit's notice is lifted")
    }

    @Test func aWarnedSilencedOrSuspendedAuthorIsToldWhyAndUntilWhen() async throws {
        let server = try await LiveServer.start { database, accounts in
            try seedWriters(database, accounts)
            try accounts.addMember(username: "james", displayName: "James", role: .moderator, school: "", password: "password-james")
            _ = try database.batch { writer in try writer.addPost(topicID: 1, authorID: 6, body: "Слово модератора", at: Date()) }
        }
        let anna = try await Writer.login(server, as: "anna")
        let pavel = try await Writer.login(server, as: "pavel")
        let marina = try await Writer.login(server, as: "marina")
        _ = try await pavel.push(.flagPost(postID: 2, reason: .offensive, note: ""), sequence: 1)
        _ = try await pavel.push(.flagPost(postID: 4, reason: .offensive, note: ""), sequence: 2)
        let noMessage = try await marina.push(.moderate(itemID: 1, version: 1, action: .warn, note: ""), sequence: 1)
        let warned = try await marina.push(.moderate(itemID: 1, version: 1, action: .warn, note: "",
                                                     details: ModerationDetails(message: "Пожалуйста, без резкостей.")), sequence: 2)
        let tooLong = try await marina.push(.moderate(itemID: 1, version: 2, action: .silence, note: "", details: ModerationDetails(days: 400)),
                                            sequence: 3)
        let silenced = try await marina.push(.moderate(itemID: 1, version: 2, action: .silence, note: "Грубость после предупреждения",
                                                       details: ModerationDetails(days: 3)), sequence: 4)
        let mute = try await anna.push(.reply(topicID: 1, body: "Можно сказать?"), sequence: 1)
        let stillFlags = try await anna.push(.flagPost(postID: 1, reason: .spam, note: ""), sequence: 2)
        let colleague = try await marina.push(.moderate(itemID: 2, version: 1, action: .silence, note: "", details: ModerationDetails(days: 1)),
                                              sequence: 5)
        _ = try await marina.push(.undoModeration(entryID: 2), sequence: 6)
        let speaks = try await anna.push(.reply(topicID: 1, body: "Спасибо"), sequence: 3)
        let suspended = try await marina.push(.moderate(itemID: 1, version: 4, action: .suspend, note: "Повторные оскорбления",
                                                        details: ModerationDetails(days: 7)), sequence: 7)
        let olga = try await Writer.login(server, as: "olga")
        let notices = Self.notices(try await olga.fullSync())
        await olga.close()
        var syncRefusal: String?
        do { _ = try await anna.fullSync() } catch { syncRefusal = "\(error)" }
        var loginRefusal: String?
        let connection = ServerConnection(baseURL: server.url)
        do { _ = try await connection.login(username: "anna", password: "password-anna") } catch { loginRefusal = "\(error)" }
        await connection.shutdown()
        let annaNotices = try await server.database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT kind, text, liftedAt IS NOT NULL AS lifted FROM notice WHERE userID = 2 ORDER BY id")
                .map { "\($0["kind"] as String) \($0["text"] as String) \($0["lifted"] as Bool)" }
        }
        for writer in [anna, pavel, marina] { await writer.close() }
        await server.stop()
        #expect(noMessage.code == .empty && warned.outcome == .applied && tooLong.code == .invalid && silenced.outcome == .applied)
        #expect(mute.code == .silenced && mute.message?.contains("until") == true && mute.message?.contains("Грубость после предупреждения") == true)
        #expect(stillFlags.outcome == .applied, "a silenced member still reads and flags")
        #expect(colleague.code == .forbidden, "a moderator does not silence another moderator")
        #expect(speaks.outcome == .applied, "the undone silence no longer holds")
        #expect(suspended.outcome == .applied && notices.isEmpty, "notices reach only their member")
        #expect(syncRefusal?.contains("suspended your account until") == true)
        #expect(loginRefusal?.contains("Повторные оскорбления") == true)
        #expect(annaNotices == ["warning Пожалуйста, без резкостей. false", "silenced Грубость после предупреждения true",
                                "suspended Повторные оскорбления false"])
    }

    @Test func aNewMembersFirstPostsWaitForApprovalUnseenByOthers() async throws {
        let server = try await LiveServer.start(prepare: Self.seedWithNewcomer)
        let nina = try await Writer.login(server, as: "nina")
        let pavel = try await Writer.login(server, as: "pavel")
        let marina = try await Writer.login(server, as: "marina")
        let opened = try await nina.push(.createTopic(forumID: 1, title: "Знакомство", body: "Здравствуйте, я новенькая"), sequence: 1)
        let anna = try await Writer.login(server, as: "anna")
        let veteran = try await anna.push(.reply(topicID: 1, body: "Ответ старожила"), sequence: 1)
        let newcomer = try await pavel.push(.reply(topicID: 1, body: "Первый ответ Павла"), sequence: 1)
        let heldReply = try await nina.push(.reply(topicID: 1, body: "И ещё вопрос"), sequence: 2)
        let topicID = try #require(opened.entityID)
        let pavelBefore = try await pavel.fullSync()
        let ninaBefore = try await nina.fullSync()
        let queue = try await marina.fullSync().compactMap { change -> ReviewItem? in if case .reviewItem(let item) = change { item } else { nil } }
        let approved = try await marina.push(.moderate(itemID: try #require(queue.map(\.id).min()), version: 1, action: .keep, note: ""), sequence: 1)
        let pavelAfter = try await pavel.fullSync()
        let trusted = try await nina.push(.reply(topicID: 1, body: "Теперь сразу"), sequence: 3)
        let moreItems = try await server.database.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reviewItem") }
        for writer in [nina, anna, pavel, marina] { await writer.close() }
        await server.stop()
        #expect(opened.outcome == .applied && veteran.outcome == .applied && heldReply.outcome == .applied)
        let pavelTopics = pavelBefore.compactMap { change -> Int64? in if case .topic(let topic) = change { topic.id } else { nil } }
        #expect(!pavelTopics.contains(topicID), "a held topic reaches only its author and staff")
        #expect(ninaBefore.contains { if case .topic(let topic) = $0 { topic.id == topicID } else { false } })
        let held = Self.posts(pavelBefore, id: try #require(heldReply.entityID))
        #expect(held?.body == "" && held?.moderation?.kind == .held, "a held reply shows others only that it waits")
        #expect(Self.posts(pavelBefore, id: try #require(veteran.entityID))?.moderation == nil, "a member with a post others read is trusted")
        #expect(queue.map(\.held) == [true, true, true], "nina's topic and reply, pavel's first post")
        #expect(queue.map(\.postID).contains(try #require(newcomer.entityID)))
        #expect(queue.allSatisfy { $0.flags.isEmpty })
        #expect(approved.outcome == .applied)
        #expect(pavelAfter.contains { if case .topic(let topic) = $0 { topic.id == topicID } else { false } }, "approved: everyone sees it")
        #expect(trusted.outcome == .applied && moreItems == 3, "one approved post and the member is trusted")
    }

    @Test func aHeldTopicHiddenBeforeItIsKeptIsReleasedAndAnUndoHoldsItAgain() async throws {
        let server = try await LiveServer.start(prepare: Self.seedWithNewcomer)
        let nina = try await Writer.login(server, as: "nina")
        let pavel = try await Writer.login(server, as: "pavel")
        let marina = try await Writer.login(server, as: "marina")
        let topicID = try #require(try await nina.push(.createTopic(forumID: 1, title: "Реклама?", body: "Купите"), sequence: 1).entityID)
        _ = try await marina.push(.moderate(itemID: 1, version: 1, action: .hide, note: ""), sequence: 1)
        let whileHidden = try await pavel.fullSync().contains { if case .topic(let topic) = $0 { topic.id == topicID } else { false } }
        _ = try await marina.push(.moderate(itemID: 1, version: 2, action: .keep, note: ""), sequence: 2)
        let afterKeep = try await pavel.fullSync().contains { if case .topic(let topic) = $0 { topic.id == topicID } else { false } }
        _ = try await marina.push(.undoModeration(entryID: 2), sequence: 3)
        let heldAgain = try await server.database.writer.read { db in try Bool.fetchOne(db, sql: "SELECT held FROM topic WHERE id = ?", arguments: [topicID]) }
        for writer in [nina, pavel, marina] { await writer.close() }
        await server.stop()
        #expect(!whileHidden && afterKeep, "kept: the topic reaches everyone")
        #expect(heldAgain == true, "the undone keep holds the topic again")
    }

    @Test func flagsOnAMemberGatherIntoOneItemThatTakesOnlyTheActionsOnAMember() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let anna = try await Writer.login(server, as: "anna")
        let olga = try await Writer.login(server, as: "olga")
        let pavel = try await Writer.login(server, as: "pavel")
        let marina = try await Writer.login(server, as: "marina")
        let own = try await pavel.push(.flagUser(userID: 5, reason: .spam, note: ""), sequence: 1)
        _ = try await anna.push(.flagUser(userID: 5, reason: .offensive, note: "Пишет грубости в личных сообщениях"), sequence: 1)
        _ = try await olga.push(.flagUser(userID: 5, reason: .spam, note: ""), sequence: 1)
        let item = try #require(Self.item(try await marina.fullSync()))
        let hide = try await marina.push(.moderate(itemID: item.id, version: item.version, action: .hide, note: ""), sequence: 1)
        let warned = try await marina.push(.moderate(itemID: item.id, version: item.version, action: .warn, note: "",
                                                     details: ModerationDetails(message: "Будьте вежливы.")), sequence: 2)
        let teacherNote = try await anna.push(.addStaffNote(userID: 5, text: "Он мне не нравится"), sequence: 2)
        let staffNote = try await marina.push(.addStaffNote(userID: 5, text: "Второе предупреждение за месяц"), sequence: 3)
        let staffSee = try await marina.fullSync()
        let teacherSees = try await anna.fullSync()
        let pavelNotices = Self.notices(try await pavel.fullSync())
        for writer in [anna, olga, pavel, marina] { await writer.close() }
        await server.stop()
        #expect(own.code == .forbidden, "no one flags themselves")
        #expect(item.postID == nil && item.topicID == nil && item.authorID == 5 && item.flags.map(\.reason) == [.offensive, .spam])
        #expect(item.flags.first?.note == "Пишет грубости в личных сообщениях" && item.score == 2)
        #expect(hide.code == .invalid && warned.outcome == .applied, "a member has no post to hide")
        #expect(pavelNotices.map(\.kind) == [.warning] && pavelNotices.first?.postID == nil)
        #expect(teacherNote.code == .forbidden && staffNote.outcome == .applied)
        let notes = staffSee.compactMap { change -> StaffNote? in if case .staffNote(let note) = change { note } else { nil } }
        #expect(notes.map { "\($0.userID) \($0.authorID) \($0.text)" } == ["5 3 Второе предупреждение за месяц"])
        #expect(!teacherSees.contains { if case .staffNote = $0 { true } else { false } }, "staff notes reach only staff")
        let entries = staffSee.compactMap { change -> AuditEntry? in if case .auditEntry(let entry) = change { entry } else { nil } }
        #expect(entries.map(\.action) == [.warn] && entries.first?.postID == nil)
    }
}
