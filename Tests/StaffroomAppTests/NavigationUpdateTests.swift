import Foundation
import Testing
import StaffroomStore
import StaffroomSync
import StaffroomTerminal
@testable import StaffroomApp

@Suite struct ForumListNavigationTests {
    @Test func theSelectionStartsOnTheFirstForumAndSkipsCategoryHeadings() {
        var state = AppFixture.withForums()
        #expect(state.forumList.selectedForum?.forum.id == 1)
        _ = state.press(.character("j"))
        #expect(state.forumList.selectedForum?.forum.id == 2)
        _ = state.press(.down)
        #expect(state.forumList.selectedForum?.forum.id == 3, "the «Наставничество» heading was skipped")
        _ = state.press(.down)
        #expect(state.forumList.selectedForum?.forum.id == 3, "the last forum stays selected")
        _ = state.press(.character("g"))
        #expect(state.forumList.selectedForum?.forum.id == 1)
        #expect(state.forumList.cursor.top == 0, "the first category heading stays in view")
    }

    @Test func reloadingKeepsTheSelectedForum() {
        var state = AppFixture.withForums()
        _ = state.press(.character("G"))
        _ = AppUpdate.update(&state, .forumsLoaded(AppFixture.forums, communityName: nil))
        #expect(state.forumList.selectedForum?.forum.id == 3)
        #expect(state.communityName == "Сеть школ «Перекрёсток»", "a missing name keeps the known one")
    }

    @Test func enterOpensTheForumAndAsksForItsFirstPage() {
        var state = AppFixture.withForums()
        _ = state.press(.character("j"))
        let effects = state.press(.enter)
        #expect(effects == [.loadTopics(forumID: 2, page: .first, limit: AppUpdate.topicPageSize, .open)])
        #expect(state.openTopics?.forum.id == 2)
        #expect(render(state).lines.contains { $0.contains("Загрузка…") })
    }

    @Test func unboundKeysDoNothing() {
        var state = AppFixture.withForums()
        let before = state
        #expect(state.press(.character("ж"), .insert, .function(9)).isEmpty)
        #expect(state == before)
    }
}

@Suite struct TopicListNavigationTests {
    @Test func nearingTheEndOfTheLoadedTopicsAsksForTheNextPage() {
        var state = AppFixture.withTopics(AppFixture.topics(100), more: true)
        #expect(state.press(.pageDown, .pageDown).isEmpty)
        var effects: [Effect] = []
        while effects.isEmpty, state.openTopics!.cursor.selected < 99 { effects = state.press(.character("j")) }
        let last = AppFixture.topics(100).last!.key
        #expect(effects == [.loadTopics(forumID: 1, page: .after(last), limit: AppUpdate.topicPageSize, .extendAfter)])
        #expect(state.openTopics!.cursor.selected + TopicListUpdate.visibleRows(state) >= 100)
        #expect(state.press(.character("j")).isEmpty, "a page already on its way is not asked for again")
        let selected = state.openTopics!.cursor.selected
        _ = AppUpdate.update(&state, .topicsLoaded(forumID: 1, .extendAfter, AppFixture.page(AppFixture.topics(20, from: 101), before: true)))
        #expect(state.openTopics!.topics.count == 120)
        #expect(state.openTopics!.cursor.selected == selected)
    }

    @Test func endJumpsToTheLastPageWhenMoreTopicsWait() {
        var state = AppFixture.withTopics(AppFixture.topics(100), more: true)
        let effects = state.press(.end)
        #expect(effects == [.loadTopics(forumID: 1, page: .last, limit: AppUpdate.topicPageSize, .jumpToEnd)])
        _ = AppUpdate.update(&state, .topicsLoaded(forumID: 1, .jumpToEnd, AppFixture.page(AppFixture.topics(100, from: 4901), before: true)))
        let list = state.openTopics!
        #expect(list.selectedTopic?.topic.id == 5000)
        #expect(list.cursor.top == 100 - TopicListUpdate.visibleRows(state))
        #expect(list.hasMoreBefore && !list.hasMoreAfter)
        let before = state.press(.character("g"))
        #expect(before == [.loadTopics(forumID: 1, page: .first, limit: AppUpdate.topicPageSize, .jumpToStart)])
    }

