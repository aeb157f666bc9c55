/// Compares a grid's text with expected lines, for render tests: trailing spaces are ignored and
/// each differing row is described with the first column where it differs.
extension CellGrid {
    /// One description per differing row; empty when the grid shows exactly `expected`.
    public func textDifferences(from expected: [String]) -> [String] {
        let actual = lines.map(Self.trimmingTrailingSpaces)
        let wanted = expected.map(Self.trimmingTrailingSpaces)
        return (0..<max(actual.count, wanted.count)).compactMap { row in
            let have = row < actual.count ? actual[row] : "<no such row>"
            let want = row < wanted.count ? wanted[row] : ""
            guard have != want else { return nil }
            let column = zip(have, want).prefix { $0 == $1 }.count
            return "row \(row), from column \(column):\n  expected: \(want)\n  actual:   \(have)"
        }
    }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var trimmed = Substring(line)
        while trimmed.last == " " { trimmed.removeLast() }
        return String(trimmed)
    }
}
