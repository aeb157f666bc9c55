import Foundation
import StaffroomProtocol

/// An event as it goes into a calendar file: the event and its organizer's name.
public struct ExportedEvent: Equatable, Sendable {
    public var event: Event
    public var organizerName: String

    public init(event: Event, organizerName: String) {
        self.event = event
        self.organizerName = organizerName
    }
}

/// Writes events as an iCalendar (RFC 5545) document that calendar programs import: one `VEVENT`
/// each, times in the organizer's zone with a `VTIMEZONE` for every zone used. The parts come one
/// after another (`header`, `timeZones`, `events`…, `footer`), so a long calendar is written page
/// by page.
public enum CalendarExport {
    /// The time span of the events of one zone, for its `VTIMEZONE`.
    public struct ZoneUse: Equatable, Sendable {
        public var identifier: String
        public var first: Date
        public var last: Date

        public init(identifier: String, first: Date, last: Date) {
            self.identifier = identifier
            self.first = first
            self.last = last
        }
    }

    /// What follows the `@` of the events' `UID`s: the server's host, and its port when it has one,
    /// so two networks on one machine never give the same `UID`.
    public static func uidDomain(host: String?, port: Int?) -> String {
        (host ?? "staffroom") + (port.map { ":\($0)" } ?? "")
    }

    /// The `PRODID` of Staffroom's files, by which the import knows its own export.
    public static let productID = "-//Staffroom//Events//EN"

    public static func header(name: String) -> String {
        var lines = ContentLines()
        lines.add("BEGIN", "VCALENDAR")
        lines.add("VERSION", "2.0")
        lines.addText("PRODID", productID)
        lines.add("CALSCALE", "GREGORIAN")
        lines.add("METHOD", "PUBLISH")
        lines.addText("X-WR-CALNAME", name)
        return lines.text
    }

    /// A `VTIMEZONE` for each zone the system knows (events in another zone are written in UTC).
    public static func timeZones(_ uses: [ZoneUse]) -> String {
        var lines = ContentLines()
        for use in uses {
            guard let zone = TimeZone(identifier: use.identifier) else { continue }
            TimeZoneDefinition.lines(for: zone, covering: use.first...max(use.first, use.last), into: &lines)
        }
        return lines.lines.isEmpty ? "" : lines.text
    }

    /// - Parameters:
    ///   - host: the server's host name, which makes each event's `UID` unique across networks.
    ///   - now: the `DTSTAMP` of every event.
    public static func events(_ events: [ExportedEvent], host: String, now: Date) -> String {
        var lines = ContentLines()
        for exported in events { add(exported, host: host, now: now, into: &lines) }
        return lines.lines.isEmpty ? "" : lines.text
    }

    public static let footer = "END:VCALENDAR\r\n"

    /// The last moment an event's times reach: its end, or for a series its `until` (two years
    /// past its start when it has none), so its zone's changes of summer time are all described.
    static func lastMoment(_ event: Event) -> Date {
        guard let rule = event.recurrence else { return event.endsAt }
        return max(event.endsAt, rule.until ?? event.startsAt.addingTimeInterval(2 * 366 * 86_400))
    }

    /// A whole document, for a few events.
    public static func document(_ events: [ExportedEvent], host: String, name: String, now: Date) -> String {
        let uses = Dictionary(grouping: events.map(\.event)) { $0.timeZone }.compactMap { identifier, events -> ZoneUse? in
            guard let first = events.map(\.startsAt).min(), let last = events.map(Self.lastMoment).max() else { return nil }
            return ZoneUse(identifier: identifier, first: first, last: last)
        }.sorted { $0.identifier < $1.identifier }
        return header(name: name) + timeZones(uses) + Self.events(events, host: host, now: now) + footer
    }

