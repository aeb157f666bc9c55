import Foundation
import Testing
@testable import StaffroomApp

@Suite struct LocalizationTests {
    @Test(arguments: [(1, "1 ответ"), (2, "2 ответа"), (4, "4 ответа"), (5, "5 ответов"), (11, "11 ответов"),
                      (12, "12 ответов"), (14, "14 ответов"), (21, "21 ответ"), (22, "22 ответа"), (25, "25 ответов"),
                      (101, "101 ответ"), (111, "111 ответов"), (0, "0 ответов")])
    func russianPluralsFollowTheThreeForms(count: Int, expected: String) {
        #expect(Phrase.replyCount(count).text(.russian) == expected)
    }

    @Test func englishPluralsHaveTwoForms() {
        #expect(Phrase.replyCount(1).text(.english) == "1 reply")
        #expect(Phrase.replyCount(2).text(.english) == "2 replies")
        #expect(Phrase.topicCount(0).text(.english) == "0 topics")
        #expect(Phrase.topicCount(3).text(.russian) == "3 темы")
        #expect(Phrase.unreadCount(1).text(.russian) == "1 непрочитанная")
    }

    @Test func theLanguageComesFromTheEnvironmentInPosixOrder() {
        #expect(Language.fromEnvironment(["LANG": "ru_RU.UTF-8"]) == .russian)
        #expect(Language.fromEnvironment(["LANG": "ru_RU.UTF-8", "LC_ALL": "en_GB.UTF-8"]) == .english)
        #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8", "LC_MESSAGES": "ru_RU"]) == .russian)
        #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .english)
        #expect(Language.fromEnvironment([:]) == .english)
        #expect(Language(code: "RU") == .russian)
        #expect(Language(code: "de") == nil)
    }

    @Test func datesFollowTheLanguage() {
        let utc = TimeZone(identifier: "UTC")!
        let now = AppFixture.now
        let ru = DateText(language: .russian, timeZone: utc), en = DateText(language: .english, timeZone: utc)
        let morning = now.addingTimeInterval(-3 * 3600)
        #expect(ru.short(morning, now: now) == "09:00")
        #expect(ru.short(now.addingTimeInterval(-86_400), now: now) == "вчера")
        #expect(en.short(now.addingTimeInterval(-86_400), now: now) == "yesterday")
        #expect(ru.short(now.addingTimeInterval(-20 * 86_400), now: now) == "5 ноя")
        #expect(en.short(now.addingTimeInterval(-20 * 86_400), now: now) == "Nov 5")
        #expect(ru.short(now.addingTimeInterval(-400 * 86_400), now: now) == "21.10.2025")
        #expect(en.short(now.addingTimeInterval(-400 * 86_400), now: now) == "Oct 21, 2025")
        #expect(ru.full(morning) == "25 ноября 2026, 09:00")
        #expect(en.full(morning) == "Nov 25, 2026, 09:00")
        let vladivostok = DateText(language: .russian, timeZone: TimeZone(identifier: "Asia/Vladivostok")!)
        #expect(vladivostok.full(morning) == "25 ноября 2026, 19:00")
    }

    @Test func everyPhraseDiffersBetweenLanguagesWhereItShould() {
        let phrases: [Phrase] = [.forumsPane, .loading, .noForumsYet, .noTopicsYet, .emptyThread, .helpTitle, .helpClose,
                                 .neverSynced, .sessionExpired, .notLoggedIn, .diskFull, .hintQuit, .columnAuthor]
        for phrase in phrases {
            #expect(phrase.text(.english) != phrase.text(.russian), "\(phrase)")
        }
        for operation in Operation.allCases {
            #expect(operation.description(.english) != operation.description(.russian))
        }
    }
}
