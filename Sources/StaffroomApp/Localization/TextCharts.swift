import StaffroomTerminal

/// Small charts made of characters, which read in monochrome: a sparkline of values and a bar of
/// a share.
public enum TextCharts {
    private static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One character per value: the lowest for zero, the others scaled up to the largest value.
    public static func sparkline(_ values: [Int]) -> String {
        let largest = values.max() ?? 0
        return String(values.map { value in
            guard value > 0, largest > 0 else { return levels[0] }
            return levels[1 + (value * (levels.count - 2) + largest - 1) / largest]
        })
    }

    /// `width` cells, `part` of `whole` filled (█) and the rest shaded (░).
    public static func bar(_ part: Int, of whole: Int, width: Int) -> String {
        guard whole > 0, width > 0 else { return String(repeating: "░", count: max(0, width)) }
        let filled = min(width, Int((Double(part) / Double(whole) * Double(width)).rounded()))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    /// `part` of `whole` in whole percent, or nil when there is no whole.
    public static func percent(_ part: Int, of whole: Int) -> Int? {
        whole > 0 ? Int((Double(part) / Double(whole) * 100).rounded()) : nil
    }
}
