import Foundation
import GRDB
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomSync
@testable import StaffroomServer

/// Members of every role, a discussion forum with one topic (post 1 by olga), a questions forum
/// with one question (post 2 by anna, a reply 3 by ivan).
func seedWriters(_ database: ServerDatabase, _ accounts: Accounts) throws {
    for (name, role) in [("olga", Role.mentor), ("anna", .teacher), ("marina", .moderator), ("ivan", .mentor), ("pavel", .teacher)] {
        try accounts.addMember(username: name, displayName: name.capitalized, role: role, school: "", password: "password-\(name)")
    }
    try database.batch { writer in
        let category = try writer.addCategory(title: "Школа")
        let forum = try writer.addForum(categoryID: category, title: "Чтение", description: "")
        let questions = try writer.addForum(categoryID: category, title: "Вопросы", description: "", kind: .questions)
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        try writer.addTopic(forumID: forum, title: "Тема", authorID: 1, body: "Первое сообщение", at: start)
        let question = try writer.addTopic(forumID: questions, title: "Как проверять чтение?", authorID: 2, body: "Вопрос", at: start)
        try writer.addPost(topicID: question, authorID: 4, body: "Ответ", at: start.addingTimeInterval(60))
    }
}

/// A member's connection, device and numbered writes, talking to a live server.
struct Writer {
    let server: LiveServer
    let connection: ServerConnection
    let token: String
    let device: String

    static func login(_ server: LiveServer, as name: String, device: String = UUID().uuidString) async throws -> Writer {
        let connection = ServerConnection(baseURL: server.url)
        let token = try await connection.login(username: name, password: "password-\(name)").token
        return Writer(server: server, connection: connection, token: token, device: device)
    }

    func push(_ mutations: [Mutation], cursor: String? = nil) async throws -> SyncPage {
        try await connection.sync(token: token, request: SyncRequest(device: device, mutations: mutations, cursor: cursor))
    }

    func push(_ action: MutationAction, sequence: Int64, clientID: String = UUID().uuidString) async throws -> MutationResult {
        try #require(try await push([Mutation(sequence: sequence, clientID: clientID, action: action)]).results.first)
    }

    /// Every change a sync from the start brings this member, page after page.
    func fullSync() async throws -> [Change] {
        var page = try await connection.syncPage(token: token, cursor: nil)
        var changes = page.changes
        while page.more {
            page = try await connection.syncPage(token: token, cursor: page.cursor)
            changes += page.changes
        }
        return changes
    }

    func close() async { await connection.shutdown() }
}

@Suite struct MutationTests {
    private func count(_ server: LiveServer, _ sql: String) throws -> Int {
        try server.database.writer.read { try Int.fetchOne($0, sql: sql) ?? 0 }
    }

