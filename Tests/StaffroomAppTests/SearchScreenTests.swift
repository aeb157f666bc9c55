import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

@Suite struct SearchScreenTests {
    private func hit(_ id: Int64, _ body: String) -> SearchHit {
        SearchHit(post: Post(id: id, topicID: 7, authorID: 1, body: body, createdAt: AppFixture.now.addingTimeInterval(-3600)),
                  authorName: "Ольга Петрова",
                  topic: Topic(id: 7, forumID: 1, title: "Техника чтения", authorID: 1, createdAt: AppFixture.now,
                               lastPostAt: AppFixture.now, postCount: 9, lastPostID: 90),
                  forum: Forum(id: 1, categoryID: 1, title: "Чтение в начальной школе", description: "", position: 0))
    }

    @Test func typingAndEnterSearchThenEnterOpensTheHitInItsThread() {
        var state = AppFixture.withForums()
        _ = state.press(.character("/"))
        #expect(state.screenKind == .search)
        _ = AppUpdate.update(&state, .typed("Ёлки чтен"))
        #expect(state.press(.enter) == [.search("Ёлки чтен", offset: 0)])
        _ = AppUpdate.update(&state, .searchResults("Ёлки чтен", offset: 0,
                                                    [hit(55, "Сначала разминка. Потом чтение вслух у ёлки, и обсуждение."), hit(56, "Чтение")]))
        let lines = render(state).lines
        #expect(lines[1].contains("Поиск") && lines[1].contains("2 сообщения"))
        #expect(lines[4].hasPrefix("> Ольга Петрова · 11:00 · Чтение в начальной школе › Техника чтения"))
        #expect(lines[5].hasPrefix("    Сначала разминка. Потом чтение вслух у ёлки"))
        let effects = state.press(.enter)
        #expect(effects == [.loadPosts(topicID: 7, page: .after(54), limit: AppUpdate.postPageSize, .open)])
        #expect(state.openThread?.topic.id == 7)
        _ = AppUpdate.update(&state, .postsLoaded(topicID: 7, .open, AppFixture.page(AppFixture.posts(3, from: 54, topic: 7), before: true)))
        #expect(state.openThread.map { $0.posts[$0.current].post.id } == 55, "the found post is current")
        _ = state.press(.escape)
        #expect(state.screenKind == .search, "back returns to the results")
    }

    @Test func matchingWordsAreHighlighted() {
        let theme = ThemeLoader.builtIn("default")
        var state = AppFixture.withForums()
        _ = state.press(.character("/"))
        _ = AppUpdate.update(&state, .typed("елки"))
        _ = state.press(.enter)
        _ = AppUpdate.update(&state, .searchResults("елки", offset: 0, [hit(1, "Мы наряжали ёлки в классе.")]))
        let grid = render(state, theme: theme)
        let row = grid.lines[5]
        let column = DisplayWidth.of(row.prefix { $0 != "ё" })
        #expect(grid[column, 5].style == theme[.unread])
        #expect(grid[4, 5].style == theme[.normal], "«Мы» does not match")
    }

    @Test func snippetsStartNearTheFirstMatch() {
        let text = "Первое второе третье четвёртое пятое шестое седьмое восьмое: здесь про дроби и про доли."
        let pieces = SearchSnippet.pieces(of: text, matching: ["дроб"], width: 40)
        #expect(pieces.first == .init(text: "…", isMatch: false))
        #expect(pieces.map(\.text).joined().hasPrefix("…восьмое: здесь про дроби"), "three words before the match")
        #expect(pieces.filter(\.isMatch).map(\.text) == ["дроби"])
        #expect(DisplayWidth.of(pieces.map(\.text).joined()) <= 40)
    }

    @Test func anEnterTypedAheadWithTheQuerySearches() {
        var typedApart = AppFixture.withForums()
        _ = typedApart.press(.character("/"))
        _ = AppUpdate.update(&typedApart, .typed("урок"))
        let apart = typedApart.press(.enter)
        var typedAhead = AppFixture.withForums()
        _ = typedAhead.press(.character("/"))
        #expect(!apart.isEmpty && AppUpdate.update(&typedAhead, .typed("урок\r")) == apart)
    }

    @Test func scrollingNearTheEndAsksForTheNextResults() {
        var state = AppFixture.withForums()
        _ = state.press(.character("/"))
        _ = AppUpdate.update(&state, .typed("урок"))
        _ = state.press(.enter)
        let page = (1...50).map { hit(Int64($0), "урок \($0)") }
        #expect(AppUpdate.update(&state, .searchResults("урок", offset: 0, page)).isEmpty)
        var effects: [Effect] = []
        while effects.isEmpty { effects = state.press(.pageDown) }
        #expect(effects == [.search("урок", offset: 50)])
        _ = AppUpdate.update(&state, .searchResults("урок", offset: 50, [hit(51, "урок 51")]))
        if case .search(let search) = state.stack.last { #expect(search.hits.count == 51 && !search.hasMore) }
    }

    @Test func withoutResultsTheScreenExplainsTheFilters() {
        var state = AppFixture.withForums(language: .english)
        _ = state.press(.character("/"))
        #expect(render(state).lines.joined(separator: " ").contains("author:name"))
        _ = AppUpdate.update(&state, .typed("zzz"))
        _ = state.press(.enter)
        _ = AppUpdate.update(&state, .searchResults("zzz", offset: 0, []))
        #expect(render(state).lines.joined().contains("Nothing found."))
    }
}
