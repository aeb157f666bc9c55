import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

/// The Moderation pane at 80×24: the queue, an opened item with what surrounds it, one-key
/// decisions (destructive ones on a second press) that carry the item's version, and undo.
@Suite struct ModerationScreenTests {
    private static func item(_ id: Int64, score: Int, text: String, reasons: [FlagReason], hoursAgo: Double, version: Int = 1,
                             claimedBy: Int64? = nil) -> ReviewItem {
        ReviewItem(id: id, postID: id * 10, topicID: 7, forumID: 1, authorID: 4, text: text, status: .pending, score: score,
                   flags: reasons.enumerated().map { index, reason in
                       ReviewFlag(userID: Int64(5 + index), reason: reason, note: index == 0 ? "Реклама курсов" : "", createdAt: AppFixture.now, weight: 1)
                   },
                   version: version, claimedBy: claimedBy, claimedUntil: claimedBy.map { _ in AppFixture.now.addingTimeInterval(600) },
                   createdAt: AppFixture.now.addingTimeInterval(-hoursAgo * 3_600))
    }

    private static let items = [
        item(1, score: 7, text: "Купите наши курсы!\nСкидка только сегодня", reasons: [.spam, .spam], hoursAgo: 3, version: 2),
        item(2, score: 2, text: "> цитата\nЭто не по теме форума", reasons: [.offTopic], hoursAgo: 26, claimedBy: 3),
    ]

    private static func pane(role: Role = .moderator) -> AppState {
        var state = AppFixture.withForums()
        state.me = Member(userID: 9, role: role)
        _ = AppUpdate.update(&state, .key(.function(5)))
        _ = AppUpdate.update(&state, .reviewQueueLoaded(items, names: [4: "Иван Кузнецов", 3: "Марина Волкова"]))
        return state
    }

