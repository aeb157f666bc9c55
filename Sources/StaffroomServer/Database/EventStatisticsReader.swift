import Foundation
import GRDB
import StaffroomProtocol

/// The network's events month by month: each occurrence counted in the month it starts in its
/// organizer's zone, as planned, due (begun), held or else cancelled, with its registrations and
/// attendance. An occurrence with attendance recorded was held, whatever became of it later.
struct EventStatisticsReader {
    let db: Database
    let now: Date

    /// How far a moved meeting of a series may lie from its due date and still be counted.
    private static let reach: TimeInterval = 400 * 86_400
    /// Slack around the window for events whose local month differs from the UTC one.
    private static let margin: TimeInterval = 2 * 86_400

    /// The `months` months up to the current one (in UTC).
    func read(months: Int) throws -> EventStatistics {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = .gmt
        let thisMonth = utc.dateInterval(of: .month, for: now)?.start ?? now
        let first = utc.date(byAdding: .month, value: 1 - months, to: thisMonth) ?? thisMonth
        let end = utc.date(byAdding: .month, value: 1, to: thisMonth) ?? now
        let monthKeys = (0..<months).compactMap { utc.date(byAdding: .month, value: $0, to: first) }.map { Self.key($0, utc) }
        let (windowStart, windowEnd) = (first.addingTimeInterval(-Self.margin), end.addingTimeInterval(Self.margin))
        let events = try EntityRow<Event>.fetchAll(db, sql: """
            SELECT * FROM event WHERE status IN ('planned', 'held', 'cancelled')
              AND ((recurrence IS NULL AND startsAt >= ? AND startsAt < ?) OR (recurrence IS NOT NULL AND startsAt < ?))
            """, arguments: [windowStart, windowEnd, windowEnd]).map(\.entity)
        var present: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT eventID, occurrence, COUNT(*) AS people FROM attendance WHERE occurrence >= ? AND occurrence < ?
            GROUP BY eventID, occurrence
            """, arguments: [windowStart.addingTimeInterval(-Self.reach), windowEnd.addingTimeInterval(Self.reach)]) {
            present[Self.occurrenceKey(row["eventID"], row["occurrence"])] = row["people"]
        }
        let bookings = Dictionary(grouping: try Row.fetchAll(db, sql: """
            SELECT eventID, slot FROM booking WHERE NOT cancelled AND slot >= ? AND slot < ?
            """, arguments: [windowStart.addingTimeInterval(-Self.reach), windowEnd.addingTimeInterval(Self.reach)])) { row in
            row["eventID"] as Int64
        }.mapValues { rows in rows.map { $0["slot"] as Date } }
        var rows: [String: [EventKind: EventMonthRow]] = [:]
        for event in events {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: event.timeZone) ?? .gmt
            for meeting in Self.meetings(of: event, from: windowStart, to: windowEnd) {
                let month = Self.key(meeting.startsAt, calendar)
                guard monthKeys.contains(month) else { continue }
                let people = present[Self.occurrenceKey(event.id, meeting.due)] ?? 0
                let marked = event.recurrence == nil ? event.status == .held : event.status == .held && meeting.endsAt <= now
                let held = people > 0 || marked
                let cancelled = !held && (meeting.cancelled || event.status == .cancelled)
                var row = rows[month]?[event.kind] ?? EventMonthRow(month: month, kind: event.kind)
                row.planned += 1
                row.due += meeting.startsAt <= now ? 1 : 0
                row.held += held ? 1 : 0
                row.cancelled += cancelled ? 1 : 0
                let booked = bookings[event.id]?.count { $0 >= meeting.startsAt && $0 < meeting.endsAt } ?? 0
                row.registrations += cancelled ? 0 : event.slotMinutes == nil ? event.goingCount : booked
                row.attendance += people
                rows[month, default: [:]][event.kind] = row
            }
        }
        let ordered = monthKeys.flatMap { month in EventKind.allCases.compactMap { rows[month]?[$0] } }
        return EventStatistics(from: monthKeys.first ?? "", to: monthKeys.last ?? "", rows: ordered)
    }

    private struct Meeting {
        var due: Date
        var startsAt: Date
        var endsAt: Date
        var cancelled: Bool
    }

    /// A single event, or the meetings of a series due in the window: cancelled ones included, moved ones at their new time.
    private static func meetings(of event: Event, from: Date, to end: Date) -> [Meeting] {
        guard event.recurrence != nil else {
            return [Meeting(due: event.startsAt, startsAt: event.startsAt, endsAt: event.endsAt, cancelled: event.status == .cancelled)]
        }
        var rule = event
        rule.occurrenceChanges = []
        let duration = event.endsAt.timeIntervalSince(event.startsAt)
        return rule.occurrences(from: from.addingTimeInterval(-reach), before: end.addingTimeInterval(reach), limit: 5_000).compactMap { plain in
            let change = event.occurrenceChanges.first { $0.occurrence == plain.due }
            let start = change?.startsAt ?? plain.startsAt
            guard start >= from && start < end else { return nil }
            return Meeting(due: plain.due, startsAt: start, endsAt: change?.endsAt ?? start.addingTimeInterval(duration),
                           cancelled: change?.cancelled == true)
        }
    }

    /// `YYYY-MM` of `date` in the calendar's zone.
    private static func key(_ date: Date, _ calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.year, .month], from: date)
        let month = parts.month ?? 1
        return "\(parts.year ?? 1970)-\(month < 10 ? "0" : "")\(month)"
    }

    private static func occurrenceKey(_ eventID: Int64, _ due: Date) -> String {
        "\(eventID)@\(Int64(due.timeIntervalSince1970))"
    }
}
