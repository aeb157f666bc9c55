import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore

@Suite struct OutboxTests {
    private func store() throws -> ClientStore {
        let store = try ClientStore.inMemory()
        try store.saveLogin(Account(serverURL: "http://s", userID: 1, username: "anna", displayName: "Анна Смирнова", token: "t"))
        try store.apply(SyncPage(changes: [Fixture.user(1), Fixture.post(1, topic: 7, body: "Исходный текст"),
                                           Fixture.post(2, topic: 7, body: "Второй")], cursor: "e-3", more: false),
                        syncedAt: Fixture.epoch)
        return store
    }

    @Test func writesAreNumberedInOrderAndKeptUntilAcknowledged() throws {
        let store = try store()
        let first = try store.enqueue(.reply(topicID: 7, body: "Ответ один"))
        let second = try store.enqueue(.reply(topicID: 7, body: "Ответ два"))
        #expect([first.sequence, second.sequence] == [1, 2])
        #expect(try store.pendingMutations().map(\.sequence) == [1, 2])
        try store.apply(SyncPage(results: [MutationResult(sequence: 1, clientID: first.clientID, outcome: .applied, entityID: 3)],
                                 changes: [Fixture.post(3, topic: 7, body: "Ответ один")], cursor: "e-4", more: false),
                        syncedAt: Fixture.epoch)
        #expect(try store.pendingMutations().map(\.sequence) == [2])
        #expect(try store.enqueue(.reply(topicID: 7, body: "три")).sequence == 3, "numbers are never reused")
    }

    @Test func aPendingReplyShowsAtTheEndOfItsThreadAndLeavesWhenDelivered() throws {
        let store = try store()
        let item = try store.enqueue(.reply(topicID: 7, body: "Ответ из поезда"))
        let before = try store.posts(inTopic: 7, page: .first, limit: 10).items
        #expect(before.map(\.post.body) == ["Исходный текст", "Второй", "Ответ из поезда"])
        #expect(before.last?.delivery == .pending)
        #expect(before.last?.authorName == "Анна Смирнова")
        #expect(before.last!.post.id < 0)
        let partial = try store.posts(inTopic: 7, page: .first, limit: 1)
        #expect(partial.items.count == 1, "pending replies come only after the last page")
        try store.apply(SyncPage(results: [MutationResult(sequence: item.sequence, clientID: item.clientID, outcome: .duplicate)],
                                 changes: [Fixture.post(3, topic: 7, body: "Ответ из поезда")], cursor: "e-4", more: false),
                        syncedAt: Fixture.epoch)
        let after = try store.posts(inTopic: 7, page: .first, limit: 10).items
        #expect(after.map(\.post.id) == [1, 2, 3])
        #expect(after.allSatisfy { $0.delivery == .sent })
    }

    @Test func aRefusedWriteBecomesNotSentWithItsTextAndReason() throws {
        let store = try store()
        let item = try store.enqueue(.reply(topicID: 7, body: "Длинный продуманный ответ"))
        try store.apply(SyncPage(results: [MutationResult(sequence: item.sequence, clientID: item.clientID, outcome: .rejected,
                                                          code: .topicLocked, message: "The topic was locked.")],
                                 changes: [], cursor: "e-3", more: false), syncedAt: Fixture.epoch)
        #expect(try store.pendingMutations().isEmpty)
        let notSent = try store.notSentItems()
        #expect(notSent.count == 1)
        #expect(notSent.first?.action == .reply(topicID: 7, body: "Длинный продуманный ответ"))
        #expect(notSent.first?.code == .topicLocked && notSent.first?.message == "The topic was locked.")
        #expect(try store.posts(inTopic: 7, page: .first, limit: 10).items.last?.delivery == .notSent(reason: "The topic was locked."))
        #expect(try store.outboxCounts() == (0, 1))
        try store.discardNotSent(id: notSent[0].id)
        #expect(try store.notSentItems().isEmpty)
    }

    @Test func writesOutOfOrderAreRenumberedFromWhatTheServerExpects() throws {
        let store = try store()
        let items = try (1...3).map { try store.enqueue(.markRead(topicID: 7, upToPostID: Int64($0))) }
        try store.apply(SyncPage(results: [MutationResult(sequence: 1, clientID: items[0].clientID, outcome: .outOfOrder,
                                                          code: .sequenceReused, expectedSequence: 41)],
                                 changes: [], cursor: "e-3", more: false), syncedAt: Fixture.epoch)
        #expect(try store.pendingMutations().map(\.sequence) == [41, 42, 43])
        #expect(try store.pendingMutations().map(\.clientID) == items.map(\.clientID), "same writes, same order")
        #expect(try store.enqueue(.markRead(topicID: 7, upToPostID: 9)).sequence == 44)
    }

    @Test func pendingEditsAndDeletionsShowOverTheirPosts() throws {
        let store = try store()
        try store.enqueue(.editPost(postID: 1, body: "Исправленный текст"))
        try store.enqueue(.deletePost(postID: 2))
        let posts = try store.posts(inTopic: 7, page: .first, limit: 10).items
        #expect(posts[0].post.body == "Исправленный текст" && posts[0].post.editedAt != nil && posts[0].delivery == .pending)
        #expect(posts[1].post.deletedAt != nil && posts[1].delivery == .pending)
    }

    @Test func readingEnqueuesAReadMarkOnlyWhenItMovesForward() throws {
        let store = try store()
        try store.markRead(topicID: 7, upTo: 2)
        try store.markRead(topicID: 7, upTo: 1)
        try store.markRead(topicID: 7, upTo: 2)
        #expect(try store.pendingMutations().map(\.action) == [.markRead(topicID: 7, upToPostID: 2)])
    }

    @Test func aReadMarkFromAnotherDeviceRaisesTheLocalOne() throws {
        let store = try store()
        try store.apply(SyncPage(changes: [Fixture.category(1), Fixture.forum(1, category: 1),
                                           Fixture.topic(7, forum: 1, lastPostAt: Fixture.epoch, lastPostID: 2, posts: 2),
                                           .readMark(ReadMark(topicID: 7, lastReadPostID: 2))],
                                 cursor: "e-9", more: false), syncedAt: Fixture.epoch)
        #expect(try store.forumSummaries().first?.unreadTopicCount == 0)
        #expect(try store.pendingMutations().isEmpty, "a mark from the server is not sent back")
    }

    @Test func loggingInAsSomeoneElseKeepsTheirUnsentWritesAsNotSent() throws {
        let store = try store()
        try store.enqueue(.reply(topicID: 7, body: "Черновик Анны"))
        let device = try store.deviceID()
        try store.saveLogin(Account(serverURL: "http://s", userID: 2, username: "olga", displayName: "Ольга", token: "t2"))
        #expect(try store.pendingMutations().isEmpty)
        #expect(try store.notSentItems().first?.action == .reply(topicID: 7, body: "Черновик Анны"))
        #expect(try store.notSentItems().first?.message?.contains("anna") == true)
        #expect(try store.deviceID() != device, "a new account starts a new device")
    }
}
