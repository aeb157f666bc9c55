import Foundation

/// What the statistics readers share: weeks that start on Monday (UTC), and the median.
enum StatisticsCalendar {
    /// The Mondays (00:00 UTC) of the `count` weeks up to the one holding `date`, oldest first.
    static func mondays(endingWith date: Date, count: Int) -> [Date] {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        guard let thisWeek = calendar.dateInterval(of: .weekOfYear, for: date)?.start else { return [] }
        return (0..<count).reversed().compactMap { calendar.date(byAdding: .weekOfYear, value: -$0, to: thisWeek) }
    }

    /// The index of the week (of `mondays`) that holds `date`; nil before the first.
    static func week(of date: Date, in mondays: [Date]) -> Int? {
        mondays.lastIndex { $0 <= date }
    }

    /// The middle value (the mean of the two middle ones for an even count), in whole seconds.
    static func median(_ sorted: [Double]) -> Int? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        let value = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        return Int(value.rounded())
    }
}
