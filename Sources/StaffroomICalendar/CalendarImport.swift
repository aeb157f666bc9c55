import Foundation
import StaffroomProtocol

/// An event read from a calendar file, as a draft to create (or propose), with its `UID`.
public struct ImportedEvent: Equatable, Sendable {
    public var uid: String
    public var draft: EventDraft
    /// Meetings of its series the file cancelled (`EXDATE`) or moved (`RECURRENCE-ID`), which a
    /// new event cannot carry: the organizer changes them once it exists.
    public var changedMeetings: Int
}

/// A `VEVENT` that could not be read as an event, and why.
public struct SkippedEvent: Error, Equatable, Sendable {
    public enum Reason: Error, Equatable, Sendable {
        case noStart, cancelled
        /// Repeats in a way events cannot (daily, yearly, by position in the month).
        case unsupportedRule(String)
    }

    public var summary: String
    public var reason: Reason
}

/// Reads events from an iCalendar (RFC 5545) file: Staffroom's own export and other calendar
/// programs' files. Times with a known `TZID` keep their zone; UTC and floating times take
/// `defaultZone`; an all-day event lasts its days. Weekly and monthly rules come along.
public enum CalendarImport {
    public struct Result: Equatable, Sendable {
        public var events: [ImportedEvent] = []
        public var skipped: [SkippedEvent] = []
    }

    /// The events of `document`, in the order the file gives them.
    public static func events(in document: String, defaultZone: TimeZone) -> Result {
        var result = Result()
        let calendars = CalendarReader.components(of: document)
        let ownExport = calendars.contains { $0.first("PRODID")?.text == CalendarExport.productID }
        let vevents = calendars.flatMap { $0.name == "VEVENT" ? [$0] : $0.children.filter { $0.name == "VEVENT" } }
        let moved = Dictionary(grouping: vevents.filter { $0.first("RECURRENCE-ID") != nil }) { $0.first("UID")?.value ?? "" }
        for vevent in vevents where vevent.first("RECURRENCE-ID") == nil {
            switch read(vevent, defaultZone: defaultZone, ownExport: ownExport) {
            case .success(var imported):
                imported.changedMeetings += moved[imported.uid]?.count ?? 0
                result.events.append(imported)
            case .failure(let skipped):
                result.skipped.append(skipped)
            }
        }
        return result
    }

    private static func read(_ vevent: CalendarComponent, defaultZone: TimeZone, ownExport: Bool) -> Swift.Result<ImportedEvent, SkippedEvent> {
        let summary = vevent.first("SUMMARY")?.text ?? ""
        guard vevent.first("STATUS")?.value.uppercased() != "CANCELLED" else { return .failure(SkippedEvent(summary: summary, reason: .cancelled)) }
        guard let start = vevent.first("DTSTART"), let starts = DateValue(start, defaultZone: defaultZone) else {
            return .failure(SkippedEvent(summary: summary, reason: .noStart))
        }
        let ends = vevent.first("DTEND").flatMap { DateValue($0, defaultZone: defaultZone)?.instant }
            ?? vevent.first("DURATION").flatMap { Duration.seconds($0.value) }.map { starts.instant.addingTimeInterval($0) }
            ?? starts.instant.addingTimeInterval(starts.isDay ? 86_400 : 3_600)
        var recurrence: Recurrence?
        if let rule = vevent.first("RRULE") {
            switch Rule.recurrence(rule.value, zone: starts.zone) {
            case .success(let value): recurrence = value
            case .failure(let unsupported): return .failure(SkippedEvent(summary: summary, reason: unsupported))
            }
        }
        var description = vevent.first("DESCRIPTION")?.text ?? ""
        if ownExport, let range = description.range(of: "\n\n") { description = String(description[range.upperBound...]) }
        let link = vevent.first("URL")?.value ?? ""
        let kind = vevent.all("CATEGORIES").flatMap(\.textList)
            .compactMap { EventKind(rawValue: $0.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "_")) }
            .first ?? .seminar
        let subjects = vevent.first(CalendarExport.subjectsProperty)?.textList ?? []
        let grades = vevent.first(CalendarExport.gradesProperty)?.value.split(separator: ",").compactMap { Int($0) } ?? []
        let draft = EventDraft(title: summary.trimmingCharacters(in: .whitespacesAndNewlines), kind: kind, description: description,
                               startsAt: starts.instant, endsAt: ends, timeZone: starts.zone.identifier,
                               place: vevent.first("LOCATION")?.text ?? "", link: link, subjects: subjects, grades: grades,
                               capacity: vevent.first(CalendarExport.capacityProperty).flatMap { Int($0.value) }, recurrence: recurrence,
                               slotMinutes: vevent.first(CalendarExport.slotsProperty).flatMap { Int($0.value) })
        let changed = vevent.all("EXDATE").reduce(0) { $0 + $1.value.split(separator: ",").count }
        return .success(ImportedEvent(uid: vevent.first("UID")?.value ?? "", draft: draft, changedMeetings: changed))
    }
}

