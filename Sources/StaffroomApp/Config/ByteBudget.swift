import Foundation

/// A bandwidth budget as people write it: `2MB`, `500KB`, `1.5 MB`, `1GB` or a number of bytes
/// (units are powers of 1024, case does not matter).
public struct ByteBudget: Equatable, Sendable {
    public let bytes: Int

    public init(bytes: Int) {
        self.bytes = bytes
    }

    /// nil when `text` is not a positive size.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Double)] = [("GB", 1_073_741_824), ("MB", 1_048_576), ("KB", 1_024), ("B", 1)]
        let (number, scale) = units.first { trimmed.hasSuffix($0.0) }
            .map { (trimmed.dropLast($0.0.count).trimmingCharacters(in: .whitespaces), $0.1) } ?? (trimmed, 1)
        guard let value = Double(number), value.isFinite, value > 0, value * scale < Double(Int.max) else { return nil }
        bytes = Int(value * scale)
    }
}
