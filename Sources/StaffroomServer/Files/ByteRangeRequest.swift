import Foundation

/// What a request's `Range` header asks of a file of known size (RFC 9110 §14): one range of
/// bytes, a range that lies outside the file, or (absent, malformed or several ranges) the whole
/// file. A server may answer several ranges with the whole file; Staffroom does.
enum ByteRangeRequest: Equatable {
    case whole
    case part(ClosedRange<Int64>)
    case unsatisfiable

    /// Reads `header` (nil: no `Range` header) against a file of `size` bytes.
    init(header: String?, size: Int64) {
        guard let header, let spec = Self.singleSpec(header) else {
            self = .whole
            return
        }
        let bounds = spec.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard bounds.count == 2 else {
            self = .whole
            return
        }
        let first = bounds[0].isEmpty ? nil : Self.number(bounds[0])
        let last = bounds[1].isEmpty ? nil : Self.number(bounds[1])
        switch (bounds[0].isEmpty, bounds[1].isEmpty, first, last) {
        case (true, false, _, let suffix?):
            // `bytes=-N`: the last N bytes.
            self = suffix == 0 || size == 0 ? .unsatisfiable : .part(max(0, size - suffix)...(size - 1))
        case (false, true, let start?, _):
            self = start < size ? .part(start...(size - 1)) : .unsatisfiable
        case (false, false, let start?, let end?) where start <= end:
            self = start < size ? .part(start...min(end, size - 1)) : .unsatisfiable
        default:
            self = .whole
        }
    }

    /// The one range of a `bytes=` header; nil for other units, several ranges or bad syntax.
    private static func singleSpec(_ header: String) -> Substring? {
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        guard trimmed.lowercased().hasPrefix("bytes=") else { return nil }
        let spec = trimmed.dropFirst("bytes=".count).trimmingCharacters(in: .whitespaces)
        guard !spec.isEmpty, !spec.contains(",") else { return nil }
        return Substring(spec)
    }

    /// A non-negative decimal of at most 18 digits (so it fits in `Int64`).
    private static func number(_ text: Substring) -> Int64? {
        guard (1...18).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int64(text)
    }
}
