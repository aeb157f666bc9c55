import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

/// The Feed pane at 80×24: entries newest first with who did what where, unread ones standing out,
/// a rule at the last visit; `Enter` opens an entry where it belongs, `m` and `M` mark read, `1`
/// goes round the kinds, and older pages come as the cursor nears the end.
@Suite struct FeedScreenTests {
    private static func entry(_ kind: FeedKind, _ ref: Int64, minutesAgo: Double, read: Bool = false) -> FeedEntry {
        FeedEntry(kind: kind, ref: ref, at: AppFixture.now.addingTimeInterval(-minutesAgo * 60), actorName: "Ольга Петрова",
                  postID: kind == .eventChanged ? nil : ref, topicID: kind == .eventChanged ? nil : 7, eventID: kind == .eventChanged ? 3 : nil,
                  title: kind == .eventChanged ? "Семинар по чтению" : "Медленное чтение",
                  text: kind == .eventChanged ? "time place" : "Попробуйте читать вслух по ролям", read: read)
    }

    private static let entries = [
        entry(.reply, 41, minutesAgo: 5), entry(.mention, 40, minutesAgo: 30), entry(.eventChanged, 2, minutesAgo: 90),
        entry(.reply, 12, minutesAgo: 60 * 26, read: true),
    ]

    private static func pane() -> AppState {
        var state = AppFixture.withForums()
        state.me = Member(userID: 2, role: .teacher)
        #expect(state.press(.function(6)) == [.loadFeed(FeedQuery(kind: nil, visiting: true)), .countUnreadFeed])
        _ = AppUpdate.update(&state, .feedLoaded(FeedLoad(query: FeedQuery(kind: nil, visiting: true), entries: entries,
                                                          previousVisit: AppFixture.now.addingTimeInterval(-3_600))))
        _ = AppUpdate.update(&state, .feedUnreadCounted(3))
        return state
    }

    @Test func theFeedAt80x24() {
        let state = Self.pane()
        expectLines(render(state), [
            " Staffroom   Лента F6  Форумы F2  События F3  Библиотека F4  Люди F7   Сеть шко…",
            spread(" Лента", "новых: 3 "),
            " 1 показывать: всё",
            "> Ольга Петрова ответил(а) в «Медленное чтение»: Попробуйте читать вслух… 11:55 ",
            "  Ольга Петрова упомянул(а) вас в «Медленное чтение»: Попробуйте читать … 11:30 ",
            "────────────────────────────── прочитанное раньше ──────────────────────────────",
            spread("  Событие «Семинар по чтению» изменилось: время, место", "10:30 "),
            "  Ольга Петрова ответил(а) в «Медленное чтение»: Попробуйте читать вслух… вчера ",
        ] + Array(repeating: "", count: 15) + [
            spread(" anna.smirnova@127.0.0.1:8080 · ещё не синхронизировано", "? клавиши  q выход "),
        ])
    }

    @Test func enterOpensAnEntryWhereItBelongsAndMarksItRead() {
        var state = Self.pane()
        #expect(state.press(.enter) == [.markFeedRead(["reply:41"]), .openPost(41)])
        #expect(state.feed.entries[0].read)
        #expect(state.press(.enter) == [.openPost(41)], "read already: nothing to mark")
        _ = state.press(.character("j"), .character("j"))
        #expect(state.press(.enter) == [.markFeedRead(["event_changed:2"]), .openEvent(3)])
        let hit = SearchHit(post: Post(id: 41, topicID: 7, authorID: 1, body: "Попробуйте", createdAt: AppFixture.now), authorName: "Ольга Петрова",
                            topic: Topic(id: 7, forumID: 1, title: "Медленное чтение", authorID: 2, createdAt: AppFixture.now,
                                         lastPostAt: AppFixture.now, postCount: 9, lastPostID: 41),
                            forum: Forum(id: 1, categoryID: 1, title: "Чтение", description: "", position: 0))
        let effects = AppUpdate.update(&state, .postOpened(hit))
        #expect(effects.count == 1 && state.openThread?.topic.id == 7, "the thread opens on the feed, at the post")
        _ = state.press(.escape)
        #expect(state.stack.isEmpty && state.pane == .feed, "Esc goes back to the feed")
        _ = AppUpdate.update(&state, .postOpened(nil))
        #expect(state.notice == .feed(.notHere))
    }

    @Test func markingReadOneOrAllAndFilteringByKind() {
        var state = Self.pane()
        #expect(state.press(.character("m")) == [.markFeedRead(["reply:41"])])
        #expect(state.feed.cursor.selected == 1, "on to the next")
        #expect(state.press(.character("M")) == [.markAllFeedRead])
        #expect(state.feed.entries.allSatisfy(\.read) && state.notice == .feed(.allRead))
        #expect(state.press(.character("1")) == [.loadFeed(FeedQuery(kind: .reply))])
        _ = AppUpdate.update(&state, .feedLoaded(FeedLoad(query: FeedQuery(kind: .reply), entries: [Self.entries[0]], previousVisit: nil)))
        #expect(render(state).lines[2].hasPrefix(" 1 показывать: ответы"))
        #expect(state.feed.entries.count == 1)
        _ = AppUpdate.update(&state, .feedLoaded(FeedLoad(query: FeedQuery(kind: nil), entries: Self.entries, previousVisit: nil)))
        #expect(state.feed.entries.count == 1, "a page for another filter is passed over")
    }

