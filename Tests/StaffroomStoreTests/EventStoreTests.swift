import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore

/// Events in the client store: ranges by start time, keyset runs, and the member's own answer.
@Suite struct EventStoreTests {
    private static let monday = Date(timeIntervalSince1970: 1_795_996_800)  // 2026-12-01 00:00 UTC

    private static func event(_ id: Int64, hoursAfterMonday hours: Double, title: String = "Семинар") -> Change {
        let start = monday.addingTimeInterval(hours * 3_600)
        return .event(Event(id: id, title: "\(title) \(id)", kind: .seminar, description: "", organizerID: 1, startsAt: start,
                            endsAt: start.addingTimeInterval(3_600), timeZone: "Europe/Moscow", subjects: ["математика"],
                            grades: [5, 6], capacity: 20, goingCount: 4))
    }

    private func storeWithEvents() throws -> ClientStore {
        let store = try ClientStore.inMemory()
        try store.apply(SyncPage(changes: [Fixture.user(1, "Ольга Петрова"), Self.event(3, hoursAfterMonday: 30),
                                           Self.event(1, hoursAfterMonday: 10), Self.event(2, hoursAfterMonday: 10),
                                           Self.event(4, hoursAfterMonday: 24 * 40),
                                           .rsvp(Rsvp(eventID: 2, response: .going, waitingPosition: 3))],
                                 cursor: "e-6", more: false), syncedAt: Self.monday)
        return store
    }

    @Test func eventsComeInStartOrderWithinTheRangeAndGoOnAfterAKey() throws {
        let store = try storeWithEvents()
        let week = Self.monday.addingTimeInterval(7 * 86_400)
        let first = try store.events(from: Self.monday, before: week, limit: 2)
        #expect(first.map(\.event.id) == [1, 2], "same start: by id")
        let last = try #require(first.last)
        let rest = try store.events(from: Self.monday, before: week, after: EventKey(startsAt: last.event.startsAt, id: last.event.id),
                                    limit: 10)
        #expect(rest.map(\.event.id) == [3], "the event 40 days on is outside the range")
        #expect(try store.eventStarts(from: Self.monday, before: week).count == 3)
        #expect(first.first?.event.subjects == ["математика"] && first.first?.event.grades == [5, 6])
        #expect(first.first?.organizerName == "Ольга Петрова")
    }

    @Test func anEventCarriesTheMembersAnswerAndAnAnswerWaitingToBeSent() throws {
        let store = try storeWithEvents()
        #expect(try store.event(id: 2)?.rsvp == Rsvp(eventID: 2, response: .going, waitingPosition: 3))
        #expect(try store.event(id: 1)?.rsvp == nil)
        try store.enqueue(.rsvp(eventID: 1, response: .maybe))
        try store.enqueue(.rsvp(eventID: 1, response: .going))
        #expect(try store.event(id: 1)?.unsentResponse == .going, "the newest unsent answer")
        #expect(try store.event(id: 2)?.unsentResponse == nil)
        #expect(try store.outboxEntries().map(\.context) == ["Семинар 1", "Семинар 1"])
    }

    @Test func startingSyncAgainForgetsEventsAndAnswers() throws {
        let store = try storeWithEvents()
        try store.restartSync()
        #expect(try store.events(from: .distantPast, before: .distantFuture, limit: 10).isEmpty)
        #expect(try store.event(id: 2) == nil)
    }
}
