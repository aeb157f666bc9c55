/// One screen cell: the grapheme drawn in it, how many columns that grapheme takes, and its style.
/// A wide grapheme occupies its cell and a following continuation cell of width 0.
public struct Cell: Hashable, Sendable {
    public var grapheme: Character
    public var width: UInt8
    public var style: Style

    public init(grapheme: Character, width: UInt8, style: Style) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    /// An empty cell (a space) in `style`.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(grapheme: " ", width: 1, style: style)
    }

    /// The right half of a wide grapheme.
    public static func continuation(_ style: Style) -> Cell {
        Cell(grapheme: " ", width: 0, style: style)
    }

    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool { width == 0 }
}
