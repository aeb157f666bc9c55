import Foundation

/// How search compares words: case folded (Cyrillic too) and ё read as е, so «Ёлка», «ёлки» and
/// «елка» find each other. The same folding is applied to the index and to queries.
public enum SearchText {
    /// `text` folded for matching.
    public static func fold(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "ё", with: "е")
    }

    /// The words of `text` (letters and digits), folded.
    public static func words(_ text: String) -> [String] {
        fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}

/// A search as typed: words (each matching as a prefix) and optional filters written as
/// `author:`/`автор:`, `forum:`/`форум:`, `since:`/`после:` and `until:`/`до:` (dates as YYYY-MM-DD).
public struct SearchQuery: Equatable, Sendable {
    public var words: [String]
    public var author: String?
    public var forum: String?
    public var since: Date?
    public var until: Date?

    public init(words: [String], author: String? = nil, forum: String? = nil, since: Date? = nil, until: Date? = nil) {
        self.words = words
        self.author = author
        self.forum = forum
        self.since = since
        self.until = until
    }

    /// Reads what the user typed; dates are days in `timeZone` (`until` includes its whole day).
    public init(parsing text: String, timeZone: TimeZone) {
        self.init(words: [])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        for token in text.split(whereSeparator: \.isWhitespace) {
            let parts = token.split(separator: ":", maxSplits: 1)
            if parts.count == 2, !parts[1].isEmpty {
                let value = String(parts[1])
                switch SearchText.fold(String(parts[0])) {
                case "author", "автор": author = SearchText.fold(value); continue
                case "forum", "форум": forum = SearchText.fold(value); continue
                case "since", "после", "с": since = Self.day(value, calendar: calendar); continue
                case "until", "до":
                    until = Self.day(value, calendar: calendar).flatMap { calendar.date(byAdding: .day, value: 1, to: $0) }
                    continue
                default: break
                }
            }
            words += SearchText.words(String(token))
        }
    }

    /// Whether there is anything to look for.
    public var isEmpty: Bool { words.isEmpty && author == nil && forum == nil && since == nil && until == nil }

    private static func day(_ text: String, calendar: Calendar) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    /// The FTS5 query: every word as a quoted prefix, all required.
    var matchExpression: String {
        words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }.joined(separator: " AND ")
    }
}
