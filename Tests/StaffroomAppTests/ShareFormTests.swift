import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

/// The form that shares a resource: its fields at 80×24, choices, problems beside their fields,
/// sending, and the draft it is kept as.
@Suite struct ShareFormTests {
    private static func form() -> AppState {
        var state = LibraryFixture.pane()
        #expect(AppUpdate.update(&state, .key(.character("a"))) == [.loadDrafts])
        return state
    }

    private static func shareForm(_ state: AppState) -> ShareFormState? {
        if case .shareForm(let form) = state.stack.last { form } else { nil }
    }

    @Test func theFormAt80x24() {
        var state = Self.form()
        _ = AppUpdate.update(&state, .typed("Дроби на пицце"))
        expectLines(render(state), [
            " Staffroom   Лента F6  Форумы F2  События F3  Библиотека F4  Люди F7   Сеть шко…",
            " Библиотека › Поделиться материалом",
            " Tab поле  ←→ выбор  ^S отправить  Esc в черновики",
            "  Название    Дроби на пицце",
            "  Тип         план урока",
            "  Файлы       пути к файлам через ;  (~/уроки/план.pdf; ~/уроки/лист.docx)",
            "  Ссылка      https://… (для ссылки или вместе с файлами)",
            "  Предметы    через запятую: математика, информатика",
            "  Классы      5-6, 8 (пусто: любые)",
            "  Язык        ru",
            "  Лицензия    CC BY 4.0",
            "  Обсуждение  Чтение в начальной школе",
            "  Описание    что это и как с этим работать",
        ] + Array(repeating: "", count: 10) + [
            " anna.smirnova@127.0.0.1:8080 · ещё не синхронизировано",
        ])
    }

    @Test func choicesTurnWithTheArrowsAndProblemsStandBesideTheirFields() {
        var state = Self.form()
        _ = AppUpdate.update(&state, .key(.tab))
        _ = AppUpdate.update(&state, .key(.right))
        #expect(Self.shareForm(state)?.type == .worksheet)
        for _ in 0..<7 { _ = AppUpdate.update(&state, .key(.tab)) }
        _ = AppUpdate.update(&state, .key(.left))
        #expect(Self.shareForm(state)?.forumID == nil, "before the first forum: no discussion")
        #expect(render(state).lines[11].hasPrefix("  Обсуждение  ‹ без обсуждения ›"))
        #expect(AppUpdate.update(&state, .key(.control("s"))).isEmpty)
        #expect(render(state).lines[3].hasPrefix(" !Название"))
        #expect(state.notice == .shareForm(.fixFields(1, first: "нужно название")))
        _ = AppUpdate.update(&state, .typed("Карточки"))
        for _ in 0..<5 { _ = AppUpdate.update(&state, .key(.tab)) }
        _ = AppUpdate.update(&state, .typed("5-x"))
        _ = AppUpdate.update(&state, .key(.control("s")))
        #expect(render(state).lines[8].contains("классы — числа и диапазоны: 5-6, 8"))
        for _ in 0..<3 { _ = AppUpdate.update(&state, .key(.backspace)) }
        _ = AppUpdate.update(&state, .key(.control("s")))
        #expect(state.notice == .shareForm(.fixFields(1, first: "нужен хотя бы один файл или ссылка")))
    }

    @Test func sendingReadsTheFilesThenClosesOrShowsWhatIsWrong() {
        var state = Self.form()
        _ = AppUpdate.update(&state, .typed("Карточки"))
        _ = AppUpdate.update(&state, .key(.tab))
        _ = AppUpdate.update(&state, .key(.tab))
        _ = AppUpdate.update(&state, .typed("~/уроки/карточки.pdf; ~/уроки/ответы.pdf\r"))
        #expect(Self.shareForm(state)?.focus == .link, "Enter moves on")
        let draft = ResourceDraft(title: "Карточки", type: .lessonPlan, language: "ru", forumID: 1)
        #expect(AppUpdate.update(&state, .key(.control("s"))) == [.share(draft, paths: ["~/уроки/карточки.pdf", "~/уроки/ответы.pdf"])])
        #expect(AppUpdate.update(&state, .typed("x")).isEmpty, "nothing changes while the files are read")
        _ = AppUpdate.update(&state, .shareRefused(.file(.missing("~/уроки/ответы.pdf"))))
        #expect(Self.shareForm(state)?.focus == .files && Self.shareForm(state)?.sending == false)
        #expect(render(state).lines[5].hasPrefix(" !Файлы       ~/уроки/карточки.pdf; ~/уроки/ответы.pdf  нет файла ~/уроки/отве…"))
        _ = AppUpdate.update(&state, .key(.control("s")))
        _ = AppUpdate.update(&state, .shareQueued(title: "Карточки"))
        #expect(state.stack.isEmpty && state.notice == .shareForm(.queued("Карточки")))
    }

    @Test func leavingKeepsADraftThatTheNextFormOpensWith() {
        var state = Self.form()
        _ = AppUpdate.update(&state, .typed("Незаконченный материал"))
        let effects = AppUpdate.update(&state, .key(.escape))
        guard case .saveDraft(let draft) = effects.first, effects.count == 1 else {
            Issue.record("Esc saves the draft: \(effects)")
            return
        }
        #expect(draft.kind == .resource && draft.title == "Незаконченный материал")
        #expect(state.stack.isEmpty && state.notice == .draftSaved)
        _ = AppUpdate.update(&state, .key(.character("a")))
        _ = AppUpdate.update(&state, .draftsLoaded([draft]))
        #expect(Self.shareForm(state)?.text(.title) == "Незаконченный материал")
    }
}
