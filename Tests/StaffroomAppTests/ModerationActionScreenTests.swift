import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

/// The moderation actions beyond keep and delete at 80×24: `H` hides, `E` edits in the editor with
/// the reason, `M`, `S` and `X` offer a forum or a number of days (again: the next) that `Enter`
/// acts on, `W` writes a warning from a template; held posts and requests for another review show
/// in the queue and the item; `O` lists what became of this device's decisions.
@Suite struct ModerationActionScreenTests {
    private static let item = ReviewItem(id: 1, postID: 10, topicID: 7, forumID: 1, authorID: 4, text: "Купите наши курсы!", status: .pending,
                                         score: 3, flags: [ReviewFlag(userID: 5, reason: .spam, note: "", createdAt: AppFixture.now, weight: 3)],
                                         version: 2, createdAt: AppFixture.now.addingTimeInterval(-3_600))
    private static let held = ReviewItem(id: 2, postID: 20, topicID: 8, forumID: 1, authorID: 6, text: "Здравствуйте, я новенькая", status: .pending,
                                         score: 0, flags: [], version: 1, createdAt: AppFixture.now.addingTimeInterval(-7_200), held: true,
                                         appeal: nil)

    private static func pane() -> AppState {
        var state = AppFixture.withForums()
        state.me = Member(userID: 9, role: .moderator)
        _ = state.press(.function(5))
        _ = AppUpdate.update(&state, .reviewQueueLoaded([item, held], names: [4: "Иван Кузнецов", 6: "Нина Белова"]))
        return state
    }

    private static func opened() -> AppState {
        var state = pane()
        _ = state.press(.enter)
        let context = ReviewContext(topicTitle: "Курсы", around: [], recent: [], history: [], names: [4: "Иван Кузнецов"])
        _ = AppUpdate.update(&state, .reviewContextLoaded(itemID: 1, context))
        return state
    }

    @Test func hideActsAtOnceAndHeldPostsShowInTheQueue() {
        var state = Self.pane()
        #expect(render(state).lines[4].contains("Нина Белова · ждёт одобрения"))
        #expect(state.press(.character("H")) == [.write(.moderate(itemID: 1, version: 2, action: .hide, note: "")), .sync])
        #expect(state.moderation.items.map(\.id) == [2])
        _ = state.press(.enter)
        _ = AppUpdate.update(&state, .reviewContextLoaded(itemID: 2, ReviewContext(topicTitle: "Знакомство", around: [], recent: [], history: [],
                                                                                     names: [6: "Нина Белова"])))
        #expect(render(state).lines.contains { $0.hasPrefix(" Первое сообщение нового участника ждёт одобрения (K — одобрить)") })
    }