    @Test func theQueueAt80x24() {
        let lines = render(Self.pane()).lines
        #expect(lines[0].contains("Модерация F5"))
        #expect(lines[1].hasPrefix(" Модерация"))
        #expect(lines[2].hasPrefix(" Ждут решения: 2"))
        #expect(lines[3] == spread(">   7  Купите наши курсы!", "Иван Кузнецов · спам ×2 · 09:00 "))
        #expect(lines[4] == "    2  Это не по т… Иван Кузнецов · не по теме · смотрит Марина Волкова · вчера ",
                "the post's own words, not the quote it opens with; the details keep their room")
        #expect(lines[23].hasSuffix("? клавиши  q выход "), "the keys are in the help; they do not fit beside the account")
    }

    @Test func onlyModeratorsOpenThePane() {
        var state = AppFixture.withForums()
        state.me = Member(userID: 2, role: .teacher)
        #expect(AppUpdate.update(&state, .key(.function(5))).isEmpty)
        #expect(state.pane == .forums && state.notice == .moderation(.onlyModerators))
        #expect(!render(state).lines[0].contains("Модерация"), "the top bar names the pane only to moderators")
    }

    @Test func decisionsCarryTheVersionAndDestructiveOnesWaitForASecondPress() {
        var state = Self.pane()
        #expect(AppUpdate.update(&state, .key(.character("D"))).isEmpty)
        #expect(state.notice == .moderation(.pressAgain(.delete, count: 1)))
        #expect(AppUpdate.update(&state, .key(.character("D")))
            == [.write(.moderate(itemID: 1, version: 2, action: .delete, note: "")), .sync])
        #expect(state.moderation.items.map(\.id) == [2], "the decided item leaves the queue")
        #expect(AppUpdate.update(&state, .key(.character("K"))) == [.write(.moderate(itemID: 2, version: 1, action: .keep, note: "")), .sync])
        #expect(AppUpdate.update(&state, .key(.character("U"))) == [.undoLastModeration(moderatorID: 9)])
        #expect(AppUpdate.update(&state, .key(.character("u"))) == [.undoLastModeration(moderatorID: 9)], "u as well")
        _ = AppUpdate.update(&state, .moderationUndone(.undoWithdrawn))
        #expect(state.notice == .moderation(.undoWithdrawn))
    }

    @Test func openingAnItemClaimsItAndShowsWhatSurroundsIt() {
        var state = Self.pane()
        #expect(AppUpdate.update(&state, .key(.enter)) == [.write(.claimReview(itemID: 1, claim: true)), .loadReviewContext(Self.items[0]), .sync])
        let context = ReviewContext(
            topicTitle: "Курсы повышения квалификации",
            around: [ThreadPost(post: Post(id: 9, topicID: 7, authorID: 2, body: "Где пройти курсы?", createdAt: AppFixture.now), authorName: "Анна Смирнова"),
                     ThreadPost(post: Post(id: 10, topicID: 7, authorID: 4, body: "Купите наши курсы!", createdAt: AppFixture.now), authorName: "Иван Кузнецов")],
            recent: [], history: [AuditEntry(id: 1, moderatorID: 3, itemID: 5, postID: 3, action: .delete, note: "Реклама", previousStatus: .pending,
                                             createdAt: AppFixture.now)],
            names: [4: "Иван Кузнецов", 5: "Анна Смирнова", 6: "Павел Новиков", 3: "Марина Волкова"])
        _ = AppUpdate.update(&state, .reviewContextLoaded(itemID: 1, context))
        expectLines(render(state), [
            " Лента F6  Форумы F2  События F3  Библиотека F4  Люди F7  Модерация F5   Сеть ш…",
            spread(" Модерация › Курсы повышения квалификации", "ждёт решения "),
            " Жалоба на сообщение в теме «Курсы повышения квалификации»",
            " Автор: Иван Кузнецов",
            " Вес жалоб: 7 · ждёт решения",
            " Причина: N — написать (необязательно)",
            " Жалобы: ",
            "   Анна Смирнова: спам — Реклама курсов",
            "   Павел Новиков: спам",
            " Вокруг в теме: ",
            "   Анна Смирнова: Где пройти курсы?",
            "   Иван Кузнецов: Купите наши курсы!",
            " Прежние решения по автору: ",
            "   Марина Волкова: удалить сообщение — Реклама",
            " Заметки модераторов об авторе: нет (T — написать)",
            "",
            "  Купите наши курсы! Скидка только сегодня",
        ] + Array(repeating: "", count: 6) + [
            spread(" anna.smirnova@127.0.0.1:8080 · ещё не синхронизировано", "? клавиши  q выход "),
        ])
        #expect(AppUpdate.update(&state, .key(.character("L"))).isEmpty)
        #expect(AppUpdate.update(&state, .key(.character("L")))
            == [.write(.moderate(itemID: 1, version: 2, action: .lockTopic, note: "")), .sync, .loadReviewQueue])
        #expect(state.stack.isEmpty)
        _ = AppUpdate.update(&state, .key(.enter))
        #expect(AppUpdate.update(&state, .key(.escape)) == [.write(.claimReview(itemID: 1, claim: false)), .loadReviewQueue, .sync],
                "leaving lets the claim go")
    }

    @Test func filtersNarrowTheQueueAndOneDecisionFallsOnTheMarkedItems() {
        var state = Self.pane()
        _ = AppUpdate.update(&state, .key(.character("1")))
        #expect(state.moderation.filter.reason == .spam)
        #expect(render(state).lines[2].hasPrefix(" Ждут решения: 1") && render(state).lines[2].contains("1 причина: спам"))
        _ = AppUpdate.update(&state, .key(.character("1")))
        #expect(state.moderation.filter.reason == .offTopic && state.moderation.selected(me: 9, now: AppFixture.now)?.id == 2)
        for _ in 0..<3 { _ = AppUpdate.update(&state, .key(.character("1"))) }
        #expect(state.moderation.filter.reason == nil, "round to any reason")
        _ = AppUpdate.update(&state, .key(.character("3")))
        #expect(state.moderation.shown(me: 9, now: AppFixture.now).map(\.id) == [1], "item 2 is claimed by Марина")
        _ = AppUpdate.update(&state, .key(.character("3")))
        #expect(state.moderation.shown(me: 9, now: AppFixture.now).isEmpty, "none is mine")
        _ = AppUpdate.update(&state, .key(.character("3")))
        _ = AppUpdate.update(&state, .key(.character(" ")))
        _ = AppUpdate.update(&state, .key(.character(" ")))
        #expect(state.moderation.marked == [1, 2])
        #expect(render(state).lines[3].hasPrefix(" *  7") && render(state).lines[4].hasPrefix(">*  2"), "marked, the cursor one row on")
        #expect(render(state).lines[2].hasPrefix(" Ждут решения: 2 "), "the count stays whole")
        #expect(AppUpdate.update(&state, .key(.character("L"))).isEmpty)
        #expect(state.notice == .moderation(.pressAgain(.lockTopic, count: 2)))
        #expect(AppUpdate.update(&state, .key(.character("L"))) == [.write(.moderate(itemID: 1, version: 2, action: .lockTopic, note: "")),
                                                                     .write(.moderate(itemID: 2, version: 1, action: .lockTopic, note: "")), .sync])
        #expect(state.moderation.items.isEmpty && state.moderation.marked.isEmpty)
    }

    @Test func aReasonWrittenAfterNGoesWithTheDecision() {
        var state = Self.pane()
        _ = AppUpdate.update(&state, .key(.enter))
        _ = AppUpdate.update(&state, .key(.character("N")))
        #expect(AppUpdate.update(&state, .typed("Реклама, второй раз\r")).isEmpty)
        #expect(render(state).lines[5].trimmingTrailingSpaces() == " Причина: Реклама, второй раз")
        _ = AppUpdate.update(&state, .key(.character("D")))
        #expect(AppUpdate.update(&state, .key(.character("D")))
            == [.write(.moderate(itemID: 1, version: 2, action: .delete, note: "Реклама, второй раз")), .sync, .loadReviewQueue])
        _ = AppUpdate.update(&state, .key(.enter))
        _ = AppUpdate.update(&state, .key(.character("N")))
        _ = AppUpdate.update(&state, .key(.character("K")))
        #expect(state.stack.count == 1, "K is a letter of the reason while it is written")
        _ = AppUpdate.update(&state, .key(.escape))
        guard case .reviewItem(let opened) = state.stack.last else {
            Issue.record("the item stays open")
            return
        }
        #expect(opened.note.isEmpty && !opened.editingNote, "Esc drops the reason")
    }

    @Test func aDecisionAnotherModeratorBeatIsToldOnceWithWhoAndWhen() {
        var state = Self.pane()
        let refused = OutboxEntry(item: OutboxItem(id: 31, sequence: 4, clientID: "c", action: .moderate(itemID: 1, version: 2, action: .keep, note: ""),
                                                   authorName: "", createdAt: AppFixture.now, state: .notSent, code: .alreadyHandled,
                                                   message: "Already handled by Марина Волкова: delete at 11:58 UTC."),
                                  context: "")
        _ = AppUpdate.update(&state, .outboxLoaded([refused]))
        #expect(render(state).lines[23].hasPrefix(" не отправлено: Already handled by Марина Волкова: delete at 11:58 UTC."))
        _ = AppUpdate.update(&state, .key(.character("j")))
        _ = AppUpdate.update(&state, .outboxLoaded([refused]))
        #expect(state.notice == nil, "told once")
    }
}
