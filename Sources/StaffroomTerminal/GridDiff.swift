/// The cells a terminal must rewrite to turn what it shows into a new grid.
public enum GridDiff {
    /// Positions (column, row) of the cells of `new` that differ from `old`, in row-major order.
    /// Continuation halves of wide graphemes are never listed: writing the wide grapheme covers them.
    /// With no previous grid (or a grid of another size) every cell is listed.
    public static func changes(from old: CellGrid?, to new: CellGrid) -> [(x: Int, y: Int)] {
        var positions: [(x: Int, y: Int)] = []
        let columns = new.size.columns
        let previous = old?.size == new.size ? old : nil
        for (index, cell) in new.cells.enumerated() where !cell.isContinuation {
            if let previous, previous.cells[index] == cell { continue }
            positions.append((index % columns, index / columns))
        }
        return positions
    }
}