    @Test func aRepeatedPushIsAcknowledgedWithoutApplyingTwice() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let anna = try await Writer.login(server, as: "anna")
        let reply = Mutation(sequence: 1, clientID: "c1", action: .reply(topicID: 1, body: "Ответ из поезда"))
        let first = try await anna.push([reply])
        let again = try await anna.push([reply])
        let posts = try count(server, "SELECT COUNT(*) FROM post WHERE body = 'Ответ из поезда'")
        await anna.close()
        await server.stop()
        #expect(first.results.map(\.outcome) == [.applied])
        #expect(again.results.map(\.outcome) == [.duplicate])
        #expect(again.results.first?.entityID == first.results.first?.entityID)
        #expect(posts == 1)
        #expect(first.changes.contains { if case .post(let post) = $0 { post.body == "Ответ из поезда" } else { false } },
                "the new post comes back in the same round trip")
    }

    @Test func aGapOrAReusedNumberIsRefusedWithTheExpectedNumber() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let anna = try await Writer.login(server, as: "anna")
        let gap = try await anna.push(.reply(topicID: 1, body: "третий"), sequence: 3)
        _ = try await anna.push(.reply(topicID: 1, body: "первый"), sequence: 1)
        let reused = try await anna.push(.reply(topicID: 1, body: "другой первый"), sequence: 1)
        let posts = try count(server, "SELECT COUNT(*) FROM post WHERE topicID = 1")
        await anna.close()
        await server.stop()
        #expect(gap.outcome == .outOfOrder && gap.code == .sequenceGap && gap.expectedSequence == 1)
        #expect(reused.outcome == .outOfOrder && reused.code == .sequenceReused && reused.expectedSequence == 2)
        #expect(posts == 2, "only «первый» was applied")
    }

    @Test func aBatchStopsAtTheFirstWriteOutOfOrder() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let anna = try await Writer.login(server, as: "anna")
        let page = try await anna.push([
            Mutation(sequence: 1, clientID: "a", action: .reply(topicID: 1, body: "1")),
            Mutation(sequence: 3, clientID: "b", action: .reply(topicID: 1, body: "3")),
            Mutation(sequence: 4, clientID: "c", action: .reply(topicID: 1, body: "4")),
        ])
        await anna.close()
        await server.stop()
        #expect(page.results.map(\.outcome) == [.applied, .outOfOrder])
    }

    @Test func onlyModeratorsPinAndLockAndALockedTopicRefusesReplies() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let anna = try await Writer.login(server, as: "anna")
        let marina = try await Writer.login(server, as: "marina")
        let pin = try await anna.push(.setTopicPinned(topicID: 1, pinned: true), sequence: 1)
        let lock = try await marina.push(.setTopicLocked(topicID: 1, locked: true), sequence: 1)
        let refused = try await anna.push(.reply(topicID: 1, body: "Можно ещё?"), sequence: 2)
        let moderatorReply = try await marina.push(.reply(topicID: 1, body: "Тема закрыта."), sequence: 2)
        let moderatorPin = try await marina.push(.setTopicPinned(topicID: 1, pinned: true), sequence: 3)
        let page = try await anna.push([])
        await anna.close()
        await marina.close()
        await server.stop()
        #expect(pin.outcome == .rejected && pin.code == .forbidden)
        #expect(lock.outcome == .applied)
        #expect(refused.outcome == .rejected && refused.code == .topicLocked && refused.message?.contains("locked") == true)
        #expect(moderatorReply.outcome == .applied)
        #expect(moderatorPin.outcome == .applied)
        #expect(page.changes.contains { if case .topic(let topic) = $0 { topic.id == 1 && topic.pinned && topic.locked } else { false } })
    }

    @Test func authorsEditAndDeleteTheirOwnPostsOnly() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let anna = try await Writer.login(server, as: "anna")
        let olga = try await Writer.login(server, as: "olga")
        let foreign = try await anna.push(.editPost(postID: 1, body: "чужое"), sequence: 1)
        let edited = try await olga.push(.editPost(postID: 1, body: "Исправленное сообщение"), sequence: 1)
        let deleted = try await olga.push(.deletePost(postID: 1), sequence: 2)
        let editDeleted = try await olga.push(.editPost(postID: 1, body: "ещё"), sequence: 3)
        let page = try await anna.push([])
        await anna.close()
        await olga.close()
        await server.stop()
        #expect(foreign.code == .forbidden)
        #expect(edited.outcome == .applied && deleted.outcome == .applied)
        #expect(editDeleted.code == .notFound)
        let post = page.changes.compactMap { if case .post(let post) = $0, post.id == 1 { post } else { nil } }.first
        #expect(post?.editedAt != nil && post?.deletedAt != nil && post?.body == "")
    }

    @Test func emptyAndTooLongWritesAreRefused() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let anna = try await Writer.login(server, as: "anna")
        let empty = try await anna.push(.reply(topicID: 1, body: "  \n "), sequence: 1)
        let long = try await anna.push(.reply(topicID: 1, body: String(repeating: "ж", count: WriteLimits.postLength + 1)), sequence: 2)
        let noTitle = try await anna.push(.createTopic(forumID: 1, title: " ", body: "текст"), sequence: 3)
        let missing = try await anna.push(.reply(topicID: 999, body: "куда?"), sequence: 4)
        let topic = try await anna.push(.createTopic(forumID: 1, title: "Новая тема", body: "Текст темы"), sequence: 5)
        await anna.close()
        await server.stop()
        #expect([empty.code, long.code, noTitle.code, missing.code] == [.empty, .tooLong, .empty, .notFound])
        #expect(topic.outcome == .applied && topic.entityID == 3)
    }

    @Test func flagsAreStoredForModeratorsAndNotSynced() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let anna = try await Writer.login(server, as: "anna")
        let flag = try await anna.push(.flagPost(postID: 1, reason: .offTopic, note: "не по теме"), sequence: 1)
        let own = try await anna.push(.flagPost(postID: 2, reason: .spam, note: ""), sequence: 2)
        let flags = try server.database.writer.read { try Row.fetchAll($0, sql: "SELECT postID, userID, reason, note FROM flag") }
        await anna.close()
        await server.stop()
        #expect(flag.outcome == .applied && own.code == .forbidden)
        #expect(flags.count == 1)
        #expect(flags.first?["reason"] == "off_topic")
        #expect(flags.first?["note"] == "не по теме")
    }

    @Test func readMarksReachOnlyTheirOwner() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let anna = try await Writer.login(server, as: "anna")
        let annaLaptop = try await Writer.login(server, as: "anna")
        let pavel = try await Writer.login(server, as: "pavel")
        _ = try await anna.push(.markRead(topicID: 1, upToPostID: 1), sequence: 1)
        let laptop = try await annaLaptop.push([])
        let other = try await pavel.push([])
        await anna.close()
        await annaLaptop.close()
        await pavel.close()
        await server.stop()
        #expect(laptop.changes.contains(.readMark(ReadMark(topicID: 1, lastReadPostID: 1))))
        #expect(!other.changes.contains { if case .readMark = $0 { true } else { false } })
    }

    @Test func answersAreAcceptedInQuestionForumsByTheAskerOrMentors() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let pavel = try await Writer.login(server, as: "pavel")
        let anna = try await Writer.login(server, as: "anna")
        let notAsker = try await pavel.push(.acceptAnswer(topicID: 2, postID: 3), sequence: 1)
        let discussion = try await anna.push(.acceptAnswer(topicID: 1, postID: 1), sequence: 1)
        let question = try await anna.push(.acceptAnswer(topicID: 2, postID: 2), sequence: 2)
        let accepted = try await anna.push(.acceptAnswer(topicID: 2, postID: 3), sequence: 3)
        let page = try await anna.push([])
        await pavel.close()
        await anna.close()
        await server.stop()
        #expect(notAsker.code == .forbidden)
        #expect(discussion.code == .notAQuestion)
        #expect(question.code == .notFound, "the question itself cannot be its answer")
        #expect(accepted.outcome == .applied)
        #expect(page.changes.contains { if case .topic(let topic) = $0 { topic.id == 2 && topic.acceptedPostID == 3 } else { false } })
    }

    @Test func tooManyMutationsOrNoDeviceIsABadRequest() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let token = try await server.token(username: "anna", password: "password-anna")
        let many = (1...101).map { Mutation(sequence: Int64($0), clientID: "\($0)", action: .markRead(topicID: 1, upToPostID: 1)) }
        let body = String(decoding: try WireFormat.makeEncoder().encode(SyncRequest(device: "d", mutations: many, cursor: nil)), as: UTF8.self)
        let tooMany = try await server.request(.POST, "/v1/sync", headers: [("Authorization", "Bearer \(token)")], body: body)
        let noDevice = try await server.request(.POST, "/v1/sync", headers: [("Authorization", "Bearer \(token)")],
                                                body: #"{"device":"","mutations":[]}"#)
        let anonymous = try await server.request(.POST, "/v1/sync", body: #"{"device":"d","mutations":[]}"#)
        await server.stop()
        #expect(tooMany.status == 400 && noDevice.status == 400 && anonymous.status == 401)
    }
}

