import Foundation

/// Dates as the interface shows them, in the user's language and time zone, on a 24-hour clock:
/// Russian `25.11.2026`, `25 ноя`, `25 ноября 2026, 14:05`; English `Nov 25, 2026`, `Nov 25`.
public struct DateText: Equatable, Sendable {
    public var language: Language
    public var timeZone: TimeZone

    public init(language: Language, timeZone: TimeZone) {
        self.language = language
        self.timeZone = timeZone
    }

    /// Compact, for list columns: the time today, "yesterday", day and month this year, else the full date.
    public func short(_ date: Date, now: Date) -> String {
        let day = parts(date), today = parts(now)
        if day.year == today.year && day.month == today.month && day.day == today.day { return clock(day) }
        if let yesterday = calendar.date(byAdding: .day, value: -1, to: now).map(parts),
           day.year == yesterday.year && day.month == yesterday.month && day.day == yesterday.day {
            return language == .russian ? "вчера" : "yesterday"
        }
        if day.year == today.year {
            return language == .russian ? "\(day.day) \(Self.russianShortMonths[day.month - 1])"
                                        : "\(Self.englishShortMonths[day.month - 1]) \(day.day)"
        }
        return numeric(day)
    }

    /// Full, for post headers: "25 ноября 2026, 14:05" or "Nov 25, 2026, 14:05".
    public func full(_ date: Date) -> String {
        let day = parts(date)
        switch language {
        case .russian: return "\(day.day) \(Self.russianGenitiveMonths[day.month - 1]) \(day.year), \(clock(day))"
        case .english: return "\(Self.englishShortMonths[day.month - 1]) \(day.day), \(day.year), \(clock(day))"
        }
    }

    /// The day alone: "25 ноября 2026" or "Nov 25, 2026".
    public func day(_ date: Date) -> String {
        let day = parts(date)
        switch language {
        case .russian: return "\(day.day) \(Self.russianGenitiveMonths[day.month - 1]) \(day.year)"
        case .english: return "\(Self.englishShortMonths[day.month - 1]) \(day.day), \(day.year)"
        }
    }

    /// Just the time of day: "14:05".
    public func time(_ date: Date) -> String { clock(parts(date)) }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    private struct Parts { var year, month, day, hour, minute: Int }

    private func parts(_ date: Date) -> Parts {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return Parts(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1, hour: c.hour ?? 0, minute: c.minute ?? 0)
    }

    private func clock(_ p: Parts) -> String { "\(two(p.hour)):\(two(p.minute))" }

    private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private func numeric(_ p: Parts) -> String {
        switch language {
        case .russian: return "\(two(p.day)).\(two(p.month)).\(p.year)"
        case .english: return "\(Self.englishShortMonths[p.month - 1]) \(p.day), \(p.year)"
        }
    }

    static let englishShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private static let russianShortMonths = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
    static let russianGenitiveMonths = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
                                                "августа", "сентября", "октября", "ноября", "декабря"]
}
