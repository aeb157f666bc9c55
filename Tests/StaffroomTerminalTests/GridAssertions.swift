import Testing
import StaffroomTerminal

/// Expects the grid to show `expected` (trailing spaces ignored), reporting each differing row.
func expectLines(_ grid: CellGrid, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let differences = grid.textDifferences(from: expected)
    #expect(differences.isEmpty, Comment(rawValue: "\n" + differences.joined(separator: "\n")), sourceLocation: sourceLocation)
}