    @Test func scrollingUpInAWindowFromTheEndLoadsThePageBefore() {
        var state = AppFixture.withTopics(AppFixture.topics(100), more: true)
        _ = state.press(.end)
        _ = AppUpdate.update(&state, .topicsLoaded(forumID: 1, .jumpToEnd, AppFixture.page(AppFixture.topics(100, from: 4901), before: true)))
        var effects: [Effect] = []
        while effects.isEmpty, state.openTopics!.cursor.selected > 0 { effects = state.press(.pageUp) }
        #expect(effects == [.loadTopics(forumID: 1, page: .before(AppFixture.topics(1, from: 4901)[0].key),
                                        limit: AppUpdate.topicPageSize, .extendBefore)])
        let selectedID = state.openTopics!.selectedTopic!.topic.id
        _ = AppUpdate.update(&state, .topicsLoaded(forumID: 1, .extendBefore,
                                                   AppFixture.page(AppFixture.topics(100, from: 4801), before: true, after: true)))
        #expect(state.openTopics!.selectedTopic!.topic.id == selectedID, "prepending keeps the same topic selected")
    }

    @Test func backReturnsToTheForumsAndRefreshesTheirCounts() {
        var state = AppFixture.withTopics(AppFixture.topics(3))
        let effects = state.press(.escape)
        #expect(state.stack.isEmpty)
        #expect(effects == [.loadForums])
        _ = AppUpdate.update(&state, .topicsLoaded(forumID: 1, .open, AppFixture.page(AppFixture.topics(3))))
        #expect(state.stack.isEmpty, "a late page for a closed screen is ignored")
    }
}

@Suite struct ThreadNavigationTests {
    @Test func keysScrollByLineAndByPage() {
        var state = AppFixture.withThread(AppFixture.posts(10))
        let visible = ThreadUpdate.visibleRows(state)
        _ = state.press(.character("j"), .down)
        #expect(state.openThread?.top == 2)
        _ = state.press(.pageDown)
        #expect(state.openThread?.top == 2 + visible - 1)
        _ = state.press(.pageUp, .character("k"))
        #expect(state.openThread?.top == 1)
        _ = state.press(.character("G"))
        #expect(state.openThread?.top == 70 - visible)
        _ = state.press(.character("j"))
        #expect(state.openThread?.top == 70 - visible, "the end does not scroll past the last line")
        _ = state.press(.home)
        #expect(state.openThread?.top == 0)
    }

    @Test func nAndPJumpBetweenPosts() {
        var state = AppFixture.withThread(AppFixture.posts(10))
        _ = state.press(.character("n"), .character("n"))
        #expect(state.openThread?.top == 14)
        #expect(render(state).lines[2].contains("Анна Смирнова ·"))
        #expect(render(state).lines[3].contains("Абзац 1 сообщения 3."))
        _ = state.press(.character("j"))
        #expect(state.openThread?.current == 2, "scrolling keeps a post that is still on screen current")
        _ = state.press(.character("p"))
        #expect(state.openThread?.top == 7 && state.openThread?.current == 1)
        _ = state.press(.character("p"), .character("p"))
        #expect(state.openThread?.top == 0 && state.openThread?.current == 0)
    }

    @Test func aLongThreadLoadsMorePostsAsTheReaderNearsTheEnd() {
        var state = AppFixture.withThread(AppFixture.posts(40), more: true)
        var effects: [Effect] = []
        while effects.isEmpty { effects = state.press(.pageDown) }
        #expect(effects == [.loadPosts(topicID: 1, page: .after(40), limit: AppUpdate.postPageSize, .extendAfter)])
        let top = state.openThread!.top
        _ = AppUpdate.update(&state, .postsLoaded(topicID: 1, .extendAfter, AppFixture.page(AppFixture.posts(40, from: 41), before: true)))
        #expect(state.openThread!.posts.count == 80)
        #expect(state.openThread!.top == top)
        #expect(state.openThread!.layout.lines.count == 560)
    }

    @Test func endOfAThreadWithMorePostsLoadsTheLastPageAndScrollsToItsEnd() {
        var state = AppFixture.withThread(AppFixture.posts(40), more: true)
        let effects = state.press(.end)
        #expect(effects == [.loadPosts(topicID: 1, page: .last, limit: AppUpdate.postPageSize, .jumpToEnd)])
        _ = AppUpdate.update(&state, .postsLoaded(topicID: 1, .jumpToEnd, AppFixture.page(AppFixture.posts(40, from: 961), before: true)))
        let thread = state.openThread!
        #expect(thread.top == thread.layout.lines.count - ThreadUpdate.visibleRows(state))
        #expect(thread.seenUpTo == 1000)
    }

