import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore

@Suite struct ClientStorePagingTests {
    /// 250 topics in forum 1: topic i's last post is at epoch + (i / 2) minutes, so pairs share a time
    /// and the id breaks the tie; plus 5 topics in forum 2 that must never appear.
    static func storeWithTopics() throws -> ClientStore {
        let store = try ClientStore.inMemory()
        var changes: [Change] = [Fixture.user(1), Fixture.category(1), Fixture.forum(1, category: 1), Fixture.forum(2, category: 1)]
        for id in 1...250 {
            changes.append(Fixture.topic(Int64(id), forum: 1, lastPostAt: Fixture.epoch.addingTimeInterval(Double(id / 2) * 60),
                                         lastPostID: Int64(id)))
        }
        for id in 251...255 {
            changes.append(Fixture.topic(Int64(id), forum: 2, lastPostAt: Fixture.epoch, lastPostID: Int64(id)))
        }
        try store.apply(SyncPage(changes: changes, cursor: "e-1", more: false), syncedAt: Fixture.epoch)
        return store
    }

    @Test func topicPagesWalkTheForumNewestFirstWithoutGapsOrRepeats() throws {
        let store = try Self.storeWithTopics()
        var seen: [Int64] = []
        var page = try store.topics(inForum: 1, page: .first, limit: 100)
        #expect(!page.hasMoreBefore)
        seen += page.items.map(\.topic.id)
        while page.hasMoreAfter, let last = page.items.last {
            page = try store.topics(inForum: 1, page: .after(last.key), limit: 100)
            seen += page.items.map(\.topic.id)
        }
        #expect(seen == (1...250).reversed().map(Int64.init))
    }

    @Test func theLastPageAndPagesBeforeItWalkBackwards() throws {
        let store = try Self.storeWithTopics()
        let last = try store.topics(inForum: 1, page: .last, limit: 100)
        #expect(last.items.map(\.topic.id) == (1...100).reversed().map(Int64.init))
        #expect(last.hasMoreBefore && !last.hasMoreAfter)
        let before = try store.topics(inForum: 1, page: .before(last.items[0].key), limit: 100)
        #expect(before.items.map(\.topic.id) == (101...200).reversed().map(Int64.init))
        #expect(before.hasMoreBefore && before.hasMoreAfter)
    }

    @Test func postPagesGoForwardAndBackward() throws {
        let store = try ClientStore.inMemory()
        let changes = [Fixture.user(1)] + (1...95).map { Fixture.post(Int64($0), topic: 7) } + [Fixture.post(500, topic: 8)]
        try store.apply(SyncPage(changes: changes, cursor: "e", more: false), syncedAt: Fixture.epoch)
        let first = try store.posts(inTopic: 7, page: .first, limit: 40)
        #expect(first.items.map(\.post.id) == (1...40).map(Int64.init))
        #expect(!first.hasMoreBefore && first.hasMoreAfter)
        let second = try store.posts(inTopic: 7, page: .after(40), limit: 40)
        #expect(second.items.first?.post.id == 41)
        let last = try store.posts(inTopic: 7, page: .last, limit: 40)
        #expect(last.items.map(\.post.id) == (56...95).map(Int64.init))
        #expect(last.hasMoreBefore && !last.hasMoreAfter)
        let before = try store.posts(inTopic: 7, page: .before(56), limit: 40)
        #expect(before.items.map(\.post.id) == (16...55).map(Int64.init))
    }

    @Test func readMarksDecideUnreadCountsAndNeverMoveBack() throws {
        let store = try ClientStore.inMemory()
        try store.apply(SyncPage(changes: [
            Fixture.category(1), Fixture.forum(1, category: 1),
            Fixture.topic(1, forum: 1, lastPostAt: Fixture.epoch, lastPostID: 10, posts: 3),
            Fixture.topic(2, forum: 1, lastPostAt: Fixture.epoch, lastPostID: 20, posts: 2),
        ], cursor: "e", more: false), syncedAt: Fixture.epoch)
        #expect(try store.forumSummaries().first?.unreadTopicCount == 2)
        try store.markRead(topicID: 1, upTo: 10)
        try store.markRead(topicID: 2, upTo: 15)
        let summary = try #require(try store.forumSummaries().first)
        #expect(summary.topicCount == 2)
        #expect(summary.unreadTopicCount == 1)
        try store.markRead(topicID: 1, upTo: 4)
        let topics = try store.topics(inForum: 1, page: .first, limit: 10).items
        #expect(topics.first { $0.topic.id == 2 }?.isUnread == true)
        #expect(topics.first { $0.topic.id == 1 }?.isUnread == false)
    }

    @Test func forumsComeGroupedByCategoryInServerOrder() throws {
        let store = try ClientStore.inMemory()
        try store.apply(SyncPage(changes: [
            Fixture.category(1, position: 1), Fixture.category(2, position: 0),
            Fixture.forum(10, category: 1, position: 0), Fixture.forum(20, category: 2, position: 1),
            Fixture.forum(21, category: 2, position: 0),
        ], cursor: "e", more: false), syncedAt: Fixture.epoch)
        #expect(try store.forumSummaries().map(\.forum.id) == [21, 20, 10])
    }
}

