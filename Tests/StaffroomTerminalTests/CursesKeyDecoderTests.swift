import CNcursesw
import Testing
import StaffroomTerminal

@Suite struct CursesKeyDecoderTests {
    @Test func decodesCursesKeyCodes() {
        #expect(CursesKeyDecoder.decode(isKeyCode: true, value: UInt32(KEY_UP)) == .up)
        #expect(CursesKeyDecoder.decode(isKeyCode: true, value: UInt32(KEY_NPAGE)) == .pageDown)
        #expect(CursesKeyDecoder.decode(isKeyCode: true, value: UInt32(KEY_PPAGE)) == .pageUp)
        #expect(CursesKeyDecoder.decode(isKeyCode: true, value: UInt32(KEY_HOME)) == .home)
        #expect(CursesKeyDecoder.decode(isKeyCode: true, value: UInt32(KEY_END)) == .end)
        #expect(CursesKeyDecoder.decode(isKeyCode: true, value: UInt32(KEY_BACKSPACE)) == .backspace)
        #expect(CursesKeyDecoder.decode(isKeyCode: true, value: UInt32(KEY_BTAB)) == .backTab)
        #expect(CursesKeyDecoder.decode(isKeyCode: true, value: UInt32(KEY_F0 + 1)) == .function(1))
        #expect(CursesKeyDecoder.decode(isKeyCode: true, value: UInt32(KEY_MOUSE)) == nil)
    }

    @Test func decodesCharactersIncludingCyrillic() {
        #expect(CursesKeyDecoder.decode(isKeyCode: false, value: 0x6A) == .character("j"))
        #expect(CursesKeyDecoder.decode(isKeyCode: false, value: 0x436) == .character("ж"))
        #expect(CursesKeyDecoder.decode(isKeyCode: false, value: 0x1F600) == .character("😀"))
    }

    @Test func decodesControlCharacters() {
        #expect(CursesKeyDecoder.decode(isKeyCode: false, value: 0x0D) == .enter)
        #expect(CursesKeyDecoder.decode(isKeyCode: false, value: 0x09) == .tab)
        #expect(CursesKeyDecoder.decode(isKeyCode: false, value: 0x1B) == .escape)
        #expect(CursesKeyDecoder.decode(isKeyCode: false, value: 0x7F) == .backspace)
        #expect(CursesKeyDecoder.decode(isKeyCode: false, value: 0x03) == .control("c"))
        #expect(CursesKeyDecoder.decode(isKeyCode: false, value: 0x0C) == .control("l"))
    }
}
