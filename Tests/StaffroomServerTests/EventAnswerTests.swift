import Foundation
import GRDB
import Testing
import StaffroomProtocol
import StaffroomSync
@testable import StaffroomServer

/// Answers to events on the server: places up to the capacity, a waiting list that moves up in
/// order, and each member told their own place.
@Suite struct EventAnswerTests {
    private static let names = ["anna", "boris", "vera", "gleb", "dina", "egor", "zoya", "ilya"]
    private static let start = Date().addingTimeInterval(7 * 86_400)

    /// Eight teachers and a seminar with room for `capacity`; returns the event's id.
    private static func seed(capacity: Int?, status: EventStatus = .planned, startsAt: Date = start)
        -> (ServerDatabase, Accounts) throws -> Void {
        { database, accounts in
            for name in names {
                try accounts.addMember(username: name, displayName: name.capitalized, role: .teacher, school: "", password: "password-\(name)")
            }
            _ = try database.batch { writer in
                try writer.addEvent(Event(id: 0, title: "Семинар по функциональной грамотности", kind: .seminar,
                                          description: "Разбор заданий", organizerID: 1, startsAt: startsAt,
                                          endsAt: startsAt.addingTimeInterval(5_400), timeZone: "Europe/Moscow",
                                          capacity: capacity, status: status))
            }
        }
    }

    private func event(_ server: LiveServer) throws -> Event {
        try #require(try server.database.writer.read { db in try EntityRow<Event>.fetchOne(db, sql: "SELECT * FROM event")?.entity })
    }

    /// What each member's own sync says of their answer.
    private func answers(_ server: LiveServer, _ writers: [String: Writer]) async throws -> [String: Rsvp] {
        var result: [String: Rsvp] = [:]
        for (name, writer) in writers {
            let page = try await writer.push([])
            let own = page.changes.compactMap { change -> Rsvp? in if case .rsvp(let rsvp) = change { rsvp } else { nil } }
            #expect(own.count <= 1, "\(name) receives only their own answer")
            result[name] = own.first
        }
        return result
    }

    private func logIn(_ server: LiveServer) async throws -> [String: Writer] {
        var writers: [String: Writer] = [:]
        for name in Self.names { writers[name] = try await Writer.login(server, as: name) }
        return writers
    }

