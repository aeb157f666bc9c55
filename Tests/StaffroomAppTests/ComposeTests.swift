import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

@Suite struct ComposeTests {
    private let reply = ComposeState.Purpose.reply(topicID: 1, topicTitle: "Дети, которые читают медленно")

    private func composing(_ draft: Draft? = nil, quote: String? = nil) -> AppState {
        var state = AppFixture.withThread(AppFixture.posts(3))
        _ = AppUpdate.update(&state, .composeOpened(reply, draft, quote: quote, external: false))
        return state
    }

    private var compose: (AppState) -> ComposeState? = { state in
        if case .compose(let compose) = state.stack.last { return compose }
        return nil
    }

    @Test func replyKeysInAThreadOpenTheComposeScreenWithItsDraft() {
        var state = AppFixture.withThread(AppFixture.posts(3))
        #expect(state.press(.character("a")) == [.openCompose(reply, quote: nil, external: false)])
        #expect(state.press(.character("E")) == [.openCompose(reply, quote: nil, external: true)])
        let quoted = state.press(.character("Q"))
        #expect(quoted == [.openCompose(reply, quote: "> Анна Смирнова:\n> - Абзац 1 сообщения 1.\n> - Абзац 2 сообщения 1.\n"
                                        + "> - Абзац 3 сообщения 1.\n> - Абзац 4 сообщения 1.\n> - Абзац 5 сообщения 1.\n\n", external: false)])
        let draft = Draft(kind: .reply, targetID: 1, context: "Тема", body: "Начатый ответ", updatedAt: AppFixture.now)
        let resumed = composing(draft, quote: "> Ольга:\n> цитата\n\n")
        #expect(compose(resumed)?.body.text == "Начатый ответ\n\n> Ольга:\n> цитата\n\n")
        #expect(render(resumed).lines[1].contains("Ответ в теме «Дети, которые читают медленно»"))
    }

    @Test func typingSavesTheDraftAndTheTextIsDrawn() {
        var state = composing()
        let effects = state.press(.character("Ж"), .character("у"))
        #expect(effects.count == 2)
        guard case .saveDraft(let draft) = effects.last else { Issue.record("no draft saved"); return }
        #expect(draft.body == "Жу" && draft.kind == .reply && draft.targetID == 1)
        let grid = render(state)
        #expect(grid.lines[2].hasPrefix("  Жу"))
        #expect(grid.cursor == CellPosition(x: 4, y: 2))
        #expect(AppUpdate.update(&state, .typed("бр\nстрока")).count == 1)
        #expect(compose(state)?.body.text == "Жубр\nстрока")
    }

    @Test func sendingQueuesTheWriteForgetsTheDraftAndSyncs() {
        var state = composing()
        #expect(state.press(.control("s")).isEmpty)
        #expect(compose(state)?.problem == .composeProblem(.emptyBody))
        #expect(render(state).lines[22].contains("пустое сообщение не отправить"))
        _ = AppUpdate.update(&state, .typed("Спасибо за план урока!"))
        let effects = state.press(.control("s"))
        #expect(effects == [.send(.reply(topicID: 1, body: "Спасибо за план урока!"), draftKind: .reply, draftTarget: 1), .sync])
        #expect(state.openThread != nil, "back in the thread")
        #expect(state.notice == .queued)
    }

    @Test func leavingKeepsTheDraftAndSaysSo() {
        var state = composing()
        _ = AppUpdate.update(&state, .typed("Недописанный ответ"))
        let effects = state.press(.escape)
        guard case .saveDraft(let draft) = effects.first else { Issue.record("no draft saved"); return }
        #expect(draft.body == "Недописанный ответ")
        #expect(state.notice == .draftSaved)
        #expect(state.openThread != nil)
    }

    @Test func quittingOrHangingUpSavesTheOpenDraft() {
        var state = composing()
        _ = AppUpdate.update(&state, .typed("Текст перед обрывом связи"))
        let effects = AppUpdate.update(&state, .quitRequested)
        #expect(effects.contains { if case .saveDraft(let draft) = $0 { draft.body == "Текст перед обрывом связи" } else { false } })
        #expect(effects.last == .quit)
        var typing = composing()
        #expect(typing.press(.character("q")).count == 1, "q types a letter in the editor")
        #expect(!typing.quitting)
    }

    @Test func aNewTopicNeedsATitleAndTabMovesBetweenTheFields() {
        var state = AppFixture.withTopics(AppFixture.topics(3))
        let purpose = ComposeState.Purpose.newTopic(forumID: 1, forumTitle: "Чтение в начальной школе")
        #expect(state.press(.character("w")) == [.openCompose(purpose, quote: nil, external: false)])
        _ = AppUpdate.update(&state, .composeOpened(purpose, nil, quote: nil, external: false))
        _ = AppUpdate.update(&state, .typed("Открытый урок"))
        _ = state.press(.tab)
        _ = AppUpdate.update(&state, .typed("Приглашаю на урок в четверг."))
        #expect(render(state).lines[2].hasPrefix(" Название: Открытый урок"))
        #expect(state.press(.control("s")).first == .send(.createTopic(forumID: 1, title: "Открытый урок",
                                                                       body: "Приглашаю на урок в четверг."),
                                                          draftKind: .newTopic, draftTarget: 1))
        var untitled = AppFixture.withTopics(AppFixture.topics(3))
        _ = AppUpdate.update(&untitled, .composeOpened(purpose, nil, quote: nil, external: false))
        _ = untitled.press(.tab)
        _ = AppUpdate.update(&untitled, .typed("Текст без названия"))
        #expect(untitled.press(.control("s")).isEmpty)
        #expect(compose(untitled)?.problem == .composeProblem(.emptyTitle))
    }

    @Test func previewShowsTheTextAsTheThreadWill() {
        var state = composing()
        _ = AppUpdate.update(&state, .typed("> цитата\nОтвет:\n- первое\n- второе"))
        _ = state.press(.control("p"))
        let lines = render(state).lines.map { $0.trimmingTrailingSpaces() }
        #expect(Array(lines[2...7]) == ["  > цитата", "", "  Ответ:", "", "  • первое", "  • второе"])
        #expect(lines[1].hasSuffix("Просмотр"))
        _ = state.press(.escape)
        #expect(compose(state)?.previewing == false)
    }

    @Test func theExternalEditorsTextReplacesTheBodyAndCanBeUndone() {
        var state = composing()
        _ = AppUpdate.update(&state, .typed("черновик"))
        #expect(state.press(.control("e")) == [.editExternally("черновик")])
        let effects = AppUpdate.update(&state, .externalEditFinished("ЧЕРНОВИК из vi"))
        #expect(compose(state)?.body.text == "ЧЕРНОВИК из vi")
        #expect(effects.count == 1)
        _ = state.press(.control("z"))
        #expect(compose(state)?.body.text == "черновик")
        _ = AppUpdate.update(&state, .externalEditFailed("vi exited with status 1"))
        #expect(render(state).lines[23].contains("внешний редактор: vi exited with status 1; текст не изменён"))
    }

    @Test func pastesArriveAsOneActionAndOnlyTheLastDraftSaveRuns() {
        let events: [TerminalEvent] = [.key(.character("а")), .key(.character("б")), .key(.enter), .key(.character("в")),
                                       .key(.up), .key(.character("j"))]
        #expect(AppRuntime.actions(from: events) == [.typed("аб\nв"), .key(.up), .key(.character("j"))])
        let first = Draft(kind: .reply, targetID: 1, context: "", body: "а", updatedAt: AppFixture.now)
        let second = Draft(kind: .reply, targetID: 1, context: "", body: "аб", updatedAt: AppFixture.now)
        let other = Draft(kind: .reply, targetID: 2, context: "", body: "x", updatedAt: AppFixture.now)
        #expect(AppRuntime.coalesced([.saveDraft(first), .sync, .saveDraft(other), .saveDraft(second)])
                == [.sync, .saveDraft(other), .saveDraft(second)])
    }
}

