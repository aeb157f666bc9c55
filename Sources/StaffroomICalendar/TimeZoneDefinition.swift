import Foundation

/// A `VTIMEZONE` for an IANA zone, built from the system's zone data: the offset in force before
/// `range`, then every transition until after it, so a calendar program places each event exactly
/// however its own zone data differs.
enum TimeZoneDefinition {
    static func lines(for zone: TimeZone, covering range: ClosedRange<Date>, into calendar: inout ContentLines) {
        let start = range.lowerBound.addingTimeInterval(-366 * 86_400)
        let end = range.upperBound.addingTimeInterval(366 * 86_400)
        calendar.add("BEGIN", "VTIMEZONE")
        calendar.add("TZID", zone.identifier)
        observance(zone, at: start, from: zone.secondsFromGMT(for: start), into: &calendar)
        var cursor = start
        while let transition = zone.nextDaylightSavingTimeTransition(after: cursor), transition <= end {
            observance(zone, at: transition, from: zone.secondsFromGMT(for: transition.addingTimeInterval(-1)), into: &calendar)
            cursor = transition
        }
        calendar.add("END", "VTIMEZONE")
    }

    /// One observance starting at `instant`, written in the local time in force before it.
    private static func observance(_ zone: TimeZone, at instant: Date, from previousOffset: Int, into calendar: inout ContentLines) {
        let kind = zone.isDaylightSavingTime(for: instant) ? "DAYLIGHT" : "STANDARD"
        calendar.add("BEGIN", kind)
        calendar.add("DTSTART", LocalTime.text(instant, offset: previousOffset))
        calendar.add("TZOFFSETFROM", offsetText(previousOffset))
        calendar.add("TZOFFSETTO", offsetText(zone.secondsFromGMT(for: instant)))
        if let name = zone.abbreviation(for: instant) { calendar.addText("TZNAME", name) }
        calendar.add("END", kind)
    }

    /// "+0300", "-0430".
    static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + LocalTime.two(minutes / 60) + LocalTime.two(minutes % 60)
    }
}

/// RFC 5545 DATE-TIME values.
enum LocalTime {
    /// The wall-clock time of `instant` at `offset` seconds from UTC: "20261203T100000".
    static func text(_ instant: Date, offset: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offset) ?? .gmt
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        return "\(four(c.year ?? 1970))\(two(c.month ?? 1))\(two(c.day ?? 1))T\(two(c.hour ?? 0))\(two(c.minute ?? 0))\(two(c.second ?? 0))"
    }

    /// The wall-clock time of `instant` in `zone`.
    static func text(_ instant: Date, in zone: TimeZone) -> String { text(instant, offset: zone.secondsFromGMT(for: instant)) }

    /// UTC: "20261203T050000Z".
    static func utc(_ instant: Date) -> String { text(instant, offset: 0) + "Z" }

    static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    private static func four(_ number: Int) -> String { String(repeating: "0", count: max(0, 4 - String(number).count)) + "\(number)" }
}