    /// The event's `VEVENT`; for a series, with its rule and cancelled occurrences, then one
    /// `VEVENT` (with `RECURRENCE-ID`) per moved occurrence.
    private static func add(_ exported: ExportedEvent, host: String, now: Date, into lines: inout ContentLines) {
        let event = exported.event
        let zone = TimeZone(identifier: event.timeZone)
        add(exported, host: host, now: now, starts: event.startsAt, ends: event.endsAt, into: &lines) { lines in
            guard let rule = event.recurrence else { return }
            lines.add("RRULE", Self.rule(rule, zone: zone ?? .gmt))
            for change in event.occurrenceChanges where change.cancelled {
                lines.add(time("EXDATE", zone), value(change.occurrence, zone))
            }
        }
        for change in event.occurrenceChanges where !change.cancelled {
            guard let starts = change.startsAt else { continue }
            let ends = change.endsAt ?? starts.addingTimeInterval(event.endsAt.timeIntervalSince(event.startsAt))
            add(exported, host: host, now: now, starts: starts, ends: ends, into: &lines) { lines in
                lines.add(time("RECURRENCE-ID", zone), value(change.occurrence, zone))
            }
        }
    }

    /// `NAME;TZID=zone` for a time in the event's zone, or `NAME` for UTC.
    private static func time(_ name: String, _ zone: TimeZone?) -> String {
        zone.map { "\(name);TZID=\($0.identifier)" } ?? name
    }

    private static func value(_ instant: Date, _ zone: TimeZone?) -> String {
        zone.map { LocalTime.text(instant, in: $0) } ?? LocalTime.utc(instant)
    }

    /// "FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;COUNT=8".
    static func rule(_ rule: Recurrence, zone: TimeZone) -> String {
        var parts = ["FREQ=\(rule.frequency == .weekly ? "WEEKLY" : "MONTHLY")", "INTERVAL=\(max(1, rule.interval))"]
        if rule.frequency == .weekly && !rule.weekdays.isEmpty {
            let names = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]
            parts.append("BYDAY=" + rule.weekdays.sorted().compactMap { names.indices.contains($0 - 1) ? names[$0 - 1] : nil }
                .joined(separator: ","))
        }
        if let count = rule.count { parts.append("COUNT=\(count)") }
        if let until = rule.until, rule.count == nil { parts.append("UNTIL=\(LocalTime.utc(until))") }
        return parts.joined(separator: ";")
    }

    private static func add(_ exported: ExportedEvent, host: String, now: Date, starts: Date, ends: Date,
                            into lines: inout ContentLines, extra: (inout ContentLines) -> Void) {
        let event = exported.event
        let zone = TimeZone(identifier: event.timeZone)
        lines.add("BEGIN", "VEVENT")
        lines.add("UID", "event-\(event.id)@\(ContentLines.isSafe(host) ? host : "staffroom")")
        lines.add("DTSTAMP", LocalTime.utc(now))
        lines.add(time("DTSTART", zone), value(starts, zone))
        lines.add(time("DTEND", zone), value(ends, zone))
        extra(&lines)
        lines.addText("SUMMARY", event.title)
        lines.addText("DESCRIPTION", exported.organizerName + "\n\n" + event.description)
        if !event.place.isEmpty { lines.addText("LOCATION", event.place) }
        if ContentLines.isSafe(event.link), let url = URL(string: event.link),
           ["http", "https"].contains(url.scheme?.lowercased() ?? "") {
            lines.add("URL", event.link)
        }
        lines.addText("CATEGORIES", event.kind.rawValue.replacingOccurrences(of: "_", with: " "))
        if !event.subjects.isEmpty { lines.add(Self.subjectsProperty, event.subjects.map(ContentLines.escaped).joined(separator: ",")) }
        if !event.grades.isEmpty { lines.add(Self.gradesProperty, event.grades.map(String.init).joined(separator: ",")) }
        if let capacity = event.capacity { lines.add(Self.capacityProperty, String(capacity)) }
        if let minutes = event.slotMinutes { lines.add(Self.slotsProperty, String(minutes)) }
        lines.add("STATUS", Self.status(event.status))
        lines.add("END", "VEVENT")
    }

    /// Properties of Staffroom's own (RFC 5545 `X-` names), for what calendars have no property for.
    static let subjectsProperty = "X-STAFFROOM-SUBJECTS"
    static let gradesProperty = "X-STAFFROOM-GRADES"
    static let capacityProperty = "X-STAFFROOM-CAPACITY"
    static let slotsProperty = "X-STAFFROOM-SLOT-MINUTES"

    /// RFC 5545's status of an event: a proposal is tentative, a cancelled event or declined proposal cancelled.
    private static func status(_ status: EventStatus) -> String {
        switch status {
        case .planned, .held: "CONFIRMED"
        case .proposed: "TENTATIVE"
        case .cancelled, .declined: "CANCELLED"
        }
    }
}
