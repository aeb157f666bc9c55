import Foundation
import GRDB
import Testing
import StaffroomProtocol
import StaffroomSync
@testable import StaffroomServer

/// `GET /v1/stats/events` against a network whose true figures are known: two whole months in the
/// past, single events held, cancelled and left unmarked, a weekly series with one meeting cancelled
/// and one with attendance, and a proposal that does not count.
@Suite struct EventStatisticsTests {
    private static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }

    /// Midnight (UTC) of the first day of the month `offset` months from now's.
    private static func monthStart(_ offset: Int) -> Date {
        let this = utc.dateInterval(of: .month, for: Date())!.start
        return utc.date(byAdding: .month, value: offset, to: this)!
    }

    private static func key(_ offset: Int) -> String {
        let parts = utc.dateComponents([.year, .month], from: monthStart(offset))
        return String(format: "%04d-%02d", parts.year!, parts.month!)
    }

    private static func seed(_ database: ServerDatabase, _ accounts: Accounts) throws {
        try seedWriters(database, accounts)
        let earlier = monthStart(-2), last = monthStart(-1)
        let olga = User(id: 1, username: "olga", displayName: "Olga", role: .mentor, school: "")
        try database.batch { writer in
            let book = EventBook(db: writer.db)
            func add(_ title: String, _ kind: EventKind, day: Int, month: Date, recurrence: Recurrence? = nil,
                     status: EventStatus = .planned, going: [Int64]) throws -> Event {
                let start = month.addingTimeInterval(TimeInterval((day - 1) * 86_400 + 9 * 3_600))
                let id = try book.add(Event(id: 0, title: title, kind: kind, description: "", organizerID: 1, startsAt: start,
                                            endsAt: start.addingTimeInterval(3_600), timeZone: "UTC", status: .planned,
                                            recurrence: recurrence))
                for member in going { try book.respond(userID: member, eventID: id, response: .going, now: start.addingTimeInterval(-86_400)) }
                if status != .planned { try book.setStatus(status, of: id) }
                return try book.event(id)!
            }
            let held = try add("Семинар, который прошёл", .seminar, day: 10, month: earlier, going: [2, 3, 5])
            try EventAttendance(db: writer.db, user: olga, now: held.endsAt).record(eventID: held.id, occurrence: held.startsAt,
                                                                                     attendees: [2, 5])
            _ = try add("Отменённый вебинар", .webinar, day: 11, month: earlier, status: .cancelled, going: [2])
            _ = try add("Неотмеченный семинар", .seminar, day: 12, month: earlier, going: [3, 4])
            _ = try add("Предложение", .seminar, day: 13, month: earlier, status: .proposed, going: [])
            _ = try add("Давний семинар", .seminar, day: 10, month: monthStart(-6), status: .held, going: [2])
            var series = try add("Консультации по пятницам", .consultation, day: 1, month: last,
                                 recurrence: Recurrence(frequency: .weekly, count: 4), going: [2, 5])
            series.occurrenceChanges = [OccurrenceChange(occurrence: series.startsAt.addingTimeInterval(7 * 86_400), cancelled: true)]
            try book.update(series)
            try EventAttendance(db: writer.db, user: olga, now: series.endsAt).record(eventID: series.id, occurrence: series.startsAt,
                                                                                       attendees: [2, 5])
        }
    }

    @Test func everyFigureMatchesTheNetworksKnownValues() async throws {
        let server = try await LiveServer.start(prepare: Self.seed)
        let anna = try await Writer.login(server, as: "anna")
        let answer = try await HTTPExchange.send(.GET, WireFormat.eventStatisticsPath + "?months=3",
                                                 headers: [("Authorization", "Bearer \(anna.token)")], to: server)
        let badMonths = try await HTTPExchange.send(.GET, WireFormat.eventStatisticsPath + "?months=0",
                                                    headers: [("Authorization", "Bearer \(anna.token)")], to: server)
        let anonymous = try await HTTPExchange.send(.GET, WireFormat.eventStatisticsPath, to: server)
        await anna.close()
        await server.stop()
        #expect(answer.status == 200 && badMonths.status == 400 && anonymous.status == 401)
        let statistics = try WireFormat.makeDecoder().decode(EventStatistics.self, from: Data(try answer.decodedBody()))
        #expect(statistics.from == Self.key(-2) && statistics.to == Self.key(0))
        #expect(statistics.rows == [
            EventMonthRow(month: Self.key(-2), kind: .seminar, planned: 2, due: 2, held: 1, cancelled: 0, registrations: 5, attendance: 2),
            EventMonthRow(month: Self.key(-2), kind: .webinar, planned: 1, due: 1, held: 0, cancelled: 1, registrations: 0, attendance: 0),
            EventMonthRow(month: Self.key(-1), kind: .consultation, planned: 4, due: 4, held: 1, cancelled: 1, registrations: 6,
                          attendance: 2),
        ])
    }
}
