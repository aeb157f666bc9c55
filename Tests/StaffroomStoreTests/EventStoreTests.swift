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

extension EventStoreTests {
    @Test func theNextEventTheMemberHasAPlaceAtIsTheReminder() throws {
        let store = try ClientStore.inMemory()
        let monday = Date(timeIntervalSince1970: 1_795_996_800)
        func event(_ id: Int64, hours: Double, status: EventStatus = .planned) -> Change {
            .event(Event(id: id, title: "Событие \(id)", kind: .webinar, description: "", organizerID: 1,
                         startsAt: monday.addingTimeInterval(hours * 3_600), endsAt: monday.addingTimeInterval(hours * 3_600 + 3_600),
                         timeZone: "UTC", status: status))
        }
        try store.apply(SyncPage(changes: [
            event(1, hours: -5), .rsvp(Rsvp(eventID: 1, response: .going)),
            event(2, hours: 3, status: .cancelled), .rsvp(Rsvp(eventID: 2, response: .going)),
            event(3, hours: 4), .rsvp(Rsvp(eventID: 3, response: .going, waitingPosition: 1)),
            event(4, hours: 5), .rsvp(Rsvp(eventID: 4, response: .maybe)),
            event(5, hours: 30), .rsvp(Rsvp(eventID: 5, response: .going)),
            event(6, hours: 40), .rsvp(Rsvp(eventID: 6, response: .going)),
        ], cursor: "e-12", more: false), syncedAt: monday)
        #expect(try store.nextEventGoingTo(after: monday)?.event.id == 5,
                "not the past one, the cancelled one, the one waited for, nor the maybe")
        #expect(try store.nextEventGoingTo(after: monday.addingTimeInterval(31 * 3_600))?.event.id == 6)
        #expect(try store.nextEventGoingTo(after: monday.addingTimeInterval(41 * 3_600)) == nil)
    }
}

extension EventStoreTests {
    @Test func aBookedConsultationSlotIsRemindedAtItsOwnTimeAndIsAmongTheMembersEvents() throws {
        let store = try ClientStore.inMemory()
        try store.saveLogin(Account(serverURL: "http://a", userID: 7, username: "anna", displayName: "Анна", token: "t"))
        let monday = Date(timeIntervalSince1970: 1_795_996_800)
        let start = monday.addingTimeInterval(10 * 3_600)
        try store.apply(SyncPage(changes: [
            .event(Event(id: 1, title: "Консультация", kind: .consultation, description: "", organizerID: 2, startsAt: start,
                         endsAt: start.addingTimeInterval(3_600), timeZone: "UTC", slotMinutes: 20,
                         bookedSlots: [start.addingTimeInterval(2_400)])),
            .event(Event(id: 2, title: "Семинар", kind: .seminar, description: "", organizerID: 2, startsAt: start.addingTimeInterval(1_800),
                         endsAt: start.addingTimeInterval(5_400), timeZone: "UTC")),
            .booking(Booking(id: 5, eventID: 1, slot: start.addingTimeInterval(2_400), bookerID: 7, bookerName: "Анна", question: "Журнал")),
        ], cursor: "e-3", more: false), syncedAt: monday)
        let next = try #require(try store.nextEventGoingTo(after: monday))
        #expect(next.event.id == 1 && next.event.startsAt == start.addingTimeInterval(2_400))
        #expect(next.event.endsAt == start.addingTimeInterval(3_600), "the slot's own twenty minutes")
        #expect(try store.eventRecords(afterID: 0, mine: true, limit: 10).map(\.event.id) == [1], "the booked consultation is the member's")
        try store.apply(SyncPage(changes: [
            .booking(Booking(id: 5, eventID: 1, slot: start.addingTimeInterval(2_400), bookerID: 7, bookerName: "Анна", question: "Журнал",
                             cancelled: true)),
        ], cursor: "e-4", more: false), syncedAt: monday)
        #expect(try store.nextEventGoingTo(after: monday) == nil && store.eventRecords(afterID: 0, mine: true, limit: 10).isEmpty)
    }
}

extension EventStoreTests {
    @Test func anOpenedEventBringsItsLinkedResourcesInTheOrderItLinksThem() throws {
        let store = try ClientStore.inMemory()
        let start = Date(timeIntervalSince1970: 1_796_000_000)
        func resource(_ id: Int64, _ title: String) -> Change {
            .resource(Resource(id: id, title: title, description: "", type: .worksheet, language: "ru", authorID: 1, licence: "CC BY 4.0",
                               createdAt: start, files: [ResourceFile(name: "\(id).pdf", size: 1_000 * id, mediaType: "application/pdf",
                                                                      sha256: String(repeating: "0", count: 64))]))
        }
        try store.apply(SyncPage(changes: [
            resource(1, "Первый"), resource(2, "Второй"),
            .event(Event(id: 5, title: "Семинар", kind: .seminar, description: "", organizerID: 1, startsAt: start,
                         endsAt: start.addingTimeInterval(3_600), timeZone: "UTC", resourceIDs: [2, 9, 1])),
        ], cursor: "e-3", more: false), syncedAt: start)
        #expect(try store.event(id: 5)?.resources.map(\.title) == ["Второй", "Первый"], "a resource the store lacks is left out")
    }
}