@Suite struct PinnedTopicTests {
    @Test func pinnedTopicsComeFirstAndPagingStillWalksEveryTopicOnce() throws {
        let store = try ClientStore.inMemory()
        var changes: [Change] = [Fixture.category(1), Fixture.forum(1, category: 1)]
        for id in 1...30 {
            var topic = Topic(id: Int64(id), forumID: 1, title: "Тема \(id)", authorID: 1, createdAt: Fixture.epoch,
                              lastPostAt: Fixture.epoch.addingTimeInterval(Double(id) * 60), postCount: 1, lastPostID: Int64(id))
            topic.pinned = id == 3 || id == 7
            changes.append(.topic(topic))
        }
        try store.apply(SyncPage(changes: changes, cursor: "e", more: false), syncedAt: Fixture.epoch)
        var ids: [Int64] = []
        var page = try store.topics(inForum: 1, page: .first, limit: 8)
        ids += page.items.map(\.topic.id)
        while page.hasMoreAfter, let last = page.items.last {
            page = try store.topics(inForum: 1, page: .after(last.key), limit: 8)
            ids += page.items.map(\.topic.id)
        }
        #expect(ids.prefix(2) == [7, 3])
        #expect(ids.count == 30 && Set(ids).count == 30)
        #expect(Array(ids.dropFirst(2)) == (1...30).reversed().filter { $0 != 3 && $0 != 7 }.map(Int64.init))
        let last = try store.topics(inForum: 1, page: .last, limit: 8)
        let before = try store.topics(inForum: 1, page: .before(last.items[0].key), limit: 8)
        #expect(before.items.last.map { $0.topic.id } == last.items[0].topic.id + 1)
    }
}

@Suite struct NextUnreadTests {
    /// Forums 1, 2, 3 in display order; topics 11–13 in forum 1, 21–22 in forum 2, 31 in forum 3.
    /// Topics are unread unless `read` names them.
    private func store(read: Set<Int64>) throws -> ClientStore {
        let store = try ClientStore.inMemory()
        var changes: [Change] = [Fixture.category(1), Fixture.forum(1, category: 1, position: 0),
                                 Fixture.forum(2, category: 1, position: 1), Fixture.forum(3, category: 1, position: 2)]
        for (forum, topics) in [(1, [11, 12, 13]), (2, [21, 22]), (3, [31])] {
            for (offset, id) in topics.enumerated() {
                changes.append(Fixture.topic(Int64(id), forum: Int64(forum),
                                             lastPostAt: Fixture.epoch.addingTimeInterval(Double(-offset) * 60), lastPostID: Int64(id)))
            }
        }
        try store.apply(SyncPage(changes: changes, cursor: "e", more: false), syncedAt: Fixture.epoch)
        for id in read { try store.markRead(topicID: id, upTo: id) }
        return store
    }

    private func key(_ store: ClientStore, _ id: Int64, forum: Int64) throws -> TopicKey? {
        try store.topics(inForum: forum, page: .first, limit: 10).items.first { $0.topic.id == id }?.key
    }

    @Test func theNextUnreadTopicIsFoundInListOrderAcrossForumsAndWrapsRound() throws {
        let store = try store(read: [12, 21])
        #expect(try store.nextUnreadTopic(after: try key(store, 11, forum: 1), inForum: 1)?.summary.topic.id == 13)
        #expect(try store.nextUnreadTopic(after: try key(store, 13, forum: 1), inForum: 1)?.summary.topic.id == 22)
        #expect(try store.nextUnreadTopic(after: nil, inForum: 3)?.summary.topic.id == 31)
        let wrapped = try store.nextUnreadTopic(after: try key(store, 31, forum: 3), inForum: 3)
        #expect(wrapped?.summary.topic.id == 11 && wrapped?.forum.id == 1)
        #expect(try store.nextUnreadTopic(after: nil, inForum: 1)?.summary.unreadCount == 0,
                "fixture topics have no synced posts to count")
    }

    @Test func nothingIsFoundWhenAllIsRead() throws {
        let store = try store(read: [11, 12, 13, 21, 22, 31])
        #expect(try store.nextUnreadTopic(after: nil, inForum: 1) == nil)
    }

    @Test func markingAForumReadSendsOneReadMarkPerUnreadTopic() throws {
        let store = try store(read: [12])
        try store.markForumRead(1)
        #expect(try store.forumSummaries().first { $0.forum.id == 1 }?.unreadTopicCount == 0)
        #expect(try store.pendingMutations().map(\.action) == [.markRead(topicID: 12, upToPostID: 12),
                                                               .markRead(topicID: 11, upToPostID: 11),
                                                               .markRead(topicID: 13, upToPostID: 13)])
    }
}