/// A `DATE-TIME` or `DATE` value: its instant and the zone it was written in.
private struct DateValue {
    var instant: Date
    var zone: TimeZone
    /// A whole day (an all-day event), not a time.
    var isDay: Bool

    init?(_ line: ContentLine, defaultZone: TimeZone) {
        let text = line.value.trimmingCharacters(in: .whitespaces)
        let utc = text.hasSuffix("Z")
        zone = utc ? defaultZone : line.parameters["TZID"].flatMap { TimeZone(identifier: $0) } ?? defaultZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc ? .gmt : zone
        let digits = text.filter(\.isNumber)
        isDay = digits.count == 8
        guard digits.count == 8 || digits.count == 14 else { return nil }
        let number = { (from: Int, length: Int) in Int(digits.dropFirst(from).prefix(length)) }
        var components = DateComponents(year: number(0, 4), month: number(4, 2), day: number(6, 2))
        if !isDay { (components.hour, components.minute, components.second) = (number(8, 2), number(10, 2), number(12, 2)) }
        guard let instant = calendar.date(from: components) else { return nil }
        self.instant = instant
    }
}

/// `DURATION` values: `PT1H30M`, `P1D`, `P1W`.
private enum Duration {
    static func seconds(_ text: String) -> TimeInterval? {
        var total: TimeInterval = 0
        var number = ""
        for character in text.uppercased() where character != "P" && character != "T" && character != "+" {
            if character.isNumber { number.append(character); continue }
            guard let value = Double(number) else { return nil }
            switch character {
            case "W": total += value * 7 * 86_400
            case "D": total += value * 86_400
            case "H": total += value * 3_600
            case "M": total += value * 60
            case "S": total += value
            default: return nil
            }
            number = ""
        }
        return total > 0 ? total : nil
    }
}

/// `RRULE` values that events can keep: weekly (on weekdays) or monthly (on the first day's date).
private enum Rule {
    static func recurrence(_ text: String, zone: TimeZone) -> Swift.Result<Recurrence, SkippedEvent.Reason> {
        var parts: [String: String] = [:]
        for piece in text.split(separator: ";") {
            let pair = piece.split(separator: "=", maxSplits: 1).map { String($0).uppercased() }
            if pair.count == 2 { parts[pair[0]] = pair[1] }
        }
        let frequency: Recurrence.Frequency
        switch parts["FREQ"] {
        case "WEEKLY": frequency = .weekly
        case "MONTHLY" where parts["BYDAY"] == nil && parts["BYSETPOS"] == nil: frequency = .monthly
        default: return .failure(.unsupportedRule(text))
        }
        let names = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]
        var weekdays: [Int] = []
        for day in parts["BYDAY"]?.split(separator: ",") ?? [] {
            guard let index = names.firstIndex(of: String(day)) else { return .failure(.unsupportedRule(text)) }
            weekdays.append(index + 1)
        }
        let until = parts["UNTIL"].flatMap { value in
            DateValue(ContentLine(name: "UNTIL", parameters: [:], value: value), defaultZone: zone).map { date in
                date.isDay ? date.instant.addingTimeInterval(86_399) : date.instant
            }
        }
        return .success(Recurrence(frequency: frequency, interval: parts["INTERVAL"].flatMap { Int($0) } ?? 1, weekdays: weekdays,
                                   count: parts["COUNT"].flatMap { Int($0) }, until: until))
    }
}