    @Test func newEntriesComeInUnderTheCursorAtTheTopAndOlderPagesFollow() {
        var state = Self.pane()
        let newer = Self.entry(.reply, 50, minutesAgo: 1)
        _ = AppUpdate.update(&state, .feedLoaded(FeedLoad(query: FeedQuery(kind: nil), entries: [newer] + Self.entries, previousVisit: nil)))
        #expect(state.feed.selected?.ref == 50 && state.feed.dividerIndex == 3, "the rule stays at the last visit")
        let page = (0..<Int64(FeedState.pageSize)).map { Self.entry(.reply, 1_000 - $0, minutesAgo: 60 * 30 + Double($0)) }
        _ = AppUpdate.update(&state, .feedLoaded(FeedLoad(query: FeedQuery(kind: nil), entries: page, previousVisit: nil)))
        var effects: [Effect] = []
        while effects.isEmpty && state.feed.cursor.selected < state.feed.entries.count - 1 { effects = state.press(.character("j")) }
        #expect(effects == [.loadFeed(FeedQuery(kind: nil, after: page.last?.position))])
        #expect(state.feed.cursor.selected == FeedState.pageSize - FeedState.pageSize / 4, "a quarter page before the end")
        #expect(state.press(.character("j")).isEmpty, "asked once")
    }
}

extension FeedScreenTests {
    @Test func theSettingsCycleEachKindThroughItsLevels() {
        var state = AppFixture.withForums()
        _ = state.press(.function(6))
        #expect(state.press(.character("s")) == [.loadNotificationLevels])
        var levels = Dictionary(uniqueKeysWithValues: NotificationKind.allCases.map { ($0, NotificationLevel.feed) })
        levels[.booking] = .off
        _ = AppUpdate.update(&state, .notificationLevelsLoaded(levels))
        let lines = render(state).lines.map { $0.trimmingTrailingSpaces() }
        #expect(lines[1].hasPrefix(" Лента › Уведомления"))
        #expect(lines[3] == spread("> Ответы после ваших сообщений", "в ленте ").trimmingTrailingSpaces())
        #expect(lines[8] == spread("  Записи на ваши консультации", "выключено ").trimmingTrailingSpaces())
        #expect(state.press(.enter) == [.setNotificationLevel(.reply, .digest), .sync])
        #expect(render(state).lines[3].contains("в ленте и в сводке"))
        #expect(state.press(.enter) == [.setNotificationLevel(.reply, .off), .sync], "round to off")
        #expect(state.press(.escape) == [.loadFeed(FeedQuery(kind: nil)), .countUnreadFeed], "the feed is read again")
        #expect(state.stack.isEmpty && state.pane == .feed)
    }
}

extension FeedScreenTests {
    @Test func fGoesFromTheFeedToTheForums() {
        var state = AppFixture.withForums()
        _ = state.press(.character("N"))
        #expect(state.pane == .feed)
        #expect(state.press(.character("F")) == [.loadForums])
        #expect(state.pane == .forums && state.screenKind == .forums)
    }
}

extension FeedScreenTests {
    @Test func theFeedAt80x24InEnglish() {
        var state = AppFixture.withForums(language: .english)
        _ = state.press(.function(6))
        let notice = FeedEntry(kind: .moderation, ref: 5, at: AppFixture.now.addingTimeInterval(-600), postID: 41, topicID: 7,
                               title: "Slow reading", text: "Off topic", noticeKind: .postHidden)
        let booking = FeedEntry(kind: .booking, ref: 3, at: AppFixture.now.addingTimeInterval(-1_200), actorName: "Tom Baker", eventID: 12,
                                title: "Mentor's consultation", text: "How do I run a project week?")
        let answer = FeedEntry(kind: .answer, ref: 7, at: AppFixture.now.addingTimeInterval(-90_000), actorName: "Emily Clarke", postID: 44,
                               topicID: 7, title: "How do you mark reading logs?", text: "We use a three-point scale", read: true)
        _ = AppUpdate.update(&state, .feedLoaded(FeedLoad(query: FeedQuery(kind: nil, visiting: true), entries: [notice, booking, answer],
                                                          previousVisit: AppFixture.now.addingTimeInterval(-3_600))))
        _ = AppUpdate.update(&state, .feedUnreadCounted(2))
        let lines = render(state).lines
        #expect(lines[0].hasPrefix(" Staffroom   Feed F6  Forums F2  Events F3  Library F4"))
        #expect(lines[1] == spread(" Feed", "2 new "))
        #expect(lines[2].hasPrefix(" 1 show: everything"))
        #expect(lines[3] == spread("> A moderator hid your post: Off topic (“Slow reading”)", "11:50 "))
        #expect(lines[4] == spread("  Tom Baker booked “Mentor's consultation”: How do I run a project week?", "11:40 "))
        #expect(lines[5].contains(" before your last visit "))
        #expect(lines[6] == "  An answer by Emily Clarke was accepted in “How do you mark reading… yesterday ", "the time keeps its room")
        #expect(lines[23].hasSuffix("? keys  q quit "), "the keys are in the help when they do not fit beside the account")
    }
}
