import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore

/// A topic changed only by replies is left out of a page (protocol §5.9): the store brings its
/// counters up from the replies themselves.
@Suite struct TopicCounterTests {
    private func reply(_ id: Int64, number: Int, secondsAfter seconds: Double, edited: Bool = false) -> Change {
        .post(Post(id: id, topicID: 1, authorID: 1, body: "Ответ \(id)", createdAt: Fixture.epoch.addingTimeInterval(seconds),
                   editedAt: edited ? Fixture.epoch.addingTimeInterval(9_000) : nil, number: number))
    }

    private func storeHoldingATopicOfTenPosts() throws -> ClientStore {
        let store = try ClientStore.inMemory()
        try store.apply(SyncPage(changes: [Fixture.user(1), Fixture.category(1), Fixture.forum(1, category: 1),
                                           Fixture.topic(1, forum: 1, lastPostAt: Fixture.epoch, lastPostID: 10, posts: 10)],
                                 cursor: "e-4", more: false), syncedAt: Fixture.epoch)
        return store
    }

    private func counters(_ store: ClientStore) throws -> (count: Int, lastPostID: Int64, lastPostAt: Date) {
        let topic = try #require(try store.topics(inForum: 1, page: .first, limit: 5).items.first?.topic)
        return (topic.postCount, topic.lastPostID, topic.lastPostAt)
    }

    @Test func aNewReplyBringsTheTopicsCountersWithIt() throws {
        let store = try storeHoldingATopicOfTenPosts()
        try store.apply(SyncPage(changes: [reply(11, number: 11, secondsAfter: 600)], cursor: "e-5", more: false),
                        syncedAt: Fixture.epoch)
        let topic = try counters(store)
        #expect(topic.count == 11)
        #expect(topic.lastPostID == 11)
        #expect(topic.lastPostAt == Fixture.epoch.addingTimeInterval(600))
    }

    @Test func repliesInAnyOrderLeaveTheCountOfTheNewestOne() throws {
        let store = try storeHoldingATopicOfTenPosts()
        // Reply 11 was edited after reply 12 was written, so the log now holds it after 12.
        try store.apply(SyncPage(changes: [reply(12, number: 12, secondsAfter: 700),
                                           reply(11, number: 11, secondsAfter: 600, edited: true)],
                                 cursor: "e-6", more: false), syncedAt: Fixture.epoch)
        let topic = try counters(store)
        #expect(topic.count == 12)
        #expect(topic.lastPostID == 12)
        #expect(topic.lastPostAt == Fixture.epoch.addingTimeInterval(700))
    }

    @Test func aReplyTheTopicAlreadyCountsChangesNothing() throws {
        let store = try storeHoldingATopicOfTenPosts()
        // Reply 9 edited: the topic already counts it (and a purge may since have lowered the count).
        try store.apply(SyncPage(changes: [reply(9, number: 12, secondsAfter: 900, edited: true)], cursor: "e-5", more: false),
                        syncedAt: Fixture.epoch)
        let topic = try counters(store)
        #expect(topic.count == 10)
        #expect(topic.lastPostID == 10)
        #expect(topic.lastPostAt == Fixture.epoch)
    }

    @Test func aFullTopicLaterInThePageOverridesWhatTheRepliesImplied() throws {
        let store = try storeHoldingATopicOfTenPosts()
        try store.apply(SyncPage(changes: [reply(11, number: 11, secondsAfter: 600),
                                           Fixture.topic(1, forum: 1, lastPostAt: Fixture.epoch.addingTimeInterval(600),
                                                         lastPostID: 11, posts: 9)],
                                 cursor: "e-6", more: false), syncedAt: Fixture.epoch)
        #expect(try counters(store).count == 9)
    }

    @Test func aFetchedThreadBringsAnOlderStoredTopicUpToDate() throws {
        let store = try storeHoldingATopicOfTenPosts()
        let stale = Topic(id: 1, forumID: 1, title: "Тема 1", authorID: 1, createdAt: Fixture.epoch, lastPostAt: Fixture.epoch,
                          postCount: 10, lastPostID: 10)
        let posts = [11, 12].map { id in
            Post(id: Int64(id), topicID: 1, authorID: 1, body: "Ответ", createdAt: Fixture.epoch.addingTimeInterval(Double(id)),
                 number: id)
        }
        #expect(try store.storeFetched(TopicPostsPage(topic: stale, posts: posts, more: false)) == 2)
        #expect(try counters(store).count == 12)
        #expect(try counters(store).lastPostID == 12)
    }
}