@Suite struct SubscriptionMutationTests {
    @Test func subscriptionsAndBookmarksAreKeptPerMemberAndSyncedOnlyToThem() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let anna = try await Writer.login(server, as: "anna")
        let pavel = try await Writer.login(server, as: "pavel")
        let watch = try await anna.push(.setSubscription(target: .topic(1), level: .watch), sequence: 1)
        let missing = try await anna.push(.setSubscription(target: .forum(99), level: .watch), sequence: 2)
        let mark = try await anna.push(.setBookmark(postID: 2, bookmarked: true), sequence: 3)
        let unmark = try await anna.push(.setBookmark(postID: 2, bookmarked: false), sequence: 4)
        let annaSees = try await anna.push([])
        let pavelSees = try await pavel.push([])
        await anna.close()
        await pavel.close()
        await server.stop()
        #expect([watch.outcome, mark.outcome, unmark.outcome] == [.applied, .applied, .applied])
        #expect(missing.code == .notFound)
        #expect(annaSees.changes.contains(.subscription(Subscription(target: .topic(1), level: .watch))))
        #expect(annaSees.changes.contains { if case .bookmark(let bookmark) = $0 { bookmark.postID == 2 && !bookmark.bookmarked } else { false } })
        #expect(!pavelSees.changes.contains { switch $0 { case .subscription, .bookmark: true; default: false } })
    }
}