    @Test func leavingAThreadSavesHowFarItWasReadAndClearsTheUnreadMark() {
        var state = AppFixture.withThread(AppFixture.posts(10))
        #expect(state.openThread?.seenUpTo == 3, "posts 1 to 3 fit on the first screen")
        #expect(state.press(.escape).first == .markRead(topicID: 1, upTo: 3))
        #expect(state.openTopics?.topics.first?.isUnread == true, "posts 4 to 10 are still unread")
        var reread = AppFixture.topic(1, "Дети, которые читают медленно", posts: 10, unread: true, lastPostID: 10)
        reread.lastReadPostID = 3
        reread.unreadCount = 7
        _ = AppUpdate.update(&state, .topicsLoaded(forumID: 1, .refresh(keeping: 1), AppFixture.page([reread])))
        #expect(render(state).lines[3].hasPrefix(">  7 Дети"))
        _ = state.press(.enter)
        _ = AppUpdate.update(&state, .postsLoaded(topicID: 1, .open, AppFixture.page(AppFixture.posts(10))))
        _ = state.press(.end)
        #expect(state.press(.left) == [.markRead(topicID: 1, upTo: 10),
                                       .loadTopics(forumID: 1, page: .first, limit: AppUpdate.topicPageSize, .refresh(keeping: 1))],
                "the list's counts are read again after the read mark is saved")
        #expect(state.openTopics?.topics.first?.isUnread == false)
    }

    @Test func quittingFromAThreadSavesTheReadMarkFirst() {
        var state = AppFixture.withThread(AppFixture.posts(2))
        #expect(state.press(.character("q")) == [.markRead(topicID: 1, upTo: 2), .quit])
        #expect(state.quitting)
        var signalled = AppFixture.withThread(AppFixture.posts(2))
        #expect(AppUpdate.update(&signalled, .quitRequested) == [.markRead(topicID: 1, upTo: 2), .quit])
    }

    @Test func resizingKeepsThePostAtTheTopOfTheScreen() {
        let long = AppFixture.post(2, body: String(repeating: "Методическое объединение обсуждает план урока. ", count: 30))
        var state = AppFixture.withThread([AppFixture.post(1, body: "Первое."), long, AppFixture.post(3, body: "Третье.")])
        _ = state.press(.character("n"), .character("j"), .character("j"), .character("j"))
        let anchor = state.openThread!.anchor
        #expect(anchor == ThreadAnchor(postID: 2, lineOffset: 3))
        _ = AppUpdate.update(&state, .resized(Size(columns: 50, rows: 30)))
        #expect(state.openThread!.anchor == anchor)
        #expect(state.openThread!.layout.width == 47)
        #expect(render(state).lines.allSatisfy { DisplayWidth.of($0) == 50 })
    }

    @Test func untrustedTextIsCleanedBeforeItReachesTheScreen() {
        let hostile = AppFixture.post(1, author: "Злоумышленник\u{1B}]0;title\u{07}",
                                      body: "Текст\u{1B}[2J\u{1B}[31m красный\u{1B}[0m и звонок\u{07}").cleaned()
        let state = AppFixture.withThread([hostile])
        let screen = render(state)
        #expect(!screen.cells.contains { $0.grapheme.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 } })
        #expect(screen.lines[2].hasPrefix(">Злоумышленник ·"))
        #expect(screen.lines[3].hasPrefix("  Текст красный и звонок\u{2407}"))
    }

    @Test func aMegabytePostAndAHugeWordLayOutWithinTheScreen() {
        let huge = AppFixture.post(1, body: String(repeating: "Очень длинный пост о методике чтения. ", count: 28_000))
        let word = AppFixture.post(2, body: String(repeating: "ы", count: 10_000))
        var state = AppFixture.withThread([huge, word])
        #expect(huge.post.body.utf8.count > 1_000_000)
        _ = state.press(.end)
        let lines = render(state).lines
        #expect(lines.allSatisfy { DisplayWidth.of($0) == 80 })
        #expect(lines[21].trimmingTrailingSpaces() == "  " + String(repeating: "ы", count: 10_000 % ThreadLayout.maximumBodyWidth))
    }
}

