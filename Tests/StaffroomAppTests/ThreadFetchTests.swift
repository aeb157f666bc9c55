import Testing
import StaffroomSync
@testable import StaffroomApp

/// A thread opened before the sync brought all of it: its posts are fetched at once, and the
/// thread shows them when they arrive.
@Suite struct ThreadFetchTests {
    @Test func openingAThreadAsksForItsMissingPostsAndShowsThemWhenTheyCome() {
        var state = AppFixture.withTopics([AppFixture.topic(7, "Старая тема", posts: 12, unread: true, lastPostID: 70)])
        let effects = state.press(.enter)
        #expect(effects.contains(.fetchThreadIfIncomplete(topicID: 7, expected: 12)))
        _ = AppUpdate.update(&state, .threadFetching(topicID: 7, missing: 12))
        #expect(render(state).lines[23].contains("загружаю недостающие сообщения темы: 12…"))
        let early = AppUpdate.update(&state, .threadFetched(topicID: 7))
        #expect(!early.contains { if case .loadPosts = $0 { true } else { false } }, "its first page is still being read")
        #expect(state.notice == nil)
        let reload = AppUpdate.update(&state, .postsLoaded(topicID: 7, .open, AppFixture.page(AppFixture.posts(2))))
        #expect(reload.contains { if case .loadPosts(7, _, _, .refresh) = $0 { true } else { false } },
                "once that page is in, the thread reads again with the fetched posts")
    }

    @Test func aFailedFetchSaysWhy() {
        var state = AppFixture.withThread(AppFixture.posts(2))
        _ = AppUpdate.update(&state, .threadFetchFailed(.unreachable(.refused)))
        #expect(render(state).lines[23].contains("не удалось загрузить тему: сервер недоступен"))
    }
}
