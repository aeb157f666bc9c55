import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore

@Suite struct FollowingTests {
    private func store() throws -> ClientStore {
        let store = try ClientStore.inMemory()
        try store.saveLogin(Account(serverURL: "http://s", userID: 1, username: "anna", displayName: "Анна", token: "t"))
        try store.apply(SyncPage(changes: [
            Fixture.user(1), Fixture.category(1), Fixture.forum(1, category: 1),
            Fixture.topic(1, forum: 1, lastPostAt: Fixture.epoch, lastPostID: 1),
            Fixture.topic(2, forum: 1, lastPostAt: Fixture.epoch.addingTimeInterval(-60), lastPostID: 2),
            Fixture.post(1, topic: 1, body: "Первое"), Fixture.post(2, topic: 2, body: "Второе"),
        ], cursor: "e", more: false), syncedAt: Fixture.epoch)
        return store
    }

    @Test func aMutedTopicLeavesUnreadCountsAndNextUnread() throws {
        let store = try store()
        #expect(try store.forumSummaries().first?.unreadTopicCount == 2)
        try store.setSubscription(.topic(1), level: .mute)
        #expect(try store.forumSummaries().first?.unreadTopicCount == 1)
        #expect(try store.nextUnreadTopic(after: nil, inForum: 1)?.summary.topic.id == 2)
        #expect(try store.topics(inForum: 1, page: .first, limit: 5).items.first?.followLevel == .mute)
        #expect(try store.pendingMutations().map(\.action) == [.setSubscription(target: .topic(1), level: .mute)])
    }

    @Test func watchedItemsAndBookmarksAreListed() throws {
        let store = try store()
        try store.setSubscription(.forum(1), level: .watch)
        try store.setSubscription(.topic(2), level: .watch)
        try store.setSubscription(.topic(1), level: .watch)
        try store.setSubscription(.topic(1), level: .none)
        let followed = try store.followedItems()
        #expect(followed.map(\.subscription) == [Subscription(target: .forum(1), level: .watch),
                                                 Subscription(target: .topic(2), level: .watch)])
        #expect(followed.last?.forumTitle == "Форум 1")
        #expect(try store.forumSummaries().first?.followLevel == .watch)
        try store.setBookmark(postID: 2, bookmarked: true, at: Fixture.epoch)
        try store.setBookmark(postID: 1, bookmarked: true, at: Fixture.epoch.addingTimeInterval(5))
        try store.setBookmark(postID: 1, bookmarked: false)
        #expect(try store.bookmarks().map(\.hit.post.id) == [2])
        #expect(try store.posts(inTopic: 2, page: .first, limit: 5).items.first?.bookmarked == true)
        #expect(try store.posts(inTopic: 1, page: .first, limit: 5).items.first?.bookmarked == false)
    }

    @Test func subscriptionsAndBookmarksFromAnotherDeviceArrive() throws {
        let store = try store()
        try store.apply(SyncPage(changes: [.subscription(Subscription(target: .topic(2), level: .watch)),
                                           .bookmark(Bookmark(postID: 1, bookmarked: true, createdAt: Fixture.epoch))],
                                 cursor: "e2", more: false), syncedAt: Fixture.epoch)
        #expect(try store.subscriptionLevel(.topic(2)) == .watch)
        #expect(try store.bookmarks().map(\.hit.post.id) == [1])
        #expect(try store.pendingMutations().isEmpty)
    }
}
