import Testing
import StaffroomTerminal

@Suite struct DisplayWidthTests {
    @Test func asciiAndCyrillicTakeOneColumnEach() {
        #expect(DisplayWidth.of("Staffroom") == 9)
        #expect(DisplayWidth.of("Учительская") == 11)
        #expect(DisplayWidth.of(Character("Ж")) == 1)
        #expect(DisplayWidth.of("ё") == 1)
    }

    @Test func cjkAndEmojiTakeTwoColumns() {
        #expect(DisplayWidth.of(Character("数")) == 2)
        #expect(DisplayWidth.of("欢迎来到") == 8)
        #expect(DisplayWidth.of(Character("😀")) == 2)
        #expect(DisplayWidth.of(Character("❤️")) == 1, "U+2764 is text-presentation by default, as wcwidth has it")
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("ｱ") == 1, "halfwidth katakana is narrow")
        #expect(DisplayWidth.of("Ａ") == 2, "fullwidth Latin is wide")
    }

    @Test func combiningMarksJoinTheirBaseCharacter() {
        let decomposed = "e\u{301}"
        #expect(decomposed.count == 1)
        #expect(DisplayWidth.of(decomposed) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
        #expect(DisplayWidth.of("и\u{306}") == 1, "и + combining breve is one column, like й")
    }

    @Test func controlAndFormatCharactersTakeNoColumns() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x07)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x9B)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x200B)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x200D)!) == 0)
    }
}
