import Foundation
import Testing
import StaffroomProtocol
import StaffroomSync
@testable import StaffroomServer

/// Consultations booked by slots: one member per slot even when two book at once, the question
/// seen only by its member and the organizer, cancelling frees the slot, and the rules of who may.
@Suite struct ConsultationTests {
    /// Tomorrow, whole minutes: olga's hour of three 20-minute slots.
    private static let start = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 / 60).rounded(.down) * 60 + 86_400)

    private static func seed(_ database: ServerDatabase, _ accounts: Accounts) throws {
        try seedWriters(database, accounts)
        _ = try database.batch { writer in
            try writer.addEvent(Event(id: 0, title: "Консультация: первый год", kind: .consultation, description: "", organizerID: 1,
                                      startsAt: start, endsAt: start.addingTimeInterval(3_600), timeZone: "Europe/Moscow",
                                      slotMinutes: 20))
        }
    }

    private func bookings(of writer: Writer) async throws -> [Booking] {
        try await writer.fullSync().compactMap { change in if case .booking(let booking) = change { booking } else { nil } }
    }

    private func event(seenBy writer: Writer) async throws -> Event? {
        try await writer.fullSync().compactMap { change in if case .event(let event) = change { event } else { nil } }.first
    }

    @Test func twoMembersBookingOneSlotAtOnceGiveItToOneAndOnlyTheyAndTheOrganizerSeeTheQuestion() async throws {
        let server = try await LiveServer.start(prepare: Self.seed)
        let anna = try await Writer.login(server, as: "anna")
        let pavel = try await Writer.login(server, as: "pavel")
        let ivan = try await Writer.login(server, as: "ivan")
        let olga = try await Writer.login(server, as: "olga")
        let slot = Self.start.addingTimeInterval(1_200)
        async let annas = anna.push(.bookSlot(eventID: 1, slot: slot, question: "Как говорить с родителями?"), sequence: 1)
        async let pavels = pavel.push(.bookSlot(eventID: 1, slot: slot, question: "Как вести журнал?"), sequence: 1)
        let outcomes = try await [annas, pavels]
        let seenByIvan = try await (bookings(of: ivan), event(seenBy: ivan))
        let seenByOlga = try await bookings(of: olga)
        let winner = outcomes[0].outcome == .applied ? anna : pavel
        let seenByWinner = try await bookings(of: winner)
        for writer in [anna, pavel, ivan, olga] { await writer.close() }
        await server.stop()
        #expect(outcomes.map(\.outcome).sorted { $0.rawValue < $1.rawValue } == [.applied, .rejected])
        #expect(outcomes.contains { $0.code == .slotTaken })
        #expect(seenByIvan.0.isEmpty, "another member sees no booking")
        #expect(seenByIvan.1?.bookedSlots == [slot], "but sees the slot taken")
        #expect(seenByOlga.count == 1 && seenByWinner == seenByOlga, "the organizer and the member see the booking with its question")
        #expect(seenByOlga.first?.question.hasPrefix("Как") == true && seenByOlga.first?.bookerName == (winner.token == anna.token ? "Anna" : "Pavel"))
    }

    @Test func cancellingFreesTheSlotAndOnlyTheMemberTheOrganizerOrAModeratorMayCancel() async throws {
        let server = try await LiveServer.start(prepare: Self.seed)
        let anna = try await Writer.login(server, as: "anna")
        let pavel = try await Writer.login(server, as: "pavel")
        let olga = try await Writer.login(server, as: "olga")
        let slot = Self.start
        let booked = try await anna.push(.bookSlot(eventID: 1, slot: slot, question: "Вопрос"), sequence: 1)
        let annas = try #require(booked.entityID)
        let byOther = try await pavel.push(.cancelBooking(bookingID: annas), sequence: 1)
        let byAnna = try await anna.push(.cancelBooking(bookingID: annas), sequence: 2)
        let annasAfter = try await bookings(of: anna)
        let rebooked = try await pavel.push(.bookSlot(eventID: 1, slot: slot, question: "Теперь я"), sequence: 2)
        let pavels = try #require(rebooked.entityID)
        let byOrganizer = try await olga.push(.cancelBooking(bookingID: pavels), sequence: 1)
        let nothingThere = try await olga.push(.cancelBooking(bookingID: pavels), sequence: 2)
        let answer = try await anna.push(.rsvp(eventID: 1, response: .going), sequence: 3)
        let free = try await event(seenBy: anna)?.bookedSlots
        for writer in [anna, pavel, olga] { await writer.close() }
        await server.stop()
        #expect(byOther.code == .forbidden && byAnna.outcome == .applied)
        #expect(annasAfter.map(\.cancelled) == [true], "anna is told her booking is cancelled")
        #expect(rebooked.outcome == .applied, "a freed slot can be booked again")
        #expect(byOrganizer.outcome == .applied && nothingThere.code == .notFound)
        #expect(answer.code == .eventClosed, "a consultation by slots is booked, not answered")
        #expect(free == [])
    }

    @Test func aSlotMustBeOneOfTheConsultationsTheOrganizerDoesNotBookAndAQuestionIsNeeded() async throws {
        let server = try await LiveServer.start(prepare: Self.seed)
        let anna = try await Writer.login(server, as: "anna")
        let olga = try await Writer.login(server, as: "olga")
        let between = try await anna.push(.bookSlot(eventID: 1, slot: Self.start.addingTimeInterval(600), question: "?"), sequence: 1)
        let after = try await anna.push(.bookSlot(eventID: 1, slot: Self.start.addingTimeInterval(3_600), question: "?"), sequence: 2)
        let empty = try await anna.push(.bookSlot(eventID: 1, slot: Self.start, question: "  "), sequence: 3)
        let own = try await olga.push(.bookSlot(eventID: 1, slot: Self.start, question: "?"), sequence: 1)
        let moveAway = try await olga.push(.editEvent(eventID: 1, event: EventDraft(
            title: "Консультация: первый год", kind: .consultation, startsAt: Self.start, endsAt: Self.start.addingTimeInterval(3_600),
            timeZone: "Europe/Moscow", slotMinutes: 30)), sequence: 2)
        let booked = try await anna.push(.bookSlot(eventID: 1, slot: Self.start.addingTimeInterval(1_800), question: "Журнал"), sequence: 4)
        let wouldStrand = try await olga.push(.editEvent(eventID: 1, event: EventDraft(
            title: "Консультация: первый год", kind: .consultation, startsAt: Self.start, endsAt: Self.start.addingTimeInterval(3_600),
            timeZone: "Europe/Moscow", slotMinutes: 60)), sequence: 3)
        for writer in [anna, olga] { await writer.close() }
        await server.stop()
        #expect(between.code == .notFound && after.code == .notFound && empty.code == .empty && own.code == .forbidden)
        #expect(moveAway.outcome == .applied, "with no bookings the slots may change")
        #expect(booked.outcome == .applied)
        #expect(wouldStrand.code == .invalid, "a change that would strand a booking is refused")
    }

    @Test func whoBookedASlotOfAMeetingThatTookPlaceIsOnItsAttendanceListAndGetsACertificate() async throws {
        let began = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 / 60).rounded(.down) * 60 - 3_600)
        let server = try await LiveServer.start { database, accounts in
            try seedWriters(database, accounts)
            _ = try database.batch { writer in
                let id = try writer.addEvent(Event(id: 0, title: "Консультация вчера", kind: .consultation, description: "", organizerID: 1,
                                                   startsAt: began, endsAt: began.addingTimeInterval(2_400), timeZone: "UTC", slotMinutes: 20))
                let anna = User(id: 2, username: "anna", displayName: "Anna", role: .teacher, school: "")
                let book = ConsultationBook(db: writer.db, user: anna, now: began.addingTimeInterval(-86_400))
                _ = try book.book(eventID: id, slot: began.addingTimeInterval(1_200), question: "Журнал")
                _ = try book.book(eventID: id, slot: began, question: "И ещё одно")
            }
        }
        let olga = try await Writer.login(server, as: "olga")
        let anna = try await Writer.login(server, as: "anna")
        let listed = try await olga.connection.eventParticipants(token: olga.token, eventID: 1)
        let recorded = try await olga.push(.recordAttendance(eventID: 1, occurrence: began, attendees: [2]), sequence: 1)
        let strangers = try await olga.push(.recordAttendance(eventID: 1, occurrence: began, attendees: [2, 5]), sequence: 2)
        let certificates = try await anna.fullSync().compactMap { change -> Certificate? in
            if case .certificate(let certificate) = change { certificate } else { nil }
        }
        for writer in [olga, anna] { await writer.close() }
        await server.stop()
        #expect(listed.participants.map(\.userID) == [2] && listed.participants.first?.response == .going,
                "anna, once, though she booked two slots")
        #expect(recorded.outcome == .applied && strangers.code == .notFound)
        #expect(certificates.map(\.eventTitle) == ["Консультация вчера"])
    }
}
