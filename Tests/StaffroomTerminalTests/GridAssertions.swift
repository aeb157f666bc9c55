import Testing
import StaffroomTerminal

/// Compares a grid's text with expected lines (trailing spaces ignored) and, on a mismatch,
/// reports every differing row with the first differing column.
func expectLines(_ grid: CellGrid, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = grid.lines.map { $0.trimmingTrailingSpaces() }
    let wanted = expected.map { $0.trimmingTrailingSpaces() } + Array(repeating: "", count: max(0, actual.count - expected.count))
    var differences: [String] = []
    for row in 0..<max(actual.count, wanted.count) {
        let have = row < actual.count ? actual[row] : "<missing>"
        let want = row < wanted.count ? wanted[row] : "<none>"
        if have != want {
            let column = zip(have, want).prefix { $0 == $1 }.count
            differences.append("row \(row), from column \(column):\n  expected: \(want)\n  actual:   \(have)")
        }
    }
    #expect(differences.isEmpty, Comment(rawValue: "\n" + differences.joined(separator: "\n")), sourceLocation: sourceLocation)
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = Substring(self)
        while copy.last == " " { copy.removeLast() }
        return String(copy)
    }
}
