import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

/// The Events pane and an opened event, rendered into the in-memory grid and compared as text.
@Suite struct EventsScreenTests {
    private let agendaRows = [
        "Ср, 25 ноября",
        spread("> 15:30  Смысловое чтение на уроках окружающего мира", "иду"),
        "  17:30  Заседание МО начальных классов",
        "Пт, 27 ноября",
        spread("  14:00  Геометрия на клетчатой бумаге", "в очереди: 2-й"),
        "Пн, 30 ноября",
        spread("  16:00  Цифровые тренажёры для устного счёта", "мест нет"),
        "Чт, 3 декабря",
        spread("  05:00  Открытый урок: проектная неделя", "может быть (ждёт отправки)"),
        spread("  15:00  Безопасность в сети", "отменено"),
    ]

    @Test func below100ColumnsTheAgendaStandsAloneFromTheSelectedDay() {
        expectLines(render(EventsFixture.pane()), [
            spread(" Staffroom   Лента F6  Форумы F2  События F3  Библиотека F4  Люди F7", ""),
            spread(" События", "Ноябрь 2026 "),
        ] + agendaRows + Array(repeating: "", count: 11) + [
            spread(" anna.smirnova@127.0.0.1:8080 · ещё не синхронизировано", "? клавиши  q выход "),
        ])
    }

    @Test func wideTerminalsShowTheMonthBesideTheAgendaWeeksFromMondayInRussian() {
        let lines = render(EventsFixture.pane(columns: 120, rows: 30)).lines.map { $0.trimmingTrailingSpaces() }
        #expect(Array(lines[2...9]) == [
            " Ноябрь 2026                  │ Ср, 25 ноября",
            "  Пн  Вт  Ср  Чт  Пт  Сб  Вс  │   15:30  Смысловое чтение на уроках окружающего мира" + String(repeating: " ", count: 33) + "иду",
            "  26  27  28  29  30  31   1  │   17:30  Заседание МО начальных классов",
            "   2   3   4   5   6   7   8  │ Пт, 27 ноября",
            "   9  10  11  12  13  14  15  │   14:00  Геометрия на клетчатой бумаге" + String(repeating: " ", count: 36) + "в очереди: 2-й",
            "  16  17  18  19  20  21  22  │ Пн, 30 ноября",
            "  23  24  25² 26  27• 28  29  │   16:00  Цифровые тренажёры для устного счёта" + String(repeating: " ", count: 35) + "мест нет",
            "  30•  1   2   3   4   5   6  │ Чт, 3 декабря",
        ])
    }

    @Test func englishWeeksStartOnTheLocalesFirstWeekday() {
        let lines = render(EventsFixture.pane(columns: 120, rows: 30, language: .english, firstWeekday: 1)).lines
            .map { $0.trimmingTrailingSpaces() }
        #expect(lines[1].hasPrefix(" Events") && lines[1].hasSuffix("November 2026"))
        #expect(lines[3].hasPrefix("  Su  Mo  Tu  We  Th  Fr  Sa  │"))
        #expect(lines[4].hasPrefix("   1   2   3   4   5   6   7  │"))
        #expect(lines[7].hasPrefix("  22  23  24  25² 26  27• 28  │"))
        #expect(lines[2].hasSuffix("│ Wed, Nov 25") && lines[10].hasSuffix("maybe (not sent yet)"))
    }

    @Test func todayAndTheSelectedDayStandOutAndTheGridFocusMovesToTheList() {
        var state = EventsFixture.pane(columns: 120, rows: 30)
        let theme = ThemeLoader.builtIn("default")
        // 25 November is both today and the selected day: row 8, columns 9–11 of the grid.
        #expect(render(state)[10, 8].style == theme[.selection].with(.underline))
        #expect(render(state)[12, 8].style == theme[.link], "the count of the day's events")
        _ = AppUpdate.update(&state, .key(.enter))
        let afterEnter = render(state)
        #expect(afterEnter[10, 8].style.attributes.contains(.underline))
        #expect(afterEnter[10, 8].style != theme[.selection].with(.underline), "the grid no longer has the focus")
        #expect(afterEnter[32, 3].grapheme == ">" && afterEnter[33, 3].style == theme[.normal],
                "the arrow cursor marks the list's first event with > only")
        state.cursorStyle = .bar
        #expect(render(state)[33, 3].style == theme[.selection], "the bar cursor highlights the row")
    }

    @Test func anOpenedEventShowsItsFactsInTheUsersZoneAndTheOrganizersToo() {
        var state = EventsFixture.pane()
        for _ in 0..<4 { _ = AppUpdate.update(&state, .key(.down)) }
        _ = AppUpdate.update(&state, .key(.enter))
        expectLines(render(state), [
            spread(" Staffroom   Лента F6  Форумы F2  События F3  Библиотека F4  Люди F7", ""),
            spread(" События › Открытый урок: проектная неделя", "открытый урок "),
            " Открытый урок: проектная неделя",
            " открытый урок",
            " Когда: Чт, 3 декабря, 05:00–06:30",
            "   у организатора 10:00–11:30, Asia/Yekaterinburg",
            " Ведёт: Ольга Петрова",
            " Где: Гимназия № 3, актовый зал",
            " Для кого: математика · 5–7 классы",
            " Места: идут: 0, без ограничения",
            " Ваш ответ: может быть (ждёт отправки)",
            "",
            "  Разбор заданий с примерами.",
        ] + Array(repeating: "", count: 10) + [
            spread(" anna.smirnova@127.0.0.1:8080 · ещё не синхронизировано", "? клавиши  q выход "),
        ])
    }

    @Test func theHelpOverlayListsThePanesOwnKeys() {
        var state = EventsFixture.pane(columns: 120, rows: 30)
        state.showingHelp = true
        let text = render(state).lines.joined(separator: "\n")
        for expected in ["месяц назад / вперёд", "ответить: иду", "календарь со списком или только список", "F2", "выйти"] {
            #expect(text.contains(expected), "\(expected)")
        }
        #expect(!text.contains("вниз на строку"), "j does not move a line here")
    }
}

private extension Style {
    func with(_ attribute: TextAttributes) -> Style {
        var copy = self
        copy.attributes.insert(attribute)
        return copy
    }
}
