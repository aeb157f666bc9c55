import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore

/// Series of events: occurrences in the organizer's zone, across summer time, with cancelled and
/// moved ones, and in the store's agenda beside single events.
@Suite struct RecurrenceTests {
    private static func date(_ text: String, zone: String = "UTC") -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: zone)
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)!
    }

    private static func series(_ rule: Recurrence, start: String, zone: String = "Europe/London", minutes: Double = 60,
                               changes: [OccurrenceChange] = [], id: Int64 = 1) -> Event {
        let starts = date(start, zone: zone)
        return Event(id: id, title: "Серия \(id)", kind: .consultation, description: "", organizerID: 1, startsAt: starts,
                     endsAt: starts.addingTimeInterval(minutes * 60), timeZone: zone, recurrence: rule, occurrenceChanges: changes)
    }

    private func local(_ dates: [Date], zone: String) -> [String] {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: zone)
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return dates.map(formatter.string)
    }

    @Test func aWeeklySeriesKeepsItsLocalTimeAcrossTheChangeToSummerTime() {
        let event = Self.series(Recurrence(frequency: .weekly), start: "2026-03-17 17:00")
        let occurrences = event.occurrences(from: .distantPast, before: Self.date("2026-04-10 00:00"))
        #expect(local(occurrences.map(\.startsAt), zone: "Europe/London") ==
                ["2026-03-17 17:00", "2026-03-24 17:00", "2026-03-31 17:00", "2026-04-07 17:00"])
        #expect(local(occurrences.map(\.startsAt), zone: "UTC") ==
                ["2026-03-17 17:00", "2026-03-24 17:00", "2026-03-31 16:00", "2026-04-07 16:00"], "an hour earlier in UTC from 29 March")
        #expect(occurrences.allSatisfy { $0.endsAt.timeIntervalSince($0.startsAt) == 3_600 })
    }

    @Test func weekdaysIntervalCountAndUntilBoundASeries() {
        let twiceAWeek = Self.series(Recurrence(frequency: .weekly, interval: 2, weekdays: [3, 5], count: 5),
                                     start: "2026-12-01 15:00", zone: "Europe/Moscow")
        #expect(local(twiceAWeek.occurrences(from: .distantPast, before: .distantFuture).map(\.startsAt), zone: "Europe/Moscow") ==
                ["2026-12-01 15:00", "2026-12-03 15:00", "2026-12-15 15:00", "2026-12-17 15:00", "2026-12-29 15:00"])
        for (until, count) in [("2026-12-22 11:59", 3), ("2026-12-22 12:00", 4)] {
            let series = Self.series(Recurrence(frequency: .weekly, until: Self.date(until)), start: "2026-12-01 15:00",
                                     zone: "Europe/Moscow")
            #expect(series.occurrences(from: .distantPast, before: .distantFuture).count == count,
                    "until \(until) UTC; an occurrence at the very instant is included, as in RFC 5545")
        }
    }

    @Test func aMonthlySeriesSkipsMonthsWithoutItsDay() {
        let event = Self.series(Recurrence(frequency: .monthly, count: 4), start: "2027-01-31 10:00", zone: "UTC")
        #expect(local(event.occurrences(from: .distantPast, before: .distantFuture).map(\.startsAt), zone: "UTC") ==
                ["2027-01-31 10:00", "2027-03-31 10:00", "2027-05-31 10:00", "2027-07-31 10:00"])
    }

    @Test func cancelledOccurrencesAreLeftOutAndMovedOnesComeAtTheirNewTime() {
        let event = Self.series(Recurrence(frequency: .weekly, count: 4), start: "2026-12-01 15:00", zone: "UTC", changes: [
            OccurrenceChange(occurrence: Self.date("2026-12-08 15:00"), cancelled: true),
            OccurrenceChange(occurrence: Self.date("2026-12-15 15:00"), startsAt: Self.date("2026-12-16 09:00"),
                             endsAt: Self.date("2026-12-16 09:30")),
        ])
        let occurrences = event.occurrences(from: .distantPast, before: .distantFuture)
        #expect(local(occurrences.map(\.startsAt), zone: "UTC") == ["2026-12-01 15:00", "2026-12-16 09:00", "2026-12-22 15:00"])
        #expect(occurrences[1].due == Self.date("2026-12-15 15:00"))
        #expect(occurrences[1].endsAt == Self.date("2026-12-16 09:30"))
        #expect(event.occurrences(from: Self.date("2026-12-10 00:00"), before: Self.date("2026-12-20 00:00")).count == 1)
    }

    @Test func theAgendaInterleavesOccurrencesWithSingleEventsAndGoesOnAfterAKey() throws {
        let store = try ClientStore.inMemory()
        let single = Event(id: 2, title: "Разовое", kind: .seminar, description: "", organizerID: 1,
                           startsAt: Self.date("2026-12-02 10:00"), endsAt: Self.date("2026-12-02 11:00"), timeZone: "UTC")
        try store.apply(SyncPage(changes: [
            .event(Self.series(Recurrence(frequency: .weekly, count: 3), start: "2026-12-01 15:00", zone: "UTC")),
            .event(single), .rsvp(Rsvp(eventID: 1, response: .going)),
        ], cursor: "e-3", more: false), syncedAt: Date())
        let december = try store.events(from: Self.date("2026-12-01 00:00"), before: Self.date("2027-01-01 00:00"), limit: 3)
        #expect(december.map { "\($0.event.id) \(local([$0.event.startsAt], zone: "UTC")[0])" } ==
                ["1 2026-12-01 15:00", "2 2026-12-02 10:00", "1 2026-12-08 15:00"])
        let last = try #require(december.last)
        let rest = try store.events(from: Self.date("2026-12-01 00:00"), before: Self.date("2027-01-01 00:00"),
                                    after: EventKey(startsAt: last.event.startsAt, id: last.event.id), limit: 10)
        #expect(rest.map(\.due) == [Self.date("2026-12-15 15:00")])
        #expect(try store.eventStarts(from: Self.date("2026-12-01 00:00"), before: Self.date("2027-01-01 00:00")).count == 4)
        #expect(try store.event(id: 1, due: Self.date("2026-12-08 15:00"))?.event.startsAt == Self.date("2026-12-08 15:00"))
        #expect(try store.nextEventGoingTo(after: Self.date("2026-12-09 00:00"))?.event.startsAt == Self.date("2026-12-15 15:00"),
                "the next occurrence of a series the member goes to")
        #expect(try store.eventRecords(afterID: 0, limit: 10).map(\.event.startsAt) ==
                [Self.date("2026-12-01 15:00"), Self.date("2026-12-02 10:00")], "the export reads each series once")
    }
}
