import Testing
import StaffroomTerminal

@Suite struct UntrustedTextTests {
    @Test func removesColourAndCursorSequences() {
        #expect(UntrustedText.clean("\u{1B}[31mred\u{1B}[0m \u{1B}[2J\u{1B}[H text") == "red  text")
    }

    @Test func removesOperatingSystemCommandsEndedByBellOrST() {
        #expect(UntrustedText.clean("a\u{1B}]0;pwned title\u{07}b") == "ab")
        #expect(UntrustedText.clean("a\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\b") == "alinkb")
        #expect(UntrustedText.clean("a\u{1B}P1;2|data\u{1B}\\b") == "ab")
    }

    @Test func removesEightBitControlSequences() {
        #expect(UntrustedText.clean("a\u{9B}31mb") == "ab")
        #expect(UntrustedText.clean("a\u{9D}0;title\u{9C}b") == "ab")
    }

    @Test func showsOtherControlCharactersAsVisiblePlaceholders() {
        #expect(UntrustedText.clean("bell\u{07}!") == "bell\u{2407}!")
        #expect(UntrustedText.clean("nul\u{00}") == "nul\u{2400}")
        #expect(UntrustedText.clean("del\u{7F}") == "del\u{2421}")
        #expect(UntrustedText.clean("c1\u{85}") == "c1\u{FFFD}")
    }

    @Test func dropsBidirectionalOverrides() {
        #expect(UntrustedText.clean("abc\u{202E}fed\u{202C}") == "abcfed")
        #expect(UntrustedText.clean("x\u{2066}y\u{2069}") == "xy")
    }

    @Test func normalisesLineEndsAndTabs() {
        #expect(UntrustedText.clean("one\r\ntwo\rthree\tfour") == "one\ntwo\nthree    four")
    }

    @Test func replacesInvalidUTF8() {
        let bytes: [UInt8] = [0x41, 0xFF, 0xD0, 0x96, 0xC3]
        #expect(UntrustedText.clean(bytes: bytes) == "A\u{FFFD}Ж\u{FFFD}")
    }

    @Test func leavesCleanTextAlone() {
        let text = "Ольга Петрова: «Читаем вслух» — 15 мин 😀 数学\nновая строка"
        #expect(UntrustedText.clean(text) == text)
    }

    @Test func singleLineTextHasNoLineBreaks() {
        #expect(UntrustedText.cleanLine("Тема\nс переводом\r\nстроки") == "Тема с переводом строки")
    }

    @Test func anEscapeAtTheEndOfTheTextIsDropped() {
        #expect(UntrustedText.clean("end\u{1B}") == "end")
        #expect(UntrustedText.clean("end\u{1B}[") == "end")
    }
}
