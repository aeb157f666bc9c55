import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

@Suite struct UnreadTests {
    /// Topic 1 of forum 1 with posts 1…10, read up to post 4.
    private func partlyRead() -> (AppState, [Effect]) {
        var topic = AppFixture.topic(1, "Дети, которые читают медленно", posts: 10, unread: true, lastPostID: 10)
        topic.lastReadPostID = 4
        topic.unreadCount = 6
        var state = AppFixture.withTopics([topic])
        let effects = state.press(.enter)
        return (state, effects)
    }

    @Test func aPartlyReadTopicOpensAtItsFirstUnreadPostUnderADivider() {
        var (state, effects) = partlyRead()
        #expect(effects == [.loadPosts(topicID: 1, page: .after(3), limit: AppUpdate.postPageSize, .open),
                            .fetchThreadIfIncomplete(topicID: 1, expected: 10)])
        _ = AppUpdate.update(&state, .postsLoaded(topicID: 1, .open, AppFixture.page(AppFixture.posts(7, from: 4), before: true)))
        let thread = state.openThread!
        #expect(thread.current == 1 && thread.posts[1].post.id == 5)
        let lines = render(state).lines
        #expect(lines[2].hasPrefix(">Анна Смирнова"))
        #expect(lines[3].contains("Абзац 1 сообщения 5."))
        #expect(thread.layout.lines[thread.top - 1].kind == .divider)
        var above = state
        _ = above.press(.character("k"))
        #expect(render(above).lines[2].contains("новое с вашего прошлого визита"))
    }

    @Test func tabGoesToTheNextUnreadPostThenToTheNextUnreadTopic() {
        var (state, _) = partlyRead()
        _ = AppUpdate.update(&state, .postsLoaded(topicID: 1, .open, AppFixture.page(AppFixture.posts(7, from: 4), before: true)))
        _ = state.press(.tab)
        #expect(state.openThread?.posts[state.openThread!.current].post.id == 6)
        for _ in 0..<4 { _ = state.press(.tab) }
        #expect(state.openThread?.posts[state.openThread!.current].post.id == 10)
        let topic = state.openThread!.topic
        #expect(state.press(.tab) == [.findNextUnread(after: TopicKey(lastPostAt: topic.lastPostAt, id: 1), forumID: 1)])
    }

    @Test func spacePagesDownAndAtTheEndGoesOnToTheNextUnread() {
        var state = AppFixture.withThread(AppFixture.posts(10))
        #expect(state.press(.character(" ")).isEmpty)
        #expect(state.openThread?.top == ThreadUpdate.visibleRows(state) - 1)
        _ = state.press(.end)
        #expect(state.press(.character(" ")).first.map { if case .findNextUnread = $0 { true } else { false } } == true)
    }

    @Test func theNextUnreadTopicOpensInItsForumsList() {
        var state = AppFixture.withThread(AppFixture.posts(3))
        let elsewhere = Forum(id: 3, categoryID: 1, title: "Первый год в школе", description: "", position: 3)
        var found = AppFixture.topic(42, "Как не сорвать голос", forum: 3, posts: 5, unread: true, lastPostID: 420)
        found.lastReadPostID = 0
        let effects = AppUpdate.update(&state, .nextUnreadFound(found, elsewhere))
        #expect(effects == [.markRead(topicID: 1, upTo: 3),
                            .loadTopics(forumID: 3, page: .first, limit: AppUpdate.topicPageSize, .refresh(keeping: 42)),
                            .loadPosts(topicID: 42, page: .first, limit: AppUpdate.postPageSize, .open),
                            .fetchThreadIfIncomplete(topicID: 42, expected: 5)])
        #expect(state.stack.count == 2)
        #expect(state.openTopics?.forum.id == 3)
        #expect(state.openThread?.topic.id == 42)
        #expect(state.forumList.selectedForum?.forum.id == 3)
        _ = AppUpdate.update(&state, .nextUnreadFound(nil, nil))
        #expect(state.notice == .noMoreUnread)
    }

    @Test func tabInTheListsLooksAfterTheSelection() {
        var forums = AppFixture.withForums()
        #expect(forums.press(.tab) == [.findNextUnread(after: nil, forumID: 1)])
        var topics = AppFixture.withTopics(AppFixture.topics(3))
        _ = topics.press(.character("j"))
        #expect(topics.press(.tab) == [.findNextUnread(after: AppFixture.topics(3)[1].key, forumID: 1)])
    }

    @Test func topicsAndForumsAreMarkedRead() {
        var state = AppFixture.withTopics([AppFixture.topic(1, "Тема", posts: 4, unread: true, lastPostID: 40)])
        #expect(state.press(.character("m")) == [.markRead(topicID: 1, upTo: 40), .loadForums])
        #expect(state.openTopics?.topics.first?.isUnread == false)
        #expect(state.press(.character("M")) == [.markForumRead(forumID: 1)])
        var forums = AppFixture.withForums()
        _ = forums.press(.character("j"))
        #expect(forums.press(.character("M")) == [.markForumRead(forumID: 2)])
    }
}
