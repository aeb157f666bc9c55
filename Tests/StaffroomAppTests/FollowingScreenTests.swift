import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

@Suite struct FollowingScreenTests {
    @Test func sCyclesATopicThroughWatchedMutedAndUsual() {
        var state = AppFixture.withThread(AppFixture.posts(2))
        #expect(state.press(.character("S")) == [.setSubscription(.topic(1), .watch), .sync])
        #expect(state.notice == .followLevel(.watch))
        #expect(render(state).lines[1].contains("отслеживается"))
        #expect(state.press(.character("S")).first == .setSubscription(.topic(1), .mute))
        #expect(state.press(.character("S")).first == .setSubscription(.topic(1), SubscriptionLevel.none))
        var forums = AppFixture.withForums()
        #expect(forums.press(.character("S")).first == .setSubscription(.forum(1), .watch))
    }

    @Test func bTogglesTheBookmarkOfTheCurrentPost() {
        var state = AppFixture.withThread(AppFixture.posts(2))
        _ = state.press(.character("n"))
        #expect(state.press(.character("b")) == [.setBookmark(postID: 2, bookmarked: true), .sync])
        #expect(state.notice == .bookmarkAdded)
        #expect(render(state).lines.contains { $0.contains("Анна Смирнова") && $0.contains("закладка") })
        #expect(state.press(.character("b")).first == .setBookmark(postID: 2, bookmarked: false))
    }

    @Test func theListsOpenWhatTheyShow() {
        var state = AppFixture.withForums()
        #expect(state.press(.character("W")) == [.loadFollowed])
        _ = AppUpdate.update(&state, .followedLoaded([
            FollowedItem(subscription: Subscription(target: .forum(2), level: .watch), title: "Primary Maths Lab", forumTitle: nil),
            FollowedItem(subscription: Subscription(target: .topic(42), level: .mute), title: "Шумная тема", forumTitle: "Чтение"),
        ]))
        let lines = render(state).lines
        #expect(lines[3].contains("Primary Maths Lab") && lines[3].contains("отслеживается"))
        #expect(lines[4].contains("Чтение › Шумная тема") && lines[4].contains("заглушена"))
        _ = state.press(.character("j"))
        #expect(state.press(.enter) == [.openTopic(42)])
        _ = state.press(.character("k"))
        #expect(state.press(.enter) == [.loadTopics(forumID: 2, page: .first, limit: AppUpdate.topicPageSize, .open)])
        #expect(state.openTopics?.forum.title == "Primary Maths Lab")

        var bookmarks = AppFixture.withForums()
        #expect(bookmarks.press(.character("B")) == [.loadBookmarks])
        let hit = SearchHit(post: Post(id: 7, topicID: 3, authorID: 1, body: "Полезный план", createdAt: AppFixture.now),
                            authorName: "Ольга", topic: Topic(id: 3, forumID: 1, title: "Планы", authorID: 1, createdAt: AppFixture.now,
                                                             lastPostAt: AppFixture.now, postCount: 8, lastPostID: 80),
                            forum: Forum(id: 1, categoryID: 1, title: "Чтение", description: "", position: 0))
        _ = AppUpdate.update(&bookmarks, .bookmarksLoaded([BookmarkedPost(hit: hit, bookmarkedAt: AppFixture.now)]))
        #expect(render(bookmarks).lines[3].contains("Ольга · Планы · Полезный план"))
        #expect(bookmarks.press(.enter) == [.loadPosts(topicID: 3, page: .after(6), limit: AppUpdate.postPageSize, .open)])
    }
}
