import Testing
import StaffroomTerminal
@testable import StaffroomApp

@Suite struct TextEditorTests {
    private let width = 20, height = 4

    private func editor(_ text: String = "") -> TextEditor {
        var editor = TextEditor(text: text)
        editor.moveToEnd(width: width, height: height)
        return editor
    }

    private func render(_ editor: TextEditor) -> CellGrid {
        var grid = CellGrid(size: Size(columns: width, rows: height))
        TextEditorView.draw(editor, style: .plain, focused: true, into: &grid, area: grid.bounds)
        return grid
    }

    @Test func typingCyrillicAndWideCharactersWrapsAtWords() {
        var text = editor()
        text.insert("Уважаемые коллеги, 欢迎 всем!", width: width, height: height)
        #expect(text.text == "Уважаемые коллеги, 欢迎 всем!")
        expectLines(render(text), ["Уважаемые коллеги, ", "欢迎 всем!"])
        #expect(render(text).cursor == CellPosition(x: 10, y: 1))
    }

    @Test func pastedTextKeepsItsLinesAndTheCursorEndsAfterIt() {
        var text = editor("Начало  конец")
        for _ in 0..<5 { text.perform(.left, width: width, height: height) }
        text.insert("вставка\r\nвторая\tстрока\n", width: width, height: height)
        #expect(text.text == "Начало  вставка\nвторая    строка\nконец")
        #expect(text.line == 2 && text.column == 0)
    }

    @Test func backspaceAndDeleteJoinLines() {
        var text = editor("один\nдва")
        text.perform(.top, width: width, height: height)
        text.perform(.end, width: width, height: height)
        text.perform(.delete, width: width, height: height)
        #expect(text.text == "одиндва")
        text.perform(.right, width: width, height: height)
        text.perform(.backspace, width: width, height: height)
        #expect(text.text == "одинва")
    }

    @Test func upAndDownKeepTheColumnAcrossShortLines() {
        var text = editor("длинная строка\nкор\nещё одна строка")
        text.perform(.top, width: width, height: height)
        for _ in 0..<10 { text.perform(.right, width: width, height: height) }
        text.perform(.down, width: width, height: height)
        #expect((text.line, text.column) == (1, 3))
        text.perform(.down, width: width, height: height)
        #expect((text.line, text.column) == (2, 10))
    }

    @Test func upAndDownMoveByScreenRowsInsideAWrappedLine() {
        var text = editor("первое второе третье четвёртое пятое")
        text.perform(.top, width: width, height: height)
        text.perform(.down, width: width, height: height)
        #expect(text.line == 0 && text.column == 14, "the second row starts at «третье»")
        text.perform(.home, width: width, height: height)
        #expect(text.column == 14)
        text.perform(.up, width: width, height: height)
        #expect(text.column == 0)
    }

    @Test func wordsAreSkippedWithWordMovement() {
        var text = editor("План урока: чтение, вопросы")
        text.perform(.wordLeft, width: width, height: height)
        #expect(text.column == 20)
        text.perform(.wordLeft, width: width, height: height)
        text.perform(.wordLeft, width: width, height: height)
        #expect(text.column == 5)
        text.perform(.wordRight, width: width, height: height)
        #expect(text.column == 10)
    }

    @Test func undoRestoresTheStateBeforeTheLastEditAndRedoesOnSecondUse() {
        var text = editor("Текст")
        text.insert(" добавлен", width: width, height: height)
        text.insert(" и ещё", width: width, height: height)
        text.perform(.undo, width: width, height: height)
        #expect(text.text == "Текст", "one run of typing is one edit")
        text.perform(.undo, width: width, height: height)
        #expect(text.text == "Текст добавлен и ещё")
        text.perform(.left, width: width, height: height)
        text.perform(.backspace, width: width, height: height)
        text.perform(.backspace, width: width, height: height)
        text.perform(.undo, width: width, height: height)
        #expect(text.text == "Текст добавлен и ещё")
    }

    @Test func theViewScrollsToKeepTheCursorVisible() {
        var text = editor((1...10).map { "строка \($0)" }.joined(separator: "\n"))
        expectLines(render(text), ["строка 7", "строка 8", "строка 9", "строка 10"])
        #expect(render(text).cursor == CellPosition(x: 9, y: 3))
        text.perform(.pageUp, width: width, height: height)
        text.perform(.pageUp, width: width, height: height)
        #expect(text.line == 3)
        expectLines(render(text), ["строка 4", "строка 5", "строка 6", "строка 7"])
        text.perform(.top, width: width, height: height)
        expectLines(render(text), ["строка 1", "строка 2", "строка 3", "строка 4"])
        text.perform(.deleteToLineEnd, width: width, height: height)
        #expect(text.text.hasPrefix("\nстрока 2"))
    }

    @Test func aLongPasteIsOneEditAndStaysResponsive() {
        var text = editor()
        let paste = String(repeating: "Методическое объединение учителей. ", count: 3_000)
        text.insert(paste, width: 76, height: 20)
        #expect(text.text.count == paste.count)
        text.perform(.undo, width: 76, height: 20)
        #expect(text.text.isEmpty)
    }
}
