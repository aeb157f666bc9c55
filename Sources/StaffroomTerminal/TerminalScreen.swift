/// Something a grid can be shown on: a real terminal or the in-memory one tests use.
public protocol TerminalScreen: AnyObject {
    /// The screen's current size.
    var size: Size { get }
    /// Whether the screen can show colours (otherwise only attributes are drawn).
    var supportsColor: Bool { get }
    /// Shows `grid`, writing only the cells that differ from what is shown now.
    func present(_ grid: CellGrid)
}

/// An in-memory screen: keeps what was presented and counts the cells each present wrote.
public final class MemoryScreen: TerminalScreen {
    public let size: Size
    public let supportsColor: Bool
    /// What the screen shows now.
    public private(set) var shown: CellGrid
    /// How many cells the last `present` wrote.
    public private(set) var cellsWrittenLastPresent = 0
    private var hasPresented = false

    public init(size: Size, supportsColor: Bool = true) {
        self.size = size
        self.supportsColor = supportsColor
        self.shown = CellGrid(size: size)
    }

    public func present(_ grid: CellGrid) {
        let changes = GridDiff.changes(from: hasPresented ? shown : nil, to: grid)
        cellsWrittenLastPresent = changes.count
        shown = grid
        hasPresented = true
    }

    /// The shown text, one string per row, with trailing spaces trimmed.
    public var text: [String] {
        shown.lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed.removeLast() }
            return String(trimmed)
        }
    }
}
