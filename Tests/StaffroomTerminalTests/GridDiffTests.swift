import Testing
import StaffroomTerminal

@Suite struct GridDiffTests {
    @Test func anUnchangedGridWritesNothing() {
        var grid = CellGrid(size: Size(columns: 20, rows: 5))
        grid.draw("Форумы", x: 0, y: 0, style: .plain)
        #expect(GridDiff.changes(from: grid, to: grid).isEmpty)
    }

    @Test func movingTheSelectionWritesOnlyTheTwoRowsThatChanged() {
        let selected = Style(attributes: .reverse)
        var before = CellGrid(size: Size(columns: 20, rows: 5))
        before.draw("one", x: 0, y: 1, style: selected)
        before.draw("two", x: 0, y: 2, style: .plain)
        var after = CellGrid(size: Size(columns: 20, rows: 5))
        after.draw("one", x: 0, y: 1, style: .plain)
        after.draw("two", x: 0, y: 2, style: selected)
        let changes = GridDiff.changes(from: before, to: after)
        #expect(changes.count == 6)
        #expect(Set(changes.map(\.y)) == [1, 2])
    }

    @Test func continuationCellsAreNeverWritten() {
        var grid = CellGrid(size: Size(columns: 4, rows: 1))
        grid.draw("数学", x: 0, y: 0, style: .plain)
        let changes = GridDiff.changes(from: nil, to: grid)
        #expect(changes.map(\.x) == [0, 2])
    }

    @Test func aResizedGridIsWrittenWhole() {
        let small = CellGrid(size: Size(columns: 3, rows: 2))
        let large = CellGrid(size: Size(columns: 4, rows: 2))
        #expect(GridDiff.changes(from: small, to: large).count == 8)
    }

    @Test func theMemoryScreenCountsWrittenCells() {
        let screen = MemoryScreen(size: Size(columns: 10, rows: 2))
        var grid = CellGrid(size: screen.size)
        grid.draw("abc", x: 0, y: 0, style: .plain)
        screen.present(grid)
        #expect(screen.cellsWrittenLastPresent == 20)
        grid.draw("x", x: 5, y: 1, style: .plain)
        screen.present(grid)
        #expect(screen.cellsWrittenLastPresent == 1)
        #expect(screen.text == ["abc", "     x"])
    }
}

@Suite struct GridTextComparisonTests {
    @Test func reportsTheRowAndColumnWhereTextDiffers() {
        var grid = CellGrid(size: Size(columns: 10, rows: 2))
        grid.draw("Урок 1", x: 0, y: 0, style: .plain)
        #expect(grid.textDifferences(from: ["Урок 1"]).isEmpty)
        #expect(grid.textDifferences(from: ["Урок 2", "x"]) == [
            "row 0, from column 5:\n  expected: Урок 2\n  actual:   Урок 1",
            "row 1, from column 0:\n  expected: x\n  actual:   ",
        ])
    }
}
