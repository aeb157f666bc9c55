import Foundation
import Testing
import StaffroomTerminal
@testable import StaffroomApp

/// `left` and `right` on one row of `width` columns, as a row drawn left- and right-aligned looks.
func spread(_ left: String, _ right: String, width: Int = 80) -> String {
    left + String(repeating: " ", count: max(0, width - DisplayWidth.of(left) - DisplayWidth.of(right))) + right
}

/// Whole screens rendered at 80×24 into the in-memory grid and compared as text.
@Suite struct ScreenRenderingTests {
    @Test func forumListInRussian() {
        var state = AppFixture.withForums()
        state.lastSyncAt = AppFixture.now.addingTimeInterval(-600)
        expectLines(render(state), [
            " Staffroom   Лента F6  Форумы F2  События F3  Библиотека F4  Люди F7   Сеть шко…",
            " Форумы",
            " Начальная школа",
            spread(">  Чтение в начальной школе — Планы уроков чтения", "11 тем · 2 непрочитанные "),
            spread("   Primary Maths Lab — Number sense", "11 тем "),
            " Наставничество",
            spread("   Первый год в школе", "1 тема · 1 непрочитанная "),
        ] + Array(repeating: "", count: 16) + [
            spread(" anna.smirnova@127.0.0.1:8080 · синхронизировано в 11:50", "? клавиши  q выход "),
        ])
    }