    @Test func answersSentAtOnceNeverGiveOutMorePlacesThanThereAre() async throws {
        let server = try await LiveServer.start(prepare: Self.seed(capacity: 3))
        let writers = try await logIn(server)
        let outcomes = try await withThrowingTaskGroup(of: MutationResult.Outcome.self) { group in
            for writer in writers.values {
                group.addTask { try await writer.push(.rsvp(eventID: 1, response: .going), sequence: 1).outcome }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let event = try event(server)
        let answers = try await answers(server, writers)
        for writer in writers.values { await writer.close() }
        await server.stop()
        #expect(outcomes == Array(repeating: .applied, count: 8))
        #expect(event.goingCount == 3 && event.waitingCount == 5)
        #expect(answers.values.filter { $0.response == .going && $0.waitingPosition == nil }.count == 3)
        #expect(answers.values.compactMap(\.waitingPosition).sorted() == [1, 2, 3, 4, 5])
    }

    @Test func aFreedPlaceGoesToTheFirstInLineAndTheLineMovesUp() async throws {
        let server = try await LiveServer.start(prepare: Self.seed(capacity: 2))
        let writers = try await logIn(server)
        for name in ["anna", "boris", "vera", "gleb", "dina"] {
            _ = try await writers[name]?.push(.rsvp(eventID: 1, response: .going), sequence: 1)
        }
        let before = try await answers(server, writers)
        _ = try await writers["boris"]?.push(.rsvp(eventID: 1, response: .notGoing), sequence: 2)
        let afterLeaving = try event(server)
        // gleb, now first in line, changes his mind too: dina moves up to first.
        _ = try await writers["gleb"]?.push(.rsvp(eventID: 1, response: .maybe), sequence: 2)
        // anna answers going again: she keeps her place.
        _ = try await writers["anna"]?.push(.rsvp(eventID: 1, response: .going), sequence: 2)
        let after = try await answers(server, writers)
        let final = try event(server)
        for writer in writers.values { await writer.close() }
        await server.stop()
        #expect(before["vera"]?.waitingPosition == 1 && before["gleb"]?.waitingPosition == 2 && before["dina"]?.waitingPosition == 3)
        #expect(afterLeaving.goingCount == 2 && afterLeaving.waitingCount == 2)
        #expect(after["vera"] == Rsvp(eventID: 1, response: .going), "vera had the first place in line and got the free place")
        #expect(after["boris"] == Rsvp(eventID: 1, response: .notGoing))
        #expect(after["gleb"] == Rsvp(eventID: 1, response: .maybe))
        #expect(after["dina"] == Rsvp(eventID: 1, response: .going, waitingPosition: 1))
        #expect(after["anna"] == Rsvp(eventID: 1, response: .going))
        #expect(final.goingCount == 2 && final.waitingCount == 1)
    }

    @Test func anEventWithoutALimitTakesEveryone() async throws {
        let server = try await LiveServer.start(prepare: Self.seed(capacity: nil))
        let writers = try await logIn(server)
        for writer in writers.values { _ = try await writer.push(.rsvp(eventID: 1, response: .going), sequence: 1) }
        let event = try event(server)
        for writer in writers.values { await writer.close() }
        await server.stop()
        #expect(event.goingCount == 8 && event.waitingCount == 0)
    }

    @Test(arguments: [(EventStatus.cancelled, 7.0), (.held, -7.0), (.planned, -7.0)])
    func aClosedEventTakesNoAnswers(status: EventStatus, daysFromNow: Double) async throws {
        let startsAt = Date().addingTimeInterval(daysFromNow * 86_400)
        let server = try await LiveServer.start(prepare: Self.seed(capacity: 5, status: status, startsAt: startsAt))
        let anna = try await Writer.login(server, as: "anna")
        let closed = try await anna.push(.rsvp(eventID: 1, response: .going), sequence: 1)
        let missing = try await anna.push(.rsvp(eventID: 99, response: .going), sequence: 2)
        let event = try event(server)
        await anna.close()
        await server.stop()
        #expect(closed.outcome == .rejected && closed.code == .eventClosed)
        #expect(missing.outcome == .rejected && missing.code == .notFound)
        #expect(event.goingCount == 0)
    }
}

extension EventAnswerTests {
    @Test func theOrganizerAndModeratorsSeeWhoComesInOrderAndOthersAreRefused() async throws {
        let server = try await LiveServer.start(prepare: { database, accounts in
            try Self.seed(capacity: 2)(database, accounts)
            try accounts.addMember(username: "marina", displayName: "Марина", role: .moderator, school: "Школа № 1",
                                   password: "password-marina")
        })
        let writers = try await logIn(server)
        for (name, response) in [("boris", EventResponse.going), ("vera", .maybe), ("gleb", .going), ("dina", .going),
                                 ("egor", .going), ("zoya", .notGoing)] {
            _ = try await writers[name]?.push(.rsvp(eventID: 1, response: response), sequence: 1)
        }
        func ask(_ name: String) async throws -> (status: Int, list: EventParticipants?) {
            let token = try await server.token(username: name, password: "password-\(name)")
            let answer = try await server.request(.GET, "/v1/events/1/participants", headers: [("Authorization", "Bearer \(token)")])
            return (answer.status, answer.status == 200 ? try WireFormat.makeDecoder().decode(EventParticipants.self, from: Data(answer.body)) : nil)
        }
        let organizer = try await ask("anna")
        let moderator = try await ask("marina")
        let teacher = try await ask("boris")
        for writer in writers.values { await writer.close() }
        await server.stop()
        #expect(organizer.list?.participants.map { "\($0.displayName) \($0.response.rawValue) \($0.waitingPosition ?? 0)" } == [
            "Boris going 0", "Gleb going 0", "Dina going 1", "Egor going 2", "Vera maybe 0", "Zoya not_going 0",
        ])
        #expect(moderator.status == 200 && moderator.list == organizer.list)
        #expect(teacher.status == 403, "a teacher who is not the organizer")
    }
}

