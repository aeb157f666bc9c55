import Testing
@testable import StaffroomTerminal

@Suite struct PasswordLineTests {
    private func type(_ bytes: [UInt8]) -> (PasswordLine, PasswordLine.Outcome) {
        var line = PasswordLine()
        var outcome = PasswordLine.Outcome.continue
        for byte in bytes {
            outcome = line.accept(byte)
            if outcome != .continue { break }
        }
        return (line, outcome)
    }

    @Test func enterFinishesAndBackspaceRemovesWholeCharacters() {
        let (line, outcome) = type(Array("пароль1".utf8) + [0x7F, 0x7F] + Array("ж".utf8) + [0x0D])
        #expect(outcome == .done)
        #expect(line.text == "паролж")
    }

    @Test func ctrlCCancelsAndCtrlUClears() {
        #expect(type(Array("secret".utf8) + [0x03]).1 == .cancelled)
        #expect(type([0x04]).1 == .cancelled)
        let (cleared, outcome) = type(Array("oops".utf8) + [0x15] + Array("ok".utf8) + [0x0A])
        #expect(outcome == .done && cleared.text == "ok")
    }
}
