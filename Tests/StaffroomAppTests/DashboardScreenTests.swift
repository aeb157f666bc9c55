import Foundation
import Testing
import StaffroomProtocol
import StaffroomSync
import StaffroomTerminal
@testable import StaffroomApp

/// The Dashboard at 80×24 in both languages (sparklines and bars that read in monochrome), the
/// same figures as `staffroom stats` prints them, and as CSV.
@Suite struct DashboardScreenTests {
    static func at(_ day: Int, month: Int = 11) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar.date(from: DateComponents(year: 2026, month: month, day: day))!
    }

    static let pulse = NetworkPulse(
        generatedAt: AppFixture.now, weeks: [at(2), at(9), at(16), at(23)], members: 12, activeMembers: 9,
        schools: [SchoolPulse(school: "Школа № 12, Петрозаводск", members: 3, active: 3), SchoolPulse(school: "Гимназия № 3, Вологда", members: 2, active: 1),
                  SchoolPulse(school: "Harbourside Academy, Aberdeen", members: 2, active: 2)],
        forums: [ForumPulse(forumID: 1, title: "Чтение в начальной школе", topicsPerWeek: [1, 0, 2, 1], postsPerWeek: [4, 0, 9, 3]),
                 ForumPulse(forumID: 2, title: "Primary Maths Lab", topicsPerWeek: [0, 1, 0, 0], postsPerWeek: [0, 2, 1, 0]),
                 ForumPulse(forumID: nil, title: "Наставничество · Mentoring", topicsPerWeek: [0, 0, 1, 0], postsPerWeek: [0, 0, 1, 3])],
        questions: QuestionPulse(asked: 5, answered: 4, accepted: 2, medianSecondsToAnswer: 9_000),
        events: [EventMonthPulse(month: "2026-09", planned: 2, due: 2, held: 2), EventMonthPulse(month: "2026-10", planned: 4, due: 4, held: 3),
                 EventMonthPulse(month: "2026-11", planned: 5, due: 2, held: 1)],
        downloadsPerWeek: [3, 1, 0, 6], topResources: [ResourcePulse(resourceID: 4, title: "Читательский дневник, 3 класс", downloads: 5),
                                                       ResourcePulse(resourceID: 2, title: "Fractions with paper strips", downloads: 2)])

    static func dashboard(language: Language) -> AppState {
        var state = AppFixture.withForums(language: language)
        state.me = Member(userID: 3, role: .moderator)
        _ = state.press(.function(5))
        #expect(state.press(.character("p")) == [.loadPulse(weeks: 8)])
        _ = AppUpdate.update(&state, .pulseLoaded(pulse))
        return state
    }

    @Test func theDashboardInRussian() {
        var state = Self.dashboard(language: .russian)
        expectLines(render(state), [
            " Лента F6  Форумы F2  События F3  Библиотека F4  Люди F7  Модерация F5   Сеть ш…",
            " Модерация › Пульс сети",
            spread(" Пульс сети", "↑↓ листать  g обновить  Esc назад "),
            " Недель: 4, с 2 ноября 2026 · данные на 25 ноября 2026, 12:00",
            "",
            " Участники: активны 9 из 12 (75%) за 30 дней",
            "   Школа № 12, Петрозаводск               3/3  ████████████████████ 100%",
            "   Гимназия № 3, Вологда                  1/2  ██████████░░░░░░░░░░  50%",
            "   Harbourside Academy, Aberdeen          2/2  ████████████████████ 100%",
            "",
            " Форумы: сообщения по неделям, всего тем и сообщений",
            "   Чтение в начальной школе           ▅▁█▄  4 темы, 16 сообщений",
            "   Primary Maths Lab                  ▁█▅▁  1 тема, 3 сообщения",
            "   Наставничество · Mentoring         ▁▁▄█  1 тема, 4 сообщения",
            "",
            " Вопросы: задано 5, с ответом 4 (80%), принято 2",
            "   Медиана до первого ответа: 2 ч 30 мин",
            "",
            " События: запланировано / прошло / проведено (доля проведённых из прошедших)",
            "   Сентябрь 2026       2 / 2 / 2  ████████████████████ 100%",
            "   Октябрь 2026        4 / 4 / 3  ███████████████░░░░░  75%",
            "   Ноябрь 2026         5 / 2 / 1  ██████████░░░░░░░░░░  50%",
            "",
            spread(" anna.smirnova@127.0.0.1:8080 · ещё не синхронизировано", "Esc назад  ? клавиши "),
        ])
        _ = state.press(.pageDown)
        #expect(render(state).lines[19...22].map { $0.trimmingTrailingSpaces() } == [
            "", " Скачивания по неделям: ▅▃▁█  всего 10",
            "   Читательский дневник, 3 класс                                    5",
            "   Fractions with paper strips                                      2",
        ], "the last screen ends with the downloads")
        #expect(state.press(.character("g")) == [.loadPulse(weeks: 8)])
        _ = state.press(.escape)
        #expect(state.stack.isEmpty && state.screenKind == .moderation, "Esc goes back to the queue")
    }

    @Test func theDashboardInEnglish() {
        expectLines(render(Self.dashboard(language: .english)), [
            " Feed F6  Forums F2  Events F3  Library F4  People F7  Moderation F5   Сеть шко…",
            " Moderation › The network's pulse",
            spread(" The network's pulse", "↑↓ scroll  g again  Esc back "),
        ] + Self.englishText.split(separator: "\n", omittingEmptySubsequences: false).prefix(20).map { " " + $0 } + [
            spread(" anna.smirnova@127.0.0.1:8080 · not synced yet", "Esc back  ? keys "),
        ])
    }

    @Test func aPulseThatCannotBeReadSaysWhy() {
        var state = AppFixture.withForums(language: .english)
        state.me = Member(userID: 3, role: .moderator)
        _ = state.press(.function(5), .character("p"))
        _ = AppUpdate.update(&state, .pulseFailed(.server(status: 403, message: "Only the network's coordinators (moderators and admins) may read its pulse.")))
        let message = render(state).lines.map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty && $0.hasPrefix("The pulse") }
        #expect(message?.hasPrefix("The pulse could not be read: ") == true && message?.contains("coordinators") == true, "\(message ?? "")")
    }

    @Test func statsPrintsTheSameFigures() {
        #expect(NetworkPulseText.text(Self.pulse, language: .english, timeZone: TimeZone(identifier: "UTC")!) == Self.englishText)
    }

    @Test func theFiguresAsCSV() {
        let rows = NetworkPulseCSV.text(Self.pulse).components(separatedBy: "\r\n")
        #expect(rows.count == 52 + 1 && rows.last == "", "one row per figure, each ended by CRLF")
        #expect(Array(rows.prefix(4)) == ["figure,kind,name,period,value", "members,network,,2026-11-25,12",
                                          "active_members,network,,2026-10-26/2026-11-25,9",
                                          "members,school,\"Школа № 12, Петрозаводск\",2026-11-25,3"])
        #expect(rows.contains("posts,forum,Чтение в начальной школе,2026-11-16,9"))
        #expect(rows.contains("posts,mentoring,Наставничество · Mentoring,2026-11-23,3"))
        #expect(rows.contains("median_seconds_to_answer,network,,2026-11-02/2026-11-25,9000"))
        #expect(rows.contains("events_held,network,,2026-10,3") && rows.contains("downloads,network,,2026-11-23,6"))
        #expect(rows[51] == "downloads,resource,Fractions with paper strips,2026-11-02/2026-11-25,2")
        var tricky = Self.pulse
        tricky.forums = [ForumPulse(forumID: 9, title: "=HYPERLINK(\"x\")", topicsPerWeek: [0], postsPerWeek: [0])]
        tricky.weeks = [Self.at(23)]
        #expect(NetworkPulseCSV.text(tricky).contains("topics,forum,\"'=HYPERLINK(\"\"x\"\")\",2026-11-23,0"),
                "a title a spreadsheet would run is defused, and its quotes doubled")
    }

    static let englishText = """
        4 weeks from Nov 2, 2026 · figures as of Nov 25, 2026, 12:00

        Members: 9 of 12 active (75%) in 30 days
          Школа № 12, Петрозаводск               3/3  ████████████████████ 100%
          Гимназия № 3, Вологда                  1/2  ██████████░░░░░░░░░░  50%
          Harbourside Academy, Aberdeen          2/2  ████████████████████ 100%

        Forums: posts week by week, topics and posts in all
          Чтение в начальной школе           ▅▁█▄  4 topics, 16 posts
          Primary Maths Lab                  ▁█▅▁  1 topic, 3 posts
          Наставничество · Mentoring         ▁▁▄█  1 topic, 4 posts

        Questions: 5 asked, 4 answered (80%), 2 accepted
          Median time to a first answer: 2 h 30 min

        Events: planned / begun / held (the share held of those begun)
          September 2026      2 / 2 / 2  ████████████████████ 100%
          October 2026        4 / 4 / 3  ███████████████░░░░░  75%
          November 2026       5 / 2 / 1  ██████████░░░░░░░░░░  50%

        Downloads week by week: ▅▃▁█  10 in all
          Читательский дневник, 3 класс                                    5
          Fractions with paper strips                                      2

        """
}
