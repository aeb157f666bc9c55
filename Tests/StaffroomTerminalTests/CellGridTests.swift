import Testing
import StaffroomTerminal

@Suite struct CellGridTests {
    @Test func drawsTextAndReportsTheNextColumn() {
        var grid = CellGrid(size: Size(columns: 10, rows: 2))
        let next = grid.draw("Урок", x: 1, y: 0, style: .plain)
        #expect(next == 5)
        expectLines(grid, [" Урок", ""])
    }

    @Test func wideCharactersOccupyTwoCells() {
        var grid = CellGrid(size: Size(columns: 6, rows: 1))
        grid.draw("数a学", x: 0, y: 0, style: .plain)
        #expect(grid[0, 0].width == 2)
        #expect(grid[1, 0].isContinuation)
        #expect(grid[2, 0].grapheme == "a")
        expectLines(grid, ["数a学"])
    }

    @Test func aWideCharacterThatDoesNotFitBecomesASpace() {
        var grid = CellGrid(size: Size(columns: 5, rows: 1))
        grid.draw("abcd数", x: 0, y: 0, style: .plain)
        expectLines(grid, ["abcd"])
        #expect(!grid[4, 0].isContinuation)
    }

    @Test func drawingIsClippedToTheGivenRectangle() {
        var grid = CellGrid(size: Size(columns: 10, rows: 3))
        grid.draw("Наставничество", x: 2, y: 1, style: .plain, clip: Rect(x: 2, y: 1, width: 5, height: 1))
        grid.draw("outside", x: 0, y: 5, style: .plain)
        expectLines(grid, ["", "  Наста", ""])
    }

    @Test func overwritingHalfOfAWideCharacterLeavesNoHalfGlyph() {
        var grid = CellGrid(size: Size(columns: 6, rows: 1))
        grid.draw("数学", x: 0, y: 0, style: .plain)
        grid.draw("x", x: 1, y: 0, style: .plain, clip: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(!grid[0, 0].isContinuation && grid[0, 0].width == 1, "the orphaned left half became a space")
        expectLines(grid, [" x学"])
    }

    @Test func controlCharactersAreDrawnAsReplacementCharacters() {
        var grid = CellGrid(size: Size(columns: 8, rows: 1))
        grid.draw("a\u{1B}b", x: 0, y: 0, style: .plain)
        expectLines(grid, ["a\u{FFFD}b"])
    }

    @Test func fillIsClippedToTheGrid() {
        var grid = CellGrid(size: Size(columns: 4, rows: 2))
        let bold = Style(attributes: .bold)
        grid.fill(Rect(x: -2, y: 1, width: 10, height: 5), style: bold)
        #expect(grid[3, 1].style == bold)
        #expect(grid[3, 0].style == .plain)
        #expect(grid.cells.count == 8)
    }
}
