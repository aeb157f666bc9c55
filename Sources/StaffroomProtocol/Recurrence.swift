import Foundation

/// How an event repeats: every `interval` weeks on some weekdays, or every `interval` months on the
/// day of the month it started; for `count` occurrences or until `until`, or for ever. Occurrences
/// keep the wall-clock time of the first one in the organizer's zone, across changes of summer time.
public struct Recurrence: Codable, Equatable, Sendable {
    public enum Frequency: String, Codable, Sendable, CaseIterable { case weekly, monthly }

    public var frequency: Frequency
    /// 1: every week (month); 2: every other one; and so on.
    public var interval: Int
    /// Weekly only: the weekdays (1 = Sunday … 7 = Saturday, as `Calendar` counts); empty: the
    /// first occurrence's weekday.
    public var weekdays: [Int]
    /// How many occurrences there are in all, the first included; nil: no such limit.
    public var count: Int?
    /// No occurrence starts after this instant; nil: no such limit.
    public var until: Date?

    public init(frequency: Frequency, interval: Int = 1, weekdays: [Int] = [], count: Int? = nil, until: Date? = nil) {
        self.frequency = frequency
        self.interval = interval
        self.weekdays = weekdays
        self.count = count
        self.until = until
    }
}

/// One occurrence of a series that was cancelled, or moved to another time.
public struct OccurrenceChange: Codable, Equatable, Sendable {
    /// When the occurrence was due to start.
    public var occurrence: Date
    public var cancelled: Bool
    /// Where a moved occurrence now starts and ends.
    public var startsAt: Date?
    public var endsAt: Date?

    public init(occurrence: Date, cancelled: Bool = false, startsAt: Date? = nil, endsAt: Date? = nil) {
        self.occurrence = occurrence
        self.cancelled = cancelled
        self.startsAt = startsAt
        self.endsAt = endsAt
    }
}

/// An event's occurrences in a span of time.
public struct Occurrence: Equatable, Sendable {
    /// When the occurrence was due to start (the series' rule); equals `startsAt` unless it moved.
    public var due: Date
    public var startsAt: Date
    public var endsAt: Date

    public init(due: Date, startsAt: Date, endsAt: Date) {
        self.due = due
        self.startsAt = startsAt
        self.endsAt = endsAt
    }
}

extension Event {
    /// The occurrences that start in `[from, end)`, earliest first: the event itself when it does
    /// not repeat; otherwise those its rule gives (in the organizer's zone), without the cancelled
    /// ones and with moved ones at their new time. At most `limit`.
    public func occurrences(from: Date, before end: Date, limit: Int = 1_000) -> [Occurrence] {
        let duration = endsAt.timeIntervalSince(startsAt)
        guard let recurrence else {
            return startsAt >= from && startsAt < end ? [Occurrence(due: startsAt, startsAt: startsAt, endsAt: endsAt)] : []
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? .gmt
        let changes = Dictionary(occurrenceChanges.map { ($0.occurrence, $0) }) { first, _ in first }
        var result: [Occurrence] = []
        var produced = 0
        for due in Self.dueDates(of: recurrence, start: startsAt, calendar: calendar) {
            if let until = recurrence.until, due > until { break }
            if let count = recurrence.count, produced >= count { break }
            produced += 1
            let change = changes[due]
            if change?.cancelled == true { continue }
            let start = change?.startsAt ?? due
            let finish = change?.endsAt ?? start.addingTimeInterval(duration)
            if start >= from && start < end { result.append(Occurrence(due: due, startsAt: start, endsAt: finish)) }
            // Moved occurrences may land anywhere; a due date far past the window ends the walk.
            if due >= end && due.timeIntervalSince(end) > 366 * 86_400 { break }
            if result.count >= limit { break }
        }
        return result.sorted { $0.startsAt < $1.startsAt }
    }

    /// The rule's due dates from the first occurrence on, for ever (the caller stops).
    private static func dueDates(of rule: Recurrence, start: Date, calendar: Calendar) -> AnySequence<Date> {
        let time = calendar.dateComponents([.hour, .minute, .second], from: start)
        let interval = max(1, rule.interval)
        switch rule.frequency {
        case .weekly:
            let startWeekday = calendar.component(.weekday, from: start)
            let weekdays = Set(rule.weekdays.isEmpty ? [startWeekday] : rule.weekdays)
            var weekStart = calendar.date(byAdding: .day, value: -((startWeekday + 5) % 7), to: calendar.startOfDay(for: start))
                ?? start
            var pending: [Date] = []
            return AnySequence(AnyIterator {
                while pending.isEmpty {
                    for offset in 0..<7 {
                        guard let day = calendar.date(byAdding: .day, value: offset, to: weekStart),
                              weekdays.contains(calendar.component(.weekday, from: day)),
                              let due = Self.at(time, on: day, calendar: calendar), due >= start else { continue }
                        pending.append(due)
                    }
                    weekStart = calendar.date(byAdding: .weekOfYear, value: interval, to: weekStart) ?? weekStart
                }
                return pending.removeFirst()
            })
        case .monthly:
            let dayOfMonth = calendar.component(.day, from: start)
            var monthIndex = 0
            let firstMonth = calendar.dateInterval(of: .month, for: start)?.start ?? start
            return AnySequence(AnyIterator {
                while true {
                    guard let month = calendar.date(byAdding: .month, value: monthIndex * interval, to: firstMonth) else { return nil }
                    monthIndex += 1
                    let days = calendar.range(of: .day, in: .month, for: month)?.count ?? 28
                    guard dayOfMonth <= days, let day = calendar.date(byAdding: .day, value: dayOfMonth - 1, to: month),
                          let due = Self.at(time, on: day, calendar: calendar) else { continue }
                    return due
                }
            })
        }
    }

    /// The wall-clock `time` on `day` in the calendar's zone; a time skipped by a change to summer
    /// time moves on by the gap, as calendar programs do.
    private static func at(_ time: DateComponents, on day: Date, calendar: Calendar) -> Date? {
        calendar.date(bySettingHour: time.hour ?? 0, minute: time.minute ?? 0, second: time.second ?? 0, of: day,
                      matchingPolicy: .nextTimePreservingSmallerComponents)
    }
}
