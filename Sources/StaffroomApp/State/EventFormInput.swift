import Foundation

/// How the event form reads and writes what a person types: days (`03.12.2026` or `2026-12-03`),
/// times (`15:30`), grades (`5-7, 9`), weekdays (`пн, ср` or `Mon, Wed`), counts. Both languages'
/// forms are read whatever the interface language; each is written in the interface's.
enum EventFormInput {
    /// A calendar day: `03.12.2026`, `3.12.26`, `2026-12-03`, or `3.12` (the year of `reference`).
    static func day(_ text: String, reference: Date, calendar: Calendar) -> DateComponents? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let numbers: [Int]
        var (year, month, day): (Int, Int, Int)
        if trimmed.contains("-") {
            numbers = trimmed.split(separator: "-").compactMap { Int($0) }
            guard numbers.count == 3, trimmed.split(separator: "-").count == 3 else { return nil }
            (year, month, day) = (numbers[0], numbers[1], numbers[2])
        } else {
            let pieces = trimmed.split(separator: ".", omittingEmptySubsequences: false)
            numbers = pieces.compactMap { Int($0) }
            guard numbers.count == pieces.count, (2...3).contains(numbers.count) else { return nil }
            (day, month) = (numbers[0], numbers[1])
            year = numbers.count == 3 ? numbers[2] : calendar.component(.year, from: reference)
            if year < 100 { year += 2000 }
        }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = calendar.date(from: components),
              calendar.dateComponents([.year, .month, .day], from: date) == components else { return nil }
        return components
    }

    /// A time of day: `15:30`, `9.05`, or `15`.
    static func time(_ text: String) -> (hour: Int, minute: Int)? {
        let pieces = text.trimmingCharacters(in: .whitespaces).split(omittingEmptySubsequences: false,
                                                                     whereSeparator: { $0 == ":" || $0 == "." })
        guard (1...2).contains(pieces.count), let hour = Int(pieces[0]), (0...23).contains(hour) else { return nil }
        let minute = pieces.count == 2 ? Int(pieces[1]) : 0
        guard let minute, (0...59).contains(minute), pieces.count == 1 || pieces[1].count == 2 else { return nil }
        return (hour, minute)
    }

    /// The instant of `day` at `time` in the calendar's zone.
    static func instant(_ day: DateComponents, _ time: (hour: Int, minute: Int), calendar: Calendar) -> Date? {
        var components = day
        components.hour = time.hour
        components.minute = time.minute
        return calendar.date(from: components)
    }

    /// Grades: numbers and ranges separated by commas or spaces (`5-7, 9`); nil when a piece is not one.
    static func grades(_ text: String) -> [Int]? {
        var grades: [Int] = []
        for piece in text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }) {
            let ends = piece.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" })
                .map { Int($0) }
            guard ends.count <= 2, let low = ends.first ?? nil, let high = ends.last ?? nil else { return nil }
            grades += low <= high ? Array(low...high) : [low, high]
        }
        return Array(Set(grades)).sorted()
    }

    /// Subjects separated by commas, trimmed, empty pieces left out.
    static func subjects(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Weekdays by name (`пн, ср`, `Mon Wed`, `вторник`), as `Calendar` counts them (1 = Sunday);
    /// nil when a name is unknown.
    static func weekdays(_ text: String) -> [Int]? {
        var days: [Int] = []
        for piece in text.lowercased().split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" || $0 == "." }) {
            let token = String(piece)
            guard let index = weekdayNames.firstIndex(where: { names in
                names.contains { name in name == token || (token.count >= 3 && name.hasPrefix(token)) }
            }) else { return nil }
            days.append(index + 1)
        }
        return Array(Set(days)).sorted { ($0 + 5) % 7 < ($1 + 5) % 7 }
    }

    /// A whole number ≥ 0, or nil for an empty field; `.failure` when it is not a number.
    static func count(_ text: String) -> Result<Int?, EventFormProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .success(nil) }
        guard let number = Int(trimmed), number >= 0 else { return .failure(.notANumber) }
        return .success(number)
    }

    /// `03.12.2026` in Russian, `2026-12-03` in English.
    static func dayText(_ date: Date, calendar: Calendar, russian: Bool) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let (year, month, day) = (parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
        return russian ? "\(two(day)).\(two(month)).\(year)" : "\(year)-\(two(month))-\(two(day))"
    }

    /// `15:30`.
    static func timeText(_ date: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return "\(two(parts.hour ?? 0)):\(two(parts.minute ?? 0))"
    }

    /// `5-7, 9`: runs of consecutive grades joined.
    static func gradesText(_ grades: [Int]) -> String {
        var runs: [String] = []
        var index = 0
        let sorted = Array(Set(grades)).sorted()
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count && sorted[end + 1] == sorted[end] + 1 { end += 1 }
            runs.append(end == index ? "\(sorted[index])" : "\(sorted[index])-\(sorted[end])")
            index = end + 1
        }
        return runs.joined(separator: ", ")
    }

    /// `пн, ср` or `Mo, We`.
    static func weekdaysText(_ weekdays: [Int], russian: Bool) -> String {
        let text = CalendarText(language: russian ? .russian : .english)
        return weekdays.sorted { ($0 + 5) % 7 < ($1 + 5) % 7 }.map { text.weekdayShort($0).lowercased() }.joined(separator: ", ")
    }

    private static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    /// For each weekday from Sunday: its two-letter names, then its full names (a token of three
    /// letters or more matches the start of a full name).
    private static let weekdayNames = [
        ["вс", "su", "воскресенье", "sunday"], ["пн", "mo", "понедельник", "monday"], ["вт", "tu", "вторник", "tuesday"],
        ["ср", "we", "среда", "wednesday"], ["чт", "th", "четверг", "thursday"], ["пт", "fr", "пятница", "friday"],
        ["сб", "sa", "суббота", "saturday"],
    ]
}