@Suite struct DraftAndOutboxListTests {
    @Test func draftsAreResumedOrDiscardedAfterASecondPress() {
        var state = AppFixture.withForums()
        #expect(state.press(.character("d")) == [.loadDrafts])
        let draft = Draft(kind: .newTopic, targetID: 2, context: "Primary Maths Lab", title: "Bar models", body: "…",
                          updatedAt: AppFixture.now)
        _ = AppUpdate.update(&state, .draftsLoaded([draft]))
        #expect(render(state).lines[3].contains("новая тема · Primary Maths Lab · Bar models"))
        #expect(state.press(.character("x")).isEmpty)
        #expect(state.notice == .pressAgainToDiscard)
        #expect(state.press(.character("x")) == [.deleteDraft(kind: .newTopic, targetID: 2)])
        #expect(state.press(.enter) == [.openCompose(.newTopic(forumID: 2, forumTitle: "Primary Maths Lab"), quote: nil, external: false)])
    }

    @Test func aNotSentWriteIsEditedAndResentOrSavedToAFile() {
        var state = AppFixture.withForums()
        _ = state.press(.character("o"))
        let item = OutboxItem(id: 9, sequence: 4, clientID: "c", action: .reply(topicID: 5, body: "Мой ответ"),
                              authorName: "Анна", createdAt: AppFixture.now, state: .notSent, code: .topicLocked,
                              message: "The topic was locked.")
        _ = AppUpdate.update(&state, .outboxLoaded([OutboxEntry(item: item, context: "Закрытая тема")]))
        #expect(render(state).lines[3].contains("не отправлено · Закрытая тема · Мой ответ — The topic was locked."))
        #expect(render(state).lines[23].contains("не отправлено: 1"))
        #expect(state.press(.character("s")) == [.copyOut(item)])
        _ = state.press(.enter)
        guard case .compose(let compose) = state.stack.last else { Issue.record("no compose"); return }
        #expect(compose.body.text == "Мой ответ" && compose.replacesNotSent == 9)
        #expect(state.press(.control("s")) == [.send(.reply(topicID: 5, body: "Мой ответ"), draftKind: .reply, draftTarget: 5),
                                               .discardNotSent(id: 9), .sync])
    }
}

@Suite struct ExternalEditorTests {
    @Test func theEditorChangesTheTextThroughAPrivateFile() throws {
        let folder = NSTemporaryDirectory() + "staffroom-editor-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let editor = ExternalEditor(environment: ["EDITOR": "sed -i s/черновик/ЧЕРНОВИК/", "TMPDIR": folder])
        #expect(try editor.edit("это черновик\nвторая строка") == "это ЧЕРНОВИК\nвторая строка")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "the temporary file is removed")
        let visual = ExternalEditor(environment: ["VISUAL": "sed -i s/a/b/", "EDITOR": "false", "TMPDIR": folder])
        #expect(try visual.edit("a") == "b", "VISUAL comes first")
        let failing = ExternalEditor(environment: ["EDITOR": "false", "TMPDIR": folder])
        #expect(throws: ExternalEditor.Failure.self) { try failing.edit("текст") }
    }
}