    @Test func anEditGoesThroughTheEditorWithTheReason() {
        var state = Self.opened()
        _ = state.press(.character("N"))
        _ = AppUpdate.update(&state, .typed("Убрала рекламу\r"))
        let purpose = ComposeState.Purpose.moderatorEdit(item: Self.item, note: "Убрала рекламу", topicTitle: "Курсы")
        #expect(state.press(.character("E")) == [.openEdit(purpose, original: "Купите наши курсы!")])
        _ = AppUpdate.update(&state, .composeOpened(purpose, Draft(kind: .edit, targetID: 10, context: "", body: "Купите наши курсы!",
                                                                 updatedAt: AppFixture.now), quote: nil, external: false))
        #expect(render(state).lines[1].hasPrefix(" Правка модератора в теме «Курсы»"))
        _ = AppUpdate.update(&state, .typed(" Приглашаю на открытый урок."))
        let effects = state.press(.control("s"))
        #expect(effects.first == .send(.moderate(itemID: 1, version: 2, action: .edit, note: "Убрала рекламу",
                                                 details: ModerationDetails(body: "Купите наши курсы! Приглашаю на открытый урок.")),
                                       draftKind: .edit, draftTarget: 10))
    }

    @Test func moveSilenceAndSuspendOfferChoicesThatEnterActsOn() {
        var state = Self.opened()
        #expect(state.press(.character("M")).isEmpty)
        let second = state.forumList.rows.compactMap(\.forum).map(\.forum).filter { $0.id != 1 }
        #expect(render(state).lines[23].contains("Enter — перенести тему в «\(second[0].title)»; M — другой вариант"))
        _ = state.press(.character("M"))
        #expect(state.press(.enter) == [.write(.moderate(itemID: 1, version: 2, action: .moveTopic, note: "",
                                                         details: ModerationDetails(forumID: second[1].id))), .sync, .loadReviewQueue])
        state = Self.opened()
        _ = state.press(.character("S"))
        _ = state.press(.character("S"))
        #expect(render(state).lines[23].contains("запретить автору писать на 3 дн."))
        #expect(state.press(.enter) == [.write(.moderate(itemID: 1, version: 2, action: .silence, note: "", details: ModerationDetails(days: 3))),
                                        .sync, .loadReviewQueue])
        state = Self.opened()
        _ = state.press(.character("X"))
        #expect(state.press(.escape).isEmpty, "Esc drops the choice, the item stays")
        #expect(state.press(.enter).isEmpty, "nothing chosen: Enter does nothing")
        guard case .reviewItem = state.stack.last else {
            Issue.record("the item stays open")
            return
        }
    }

    @Test func aWarningStartsFromATemplateAndGoesWithEnter() {
        var state = Self.opened()
        _ = state.press(.character("W"))
        let template = "Здравствуйте, Иван Кузнецов! Ваше сообщение в теме «Курсы» нарушает правила сети. "
            + "Пожалуйста, пишите коллегам уважительно и по теме."
        guard case .reviewItem(let opened) = state.stack.last else {
            Issue.record("the item stays open")
            return
        }
        #expect(opened.message == template)
        #expect(render(state).lines.contains { $0.hasPrefix(" Предупреждение: Здравствуйте, Иван Кузнецов!") })
        _ = AppUpdate.update(&state, .typed(" Это второе напоминание."))
        #expect(state.press(.character("K")).isEmpty, "K is a letter of the warning")
        _ = state.press(.backspace)
        #expect(state.press(.enter) == [.write(.moderate(itemID: 1, version: 2, action: .warn, note: "",
                                                         details: ModerationDetails(message: template + " Это второе напоминание."))),
                                        .sync, .loadReviewQueue])
    }

    @Test func theOutcomesOfThisDevicesDecisionsAreListed() {
        var state = Self.pane()
        #expect(state.press(.character("O")) == [.loadModerationOutcomes])
        let outcomes = [
            ModerationOutcome(itemID: 1, action: .keep, kind: .alreadyHandled, message: "Already handled by Марина: hide at 11:58 UTC.",
                              postText: "Купите наши курсы!", decidedAt: AppFixture.now, answeredAt: AppFixture.now),
            ModerationOutcome(itemID: 3, action: .hide, kind: .applied, message: nil, postText: "Грубый ответ",
                              decidedAt: AppFixture.now, answeredAt: AppFixture.now.addingTimeInterval(-60)),
        ]
        _ = AppUpdate.update(&state, .moderationOutcomesLoaded(outcomes))
        let lines = render(state).lines
        #expect(lines[1].hasPrefix(" Модерация › Итоги решений") && lines[1].hasSuffix("2 "))
        #expect(lines[2].hasPrefix("> 12:00  уже решено: оставить  «"), "the server's words keep their room")
        #expect(lines[2].contains("Already handled by"))
        #expect(lines[3].hasPrefix("  11:59  применено: скрыть сообщение  «Грубый ответ»"))
        _ = state.press(.escape)
        #expect(state.stack.isEmpty)
    }

    @Test func anItemAboutAMemberTakesAStaffNoteButNoPostActions() {
        var state = AppFixture.withForums()
        state.me = Member(userID: 9, role: .moderator)
        _ = state.press(.function(5))
        let member = ReviewItem(id: 3, postID: nil, topicID: nil, forumID: nil, authorID: 4, text: "", status: .pending, score: 2,
                                flags: [ReviewFlag(userID: 5, reason: .offensive, note: "Грубит в личных сообщениях", createdAt: AppFixture.now, weight: 2)],
                                version: 1, createdAt: AppFixture.now.addingTimeInterval(-600))
        _ = AppUpdate.update(&state, .reviewQueueLoaded([member], names: [4: "Иван Кузнецов"]))
        #expect(render(state).lines[3].hasPrefix(">   2  [участник] Иван Кузнецов"))
        _ = state.press(.enter)
        let note = StaffNote(id: 1, userID: 4, authorID: 3, text: "Второе предупреждение за месяц", createdAt: AppFixture.now.addingTimeInterval(-3_600))
        _ = AppUpdate.update(&state, .reviewContextLoaded(itemID: 3, ReviewContext(topicTitle: nil, around: [], recent: [], history: [], notes: [note],
                                                                                     names: [4: "Иван Кузнецов", 3: "Марина Волкова", 5: "Анна Смирнова"])))
        let lines = render(state).lines.map { $0.trimmingTrailingSpaces() }
        #expect(lines[1].hasPrefix(" Модерация › [участник] Иван Кузнецов"))
        #expect(lines[2] == " Жалоба на участника")
        #expect(lines.contains("   Анна Смирнова: оскорбительно — Грубит в личных сообщениях"))
        #expect(lines.contains(" Заметки модераторов об авторе:") && lines.contains("   Марина Волкова, 11:00: Второе предупреждение за месяц"))
        #expect(state.press(.character("E")).isEmpty && state.notice == .moderation(.onlyForPosts))
        #expect(state.press(.character("M")).isEmpty && state.notice == .moderation(.onlyForPosts))
        _ = state.press(.character("T"))
        _ = AppUpdate.update(&state, .typed("Просил извинения, наблюдаем"))
        #expect(render(state).lines.contains { $0.hasPrefix(" Заметка для модераторов: Просил извинения, наблюдаем") })
        #expect(state.press(.enter) == [.write(.addStaffNote(userID: 4, text: "Просил извинения, наблюдаем")), .sync])
        #expect(state.notice == .moderation(.staffNoteQueued))
        guard case .reviewItem = state.stack.last else {
            Issue.record("the item stays open")
            return
        }
    }
}
