import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

/// The Markdown subset as the thread draws it, in a 40-column screen.
@Suite struct MarkdownLayoutTests {
    private let theme = ThemeLoader.builtIn("default")

    private func screen(_ body: String, columns: Int = 40, rows: Int = 30) -> (AppState, CellGrid) {
        var state = AppFixture.withThread([AppFixture.post(1, body: body)], columns: columns, rows: rows)
        _ = AppUpdate.update(&state, .resized(Size(columns: columns, rows: rows)))
        return (state, render(state, theme: theme))
    }

    /// The post's text lines (below the header), trailing spaces trimmed.
    private func bodyLines(_ body: String, columns: Int = 40) -> [String] {
        let (_, grid) = screen(body, columns: columns)
        let lines = grid.lines.map { $0.trimmingTrailingSpaces() }
        return Array(lines[3...].prefix { !$0.hasPrefix(" anna") && !$0.contains("клавиши") })
            .reversed().drop { $0.isEmpty }.reversed()
    }

    @Test func paragraphsAreRewrappedToTheWidth() {
        #expect(bodyLines("Коллеги, план урока\nлитературного чтения во втором классе готов.\n\nВторой абзац.") == [
            "  Коллеги, план урока литературного",
            "  чтения во втором классе готов.",
            "",
            "  Второй абзац.",
        ])
    }

    @Test func quotesKeepTheirMarksAndNestedQuotesDouble() {
        #expect(bodyLines("> Ольга: читаем по ролям, по одной\n> странице\n>> и с паузами\n\nСогласна.") == [
            "  > Ольга: читаем по ролям, по одной",
            "  > странице",
            "",
            "  > > и с паузами",
            "",
            "  Согласна.",
        ])
    }

    @Test func listItemsWrapUnderTheirOwnText() {
        #expect(bodyLines("Шаги:\n1. Прочитать текст вслух и обсудить незнакомые слова\n2. Ответить на вопросы\n- пометка\n* ещё") == [
            "  Шаги:",
            "",
            "  1. Прочитать текст вслух и обсудить",
            "     незнакомые слова",
            "  2. Ответить на вопросы",
            "  • пометка",
            "  • ещё",
        ])
    }

    @Test func codeIsKeptAsWrittenAndLongLinesAreCutNotLost() {
        let body = "Команда:\n```\nsudo  apt install  tmux\nrsync -a /srv/staffroom/library/ backup:/srv/staffroom/library/\n```\n    indented  code"
        #expect(bodyLines(body) == [
            "  Команда:",
            "",
            "  sudo  apt install  tmux",
            "  rsync -a /srv/staffroom/library/ back",
            "  up:/srv/staffroom/library/",
            "",
            "  indented  code",
        ])
    }

    @Test func emphasisBecomesBoldAndUnderline() {
        let (_, grid) = screen("Это **важно** и *тоже* `код`, а snake_case_name и 2 * 3 * 4 — нет.", columns: 80)
        let row = grid.lines[3]
        func style(of word: String) -> Style {
            let column = DisplayWidth.of(row[..<row.range(of: word)!.lowerBound])
            return grid[column, 3].style
        }
        #expect(row.hasPrefix("  Это важно и тоже код, а snake_case_name"))
        #expect(style(of: "важно").attributes.contains(.bold))
        #expect(style(of: "тоже").attributes.contains(.underline))
        #expect(style(of: "код") == theme[.code])
        #expect(style(of: "snake") == theme[.normal])
        #expect(row.contains("2 * 3 * 4"))
    }

    @Test func linksAreNumberedAndListedUnderThePostAndShownByNumber() {
        let body = "См. [план урока](https://school12.example/plan.pdf) и https://example.org/a, а ещё (http://x.example)."
        var (state, grid) = screen(body)
        let lines = grid.lines.map { $0.trimmingTrailingSpaces() }
        #expect(lines[3] == "  См. план урока[1] и [2], а ещё ([3]).")
        #expect(Array(lines[5...7]) == ["  [1] https://school12.example/plan.pdf", "  [2] https://example.org/a",
                                        "  [3] http://x.example"])
        #expect(state.openThread?.layout.links == [["https://school12.example/plan.pdf", "https://example.org/a", "http://x.example"]])
        _ = state.press(.character("2"))
        #expect(state.shownLink == "[2] https://example.org/a")
        #expect(render(state).lines.contains { $0.contains("[2] https://example.org/a") && !$0.hasPrefix("  [2]") })
        _ = state.press(.character("j"))
        #expect(state.shownLink == nil, "any key closes it")
        #expect(state.press(.character("9")).isEmpty && state.shownLink == nil)
    }
}
