import Foundation
import Testing
import StaffroomTerminal

@Suite struct TextLayoutTests {
    @Test func wrapsAtSpacesByDisplayWidth() {
        let lines = TextLayout.wrap("Читаем рассказ Толстого «Филиппок» вместе с классом", width: 20)
        #expect(lines == ["Читаем рассказ", "Толстого «Филиппок»", "вместе с классом"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
    }

    @Test func keepsLineBreaksAndBlankLines() {
        #expect(TextLayout.wrap("one\n\ntwo", width: 10) == ["one", "", "two"])
    }

    @Test func breaksAWordLongerThanTheWidth() {
        let lines = TextLayout.wrap("see /srv/staffroom/library/reading/grade-2/audio.mp3 now", width: 16)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 16 })
        #expect(lines.joined().replacingOccurrences(of: " ", with: "")
                == "see/srv/staffroom/library/reading/grade-2/audio.mp3now")
    }

    @Test func neverSplitsAWideCharacterAcrossTheEdge() {
        let lines = TextLayout.wrap("欢迎来到我们的学校", width: 5)
        #expect(lines == ["欢迎", "来到", "我们", "的学", "校"])
    }

    @Test func aTenThousandCharacterWordWrapsIntoFullLines() {
        let word = String(repeating: "ж", count: 10_000)
        let lines = TextLayout.wrap(word, width: 77)
        #expect(lines.count == 130)
        #expect(lines.dropLast().allSatisfy { $0.count == 77 })
    }

    @Test func aMegabytePostWrapsWithEveryLineInsideTheWidth() {
        let paragraph = String(repeating: "Методическое объединение учителей начальных классов. ", count: 20)
        let text = Array(repeating: paragraph, count: 1_000).joined(separator: "\n")
        #expect(text.utf8.count > 1_000_000)
        let lines = TextLayout.wrap(text, width: 60)
        #expect(lines.count > 18_000)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 })
    }

    @Test func truncatesWithAnEllipsisByWidth() {
        #expect(TextLayout.truncate("Подготовка к олимпиадам", width: 10) == "Подготовк…")
        #expect(TextLayout.truncate("short", width: 10) == "short")
        #expect(TextLayout.truncate("数学课程", width: 5) == "数学…")
        #expect(DisplayWidth.of(TextLayout.truncate("数学课程", width: 6)) <= 6)
        #expect(TextLayout.truncate("abc", width: 0) == "")
    }
}
