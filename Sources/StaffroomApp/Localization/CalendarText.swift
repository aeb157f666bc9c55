import Foundation
import StaffroomProtocol

/// Month and weekday names and day headings of the calendar, in the user's language.
public struct CalendarText: Equatable, Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    /// "Декабрь 2026" or "December 2026".
    public func monthTitle(month: Int, year: Int) -> String {
        "\((language == .russian ? Self.russianMonths : Self.englishMonths)[month - 1]) \(year)"
    }

    /// Two-letter weekday names, `weekday` counted as `Calendar` does (1 = Sunday).
    public func weekdayShort(_ weekday: Int) -> String {
        (language == .russian ? Self.russianWeekdays : Self.englishWeekdays)[(weekday - 1) % 7]
    }

    /// An agenda day heading: "Чт, 3 декабря" or "Thu, Dec 3"; the year is added when it is not `currentYear`.
    public func dayHeading(weekday: Int, day: Int, month: Int, year: Int, currentYear: Int) -> String {
        let yearSuffix = year == currentYear ? "" : " \(year)"
        switch language {
        case .russian: return "\(Self.russianWeekdays[(weekday - 1) % 7]), \(day) \(DateText.russianGenitiveMonths[month - 1])\(yearSuffix)"
        case .english:
            return "\(Self.englishWeekdayAbbreviations[(weekday - 1) % 7]), \(DateText.englishShortMonths[month - 1]) \(day)"
                + (yearSuffix.isEmpty ? "" : ",\(yearSuffix)")
        }
    }

    private static let russianMonths = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь",
                                        "Октябрь", "Ноябрь", "Декабрь"]
    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                        "October", "November", "December"]
    private static let russianWeekdays = ["Вс", "Пн", "Вт", "Ср", "Чт", "Пт", "Сб"]
    private static let englishWeekdays = ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"]
    private static let englishWeekdayAbbreviations = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
}
