/// A screen's worth of cells that views draw into, stored as one flat row-major array.
/// Drawing never writes outside the grid or outside the clip rectangle it is given, and never
/// splits a wide grapheme: one that would not fit is replaced by spaces.
public struct CellGrid: Equatable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal's own cursor should stand (an editor's insertion point); nil hides it.
    public var cursor: CellPosition?

    /// A grid of `size` filled with blank cells.
    public init(size: Size, fill: Style = .plain) {
        self.size = size
        self.cells = Array(repeating: .blank(fill), count: size.columns * size.rows)
    }

    /// The whole grid as a rectangle.
    public var bounds: Rect { Rect(size: size) }

    /// The cell at column `x`, row `y`.
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.columns + x] }
        set { cells[y * size.columns + x] = newValue }
    }

    /// Fills `rect` (clipped to the grid) with blank cells in `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        let area = clip(rect)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            let start = y * size.columns
            for x in area.x..<area.maxX { cells[start + x] = .blank(style) }
        }
        repairWideEdges(rows: area.y..<area.maxY, columns: [area.x, area.maxX])
    }

    /// Draws `text` on one row starting at (`x`, `y`), clipped to `clip` and the grid.
    /// Returns the column after the last one drawn. Control characters are shown as `�`.
    @discardableResult
    public mutating func draw<S: StringProtocol>(_ text: S, x: Int, y: Int, style: Style, clip: Rect? = nil) -> Int {
        let area = clip.map(self.clip) ?? bounds
        guard y >= area.y, y < area.maxY else { return x }
        var column = x
        for character in text {
            let width = DisplayWidth.of(character)
            if width == 0 {
                if character.unicodeScalars.first.map({ $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) == true {
                    column = put("\u{FFFD}", width: 1, x: column, y: y, style: style, area: area)
                }
                continue
            }
            if column >= area.maxX { break }
            column = put(character, width: width, x: column, y: y, style: style, area: area)
        }
        repairWideEdges(rows: y..<(y + 1), columns: [area.x, area.maxX])
        return column
    }

    /// The grid's text, one string per row, with trailing spaces kept.
    public var lines: [String] {
        (0..<size.rows).map { row in
            var line = ""
            for x in 0..<size.columns {
                let cell = self[x, row]
                if !cell.isContinuation { line.append(cell.grapheme) }
            }
            return line
        }
    }

    private func clip(_ rect: Rect) -> Rect {
        let x0 = max(rect.x, 0), y0 = max(rect.y, 0)
        let x1 = min(rect.maxX, size.columns), y1 = min(rect.maxY, size.rows)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    private mutating func put(_ character: Character, width: Int, x: Int, y: Int, style: Style, area: Rect) -> Int {
        guard x + width <= area.maxX else {
            if x >= area.x, x < area.maxX { self[x, y] = .blank(style) }
            return x + width
        }
        if x >= area.x {
            self[x, y] = Cell(grapheme: character, width: UInt8(width), style: style)
            if width == 2 { self[x + 1, y] = .continuation(style) }
        } else if width == 2, x + 1 >= area.x {
            self[x + 1, y] = .blank(style)
        }
        return x + width
    }

    /// After writing into a span, a wide grapheme may have lost its half at the span's edges;
    /// such orphaned halves become spaces so the grid never holds half a glyph.
    private mutating func repairWideEdges(rows: Range<Int>, columns: [Int]) {
        for y in rows {
            for edge in columns where edge > 0 && edge < size.columns {
                let left = self[edge - 1, y], right = self[edge, y]
                if right.isContinuation && left.width != 2 {
                    self[edge, y] = .blank(right.style)
                }
                if left.width == 2 && !right.isContinuation {
                    self[edge - 1, y] = .blank(left.style)
                }
            }
        }
    }
}