    @Test func forumListInEnglishWithTheAccountInTheStatusLine() {
        var state = AppFixture.withForums(columns: 100, language: .english)
        state.sync = .syncing(pages: 3, percent: nil)
        let lines = render(state).lines.map { $0.trimmingTrailingSpaces() }
        #expect(lines[0] == spread(" Staffroom   Feed F6  Forums F2  Events F3  Library F4  People F7", "Сеть школ «Перекрёсток»", width: 100))
        #expect(lines[3] == spread(">  Чтение в начальной школе — Планы уроков чтения", "11 topics · 2 unread ", width: 100)
            .trimmingTrailingSpaces())
        #expect(lines[6] == spread("   Первый год в школе", "1 topic · 1 unread ", width: 100).trimmingTrailingSpaces())
        #expect(lines[23] == spread(" anna.smirnova@127.0.0.1:8080 · syncing… 3 pages", "Enter open  r sync  ? keys  q quit ",
                                    width: 100).trimmingTrailingSpaces())
    }

    @Test func topicListWithColumnsAndUnreadMarks() {
        let state = AppFixture.withTopics([
            AppFixture.topic(1, "Ушинский «Слепая лошадь» в 3 классе: читать или подождать до 4-го?", posts: 1,
                             author: "Елена Соколова", hoursAgo: 2, unread: true),
            AppFixture.topic(2, "Дети, которые читают медленно", posts: 8, author: "Анна Смирнова", hoursAgo: 30),
            AppFixture.topic(3, "Reading records: what we keep", posts: 12, author: "Emily Clarke", hoursAgo: 24 * 40),
            AppFixture.topic(4, "Старая тема", posts: 2, hoursAgo: 24 * 400),
        ])
        let lines = render(state).lines.map { $0.trimmingTrailingSpaces() }
        #expect(Array(lines[1...6]) == [
            spread(" Форумы › Чтение в начальной школе", "4 темы ").trimmingTrailingSpaces(),
            "     Тема                                      Автор             Отв.  Последнее",
            ">  1 Ушинский «Слепая лошадь» в 3 классе: чит… Елена Соколова       0      10:00",
            "     Дети, которые читают медленно             Анна Смирнова        7      вчера",
            "     Reading records: what we keep             Emily Clarke        11     16 окт",
            "     Старая тема                               Ольга Петрова        1 21.10.2025",
        ])
    }

    @Test func threadWithHeadersQuotesAndPosition() {
        let posts = [
            AppFixture.post(1, author: "Анна Смирнова", body: "Коллеги, как вы проверяете технику чтения во 2 классе?", hoursAgo: 50),
            AppFixture.post(2, author: "Ольга Петрова",
                            body: "> как вы проверяете технику чтения\nТолько индивидуально:\n- незнакомый текст;\n- одна минута, без секундомера на виду.",
                            hoursAgo: 49),
        ]
        let state = AppFixture.withThread(posts)
        let lines = render(state).lines.map { $0.trimmingTrailingSpaces() }
        #expect(Array(lines[1...12]) == [
            spread(" Чтение в начальной школе › Дети, которые читают медленно", "сообщение 1 из 2 ").trimmingTrailingSpaces(),
            ">Анна Смирнова · 23 ноября 2026, 10:00",
            "  Коллеги, как вы проверяете технику чтения во 2 классе?",
            "",
            " Ольга Петрова · 23 ноября 2026, 11:00",
            "  > как вы проверяете технику чтения",
            "",
            "  Только индивидуально:",
            "",
            "  • незнакомый текст;",
            "  • одна минута, без секундомера на виду.",
            "",
        ])
        #expect(lines[23] == spread(" anna.smirnova@127.0.0.1:8080 · ещё не синхронизировано", "? клавиши  q выход ")
            .trimmingTrailingSpaces())
        var wide = state
        _ = AppUpdate.update(&wide, .resized(Size(columns: 120, rows: 24)))
        #expect(render(wide).lines[23].trimmingTrailingSpaces() == spread(
            " anna.smirnova@127.0.0.1:8080 · ещё не синхронизировано", "a ответить  n/p сообщения  Esc назад  ? клавиши  q выход ",
            width: 120).trimmingTrailingSpaces())
    }

    @Test func theArrowCursorMarksOneCellAndTheBarCursorTheWholeRow() {
        let theme = ThemeLoader.builtIn("default")
        var state = AppFixture.withTopics(AppFixture.topics(5))
        _ = state.press(.character("j"))
        let arrow = render(state, theme: theme)
        #expect(arrow[0, 4] == Cell(grapheme: ">", width: 1, style: theme[.selection]))
        #expect(arrow[5, 4].style == theme[.normal], "the rest of the row keeps its colours")
        #expect(arrow[0, 3].grapheme == " ")
        state.cursorStyle = .bar
        let bar = render(state, theme: theme)
        #expect((0..<80).allSatisfy { bar[$0, 4].style == theme[.selection] })
        #expect(bar[0, 4].grapheme == " ")
    }

    @Test func movingTheArrowCursorRewritesTwoCells() {
        let screen = MemoryScreen(size: Size(columns: 80, rows: 24))
        var state = AppFixture.withTopics(AppFixture.topics(30))
        screen.present(render(state))
        _ = state.press(.character("j"))
        screen.present(render(state))
        #expect(screen.cellsWrittenLastPresent == 2)
        state.cursorStyle = .bar
        screen.present(render(state))
        _ = state.press(.character("j"))
        screen.present(render(state))
        #expect(screen.cellsWrittenLastPresent == 160)
    }

    @Test func helpListsEveryKeyOfTheScreenFromTheKeymap() {
        for (state, screen) in [(AppFixture.withForums(language: .english), ScreenKind.forums),
                                (AppFixture.withThread(AppFixture.posts(3)), .thread)] {
            var state = state
            _ = state.press(.character("?"))
            let lines = render(state).lines
            for binding in Keymap.bindings {
                let description = String(binding.operation.description(state.language).prefix(12))
                let shown = lines.contains { $0.contains(binding.label + " ") && $0.contains(description) }
                #expect(shown == binding.applies(to: screen), "\(binding.label) on \(screen)")
            }
        }
        var compose = AppFixture.withThread(AppFixture.posts(1))
        _ = AppUpdate.update(&compose, .composeOpened(.reply(topicID: 1, topicTitle: "Тема"), nil, quote: nil, external: false))
        _ = compose.press(.function(1))
        let lines = render(compose).lines
        for key in Keymap.composeKeys {
            #expect(lines.contains { $0.contains(key.label) && $0.contains(key.description.text(.russian)) }, "\(key.label)")
        }
        #expect(render(AppFixture.withForums(language: .english)).lines.joined().contains("? keys"))
    }

    @Test func underFortyByTenOnlyOneLineAsksForMoreRoom() {
        for language in Language.allCases {
            let state = AppFixture.withForums(columns: 39, rows: 9, language: language)
            let lines = render(state).lines.map { $0.trimmingTrailingSpaces() }.filter { !$0.isEmpty }
            #expect(lines.count == 1)
            #expect(lines[0].contains("40×10"))
        }
        let fits = render(AppFixture.withForums(columns: 40, rows: 10)).lines.joined()
        #expect(fits.contains("Чтение в начальной"))
    }

    @Test func aSmallTerminalStillShowsTheSelectionAndStatus() {
        var state = AppFixture.withTopics(AppFixture.topics(30))
        state.size = Size(columns: 40, rows: 10)
        _ = AppUpdate.update(&state, .resized(Size(columns: 40, rows: 10)))
        _ = state.press(.character("G"))
        let lines = render(state).lines.map { $0.trimmingTrailingSpaces() }
        #expect(lines.count == 10)
        #expect(lines[8].hasPrefix(">    Тема 30"))
        #expect(lines[2] == "     Тема                      Последнее")
        #expect(lines[9].contains("? клавиши"))
    }
}

@Suite struct ScreenHelpTests {
    @Test func theSearchAndFlagScreensListTheirOwnKeys() {
        var search = AppFixture.withForums()
        _ = search.press(.character("/"), .function(1))
        let searchLines = render(search).lines
        for key in Keymap.searchKeys { #expect(searchLines.contains { $0.contains(key.label) && $0.contains(key.description.text(.russian)) }) }
        #expect(!searchLines.contains { $0.contains("k ↑") })
        var flag = AppFixture.withThread(AppFixture.posts(2))
        flag.me = Member(userID: 9, role: .teacher)
        _ = flag.press(.character("F"), .function(1))
        let flagLines = render(flag).lines
        for key in Keymap.flagKeys { #expect(flagLines.contains { $0.contains(key.label) && $0.contains(key.description.text(.russian)) }) }
    }
}