@Suite struct OverlayAndStatusTests {
    @Test func helpOpensWithQuestionMarkAndClosesWithoutQuitting() {
        var state = AppFixture.withForums()
        _ = state.press(.character("?"))
        #expect(state.showingHelp)
        #expect(state.press(.character("j")).isEmpty)
        #expect(state.forumList.selectedForum?.forum.id == 1, "keys do not reach the list under the help")
        #expect(state.press(.character("q")).isEmpty)
        #expect(!state.showingHelp && !state.quitting)
    }

    @Test func syncingShowsProgressAndReloadsWhatIsOnScreen() {
        var state = AppFixture.withThread(AppFixture.posts(3))
        #expect(state.press(.character("r")) == [.sync])
        _ = AppUpdate.update(&state, .syncStarted)
        #expect(state.press(.character("r")).isEmpty, "one sync at a time")
        let effects = AppUpdate.update(&state, .syncProgressed(.init(pages: 1, changes: 500, more: true)))
        #expect(effects == [
            .loadForums,
            .loadNextEvent,
            .loadTopics(forumID: 1, page: .first, limit: AppUpdate.topicPageSize, .refresh(keeping: 1)),
            .loadPosts(topicID: 1, page: .after(0), limit: 3 + AppUpdate.postPageSize,
                       .refresh(anchor: ThreadAnchor(postID: 1, lineOffset: 0))),
        ])
        #expect(render(state).lines[23].contains("синхронизация… 1 страница"), "before the server counted what is left")
        _ = AppUpdate.update(&state, .syncProgressed(.init(pages: 2, changes: 1_000, more: true, left: 3_000)))
        #expect(render(state).lines[23].contains("синхронизация… 25%"))
        _ = AppUpdate.update(&state, .outboxChanged(OutboxCounts(pending: 2, notSent: 0)))
        #expect(render(state).lines[23].contains("25% · 2 записи ждут отправки"))
        _ = AppUpdate.update(&state, .syncFinished(at: AppFixture.now))
        #expect(render(state).lines[23].contains("синхронизировано в 12:00"))
    }

    @Test func aFailedSyncIsExplainedInTheUsersLanguage() {
        var state = AppFixture.withForums(language: .english)
        _ = AppUpdate.update(&state, .syncFailed(.sessionExpired))
        #expect(render(state).lines[23].contains("sync failed: session expired"))
        _ = AppUpdate.update(&state, .syncFailed(.unreachable(.refused)))
        #expect(render(state).lines[23].contains("offline since 12:00: server unreachable: connection refused"))
        _ = AppUpdate.update(&state, .storeFailed(.diskFull))
        #expect(render(state).lines[23].contains("the disk is full; nothing was lost"))
        _ = state.press(.character("j"))
        #expect(state.notice == nil, "a notice lasts until the next key")
    }

    @Test func theStatusLineSaysSinceWhenTheServerIsOutOfReachUntilASyncSucceeds() {
        var state = AppFixture.withForums()
        let firstFailure = AppFixture.now.addingTimeInterval(-25 * 60)
        _ = AppUpdate.update(&state, .syncRetrying(RetryNotice(reason: .unreachable(.timedOut), failures: 1, delay: 1),
                                                   at: firstFailure))
        #expect(render(state).lines[23].contains("нет связи с 11:35: сервер недоступен"))
        _ = AppUpdate.update(&state, .syncFailed(.serverBusy(status: 503, retryAfter: 30)))
        _ = AppUpdate.update(&state, .syncStarted)
        _ = AppUpdate.update(&state, .syncRetrying(RetryNotice(reason: .server(status: 502, message: "Bad Gateway"),
                                                               failures: 1, delay: 1), at: AppFixture.now))
        #expect(render(state).lines[23].contains("нет связи с 11:35: ошибка сервера 502"), "the first failure's time stays")
        _ = AppUpdate.update(&state, .syncProgressed(SyncProgress(pages: 1, changes: 3, more: false)))
        _ = AppUpdate.update(&state, .syncFinished(at: AppFixture.now))
        #expect(render(state).lines[23].contains("синхронизировано в 12:00"))
        _ = AppUpdate.update(&state, .syncFailed(.unreachable(.refused)))
        #expect(render(state).lines[23].contains("нет связи с 12:00"), "a new outage starts a new count")
    }

    @Test func ctrlLAsksForAFullRepaint() {
        var state = AppFixture.withForums()
        #expect(state.press(.control("l")) == [.repaint])
    }
}