extension EventAnswerTests {
    /// A weekly webinar in London across the change to summer time, with a moved meeting, through the
    /// real server into a client: the agenda keeps 17:00 London time.
    @Test func aSeriesTravelsWholeAndExpandsAcrossSummerTime() async throws {
        let first = Date(timeIntervalSince1970: 1_773_766_800)   // Tuesday 2026-03-17 17:00 GMT
        let server = try await LiveServer.start(prepare: { database, accounts in
            try Self.seed(capacity: nil)(database, accounts)
            _ = try database.batch { writer in
                try writer.addEvent(Event(id: 0, title: "Exit tickets clinic", kind: .webinar, description: "", organizerID: 1,
                                          startsAt: first, endsAt: first.addingTimeInterval(2_700), timeZone: "Europe/London",
                                          recurrence: Recurrence(frequency: .weekly, count: 4),
                                          occurrenceChanges: [OccurrenceChange(occurrence: first.addingTimeInterval(7 * 86_400),
                                                                               startsAt: first.addingTimeInterval(8 * 86_400))]))
            }
        })
        let (store, connection) = try await loggedInClient(server, username: "boris", password: "password-boris")
        _ = try await Synchronizer(connection: connection, store: store, retry: .never).run()
        await connection.shutdown()
        await server.stop()
        let agenda = try store.events(from: first.addingTimeInterval(-86_400), before: first.addingTimeInterval(60 * 86_400), limit: 10)
            .filter { $0.event.recurrence != nil }
        var london = Calendar(identifier: .gregorian)
        london.timeZone = TimeZone(identifier: "Europe/London")!
        #expect(agenda.map { london.dateComponents([.month, .day, .hour], from: $0.event.startsAt) }.map { "\($0.month!)-\($0.day!) \($0.hour!)h" }
                == ["3-17 17h", "3-25 17h", "3-31 17h", "4-7 17h"], "the second meeting moved to Wednesday; after 29 March still 17:00")
        #expect(agenda[2].event.startsAt.timeIntervalSince(first) == 14 * 86_400 - 3_600, "an hour earlier in UTC in summer")
    }
}

extension EventAnswerTests {
    @Test func aSeriesTakesAnswersUntilItsLastMeetingHasEnded() async throws {
        let now = Date()
        let week = 7 * 86_400.0
        let database = try ServerDatabase.inMemory()
        let accounts = Accounts(database: database, bcryptCost: 4)
        try accounts.addMember(username: "anna", displayName: "Анна", role: .teacher, school: "", password: "password-anna")
        let ids = try database.batch { writer in
            try [(-3 * week, 5), (-3 * week, 3)].map { offset, count in
                try writer.addEvent(Event(id: 0, title: "Серия", kind: .seminar, description: "", organizerID: 1,
                                          startsAt: now.addingTimeInterval(offset), endsAt: now.addingTimeInterval(offset + 3_600),
                                          timeZone: "UTC", recurrence: Recurrence(frequency: .weekly, count: count)))
            }
        }
        let outcomes = try ids.map { id in
            try database.writer.write { db -> String in
                do {
                    try EventBook(db: db).respond(userID: 1, eventID: id, response: .going, now: now)
                    return "applied"
                } catch let refusal as MutationRefusal {
                    return refusal.code.rawValue
                }
            }
        }
        #expect(outcomes == ["applied", "event_closed"], "four weeks of five still to come; three of three already past")
    }
}

extension EventAnswerTests {
    @Test func onlyTheOrganizerOrAModeratorMarksAnEventAndHeldWaitsForItsStart() async throws {
        let server = try await LiveServer.start(prepare: { database, accounts in
            try Self.seed(capacity: 5)(database, accounts)
            try accounts.addMember(username: "marina", displayName: "Марина", role: .moderator, school: "",
                                   password: "password-marina")
        })
        let anna = try await Writer.login(server, as: "anna")       // the organizer (user 1)
        let boris = try await Writer.login(server, as: "boris")
        let marina = try await Writer.login(server, as: "marina")
        _ = try await boris.push(.rsvp(eventID: 1, response: .going), sequence: 1)
        let byTeacher = try await boris.push(.setEventStatus(eventID: 1, status: .cancelled), sequence: 2)
        let heldTooEarly = try await anna.push(.setEventStatus(eventID: 1, status: .held), sequence: 1)
        let cancelled = try await marina.push(.setEventStatus(eventID: 1, status: .cancelled), sequence: 1)
        let afterCancel = try await boris.push(.rsvp(eventID: 1, response: .maybe), sequence: 3)
        let page = try await boris.push([])
        let event = try event(server)
        for writer in [anna, boris, marina] { await writer.close() }
        await server.stop()
        #expect(byTeacher.outcome == .rejected && byTeacher.code == .forbidden)
        #expect(heldTooEarly.outcome == .rejected && heldTooEarly.code == .eventNotStarted, "the seminar is a week away")
        #expect(cancelled.outcome == .applied && event.status == .cancelled)
        #expect(event.goingCount == 1, "answers are kept")
        #expect(afterCancel.code == .eventClosed)
        #expect(page.changes.contains { if case .event(let synced) = $0 { synced.status == .cancelled } else { false } },
                "every member receives the cancellation")
    }
}
