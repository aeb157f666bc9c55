import Foundation

/// The weekday a calendar week starts on.
public enum WeekStart {
    /// Monday in Russian; otherwise the one of the region the environment names (the first set of
    /// `LC_ALL`, `LC_TIME`, `LANG`: Sunday for `en_US`, Monday for `en_GB`), and Monday (ISO 8601)
    /// when it names none. Counted as `Calendar` counts: 1 is Sunday, 2 is Monday.
    public static func firstWeekday(language: Language, environment: [String: String]) -> Int {
        if language == .russian { return 2 }
        for name in ["LC_ALL", "LC_TIME", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let identifier = String(value.prefix { $0 != "." && $0 != "@" })
            guard identifier != "C", identifier != "POSIX" else { return 2 }
            var calendar = Calendar(identifier: .gregorian)
            calendar.locale = Locale(identifier: identifier)
            return calendar.firstWeekday
        }
        return 2
    }
}
