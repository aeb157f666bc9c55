import Foundation
import Testing
import StaffroomProtocol
import StaffroomSync
@testable import StaffroomServer

/// Attendance recorded by the organizer, and the certificates it gives: only the holder receives
/// theirs, anyone with the code can check it over plain HTTP, and taking the attendance back
/// revokes it.
@Suite struct AttendanceTests {
    /// A seminar by olga (member 1) that began an hour ago, and a weekly series of hers that began
    /// three weeks ago, both answered by anna (2) and pavel (5).
    private static let seminarStart = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 / 60).rounded(.down) * 60 - 3_600)
    private static let seriesStart = seminarStart.addingTimeInterval(-21 * 86_400)

    private static func seed(_ database: ServerDatabase, _ accounts: Accounts) throws {
        try seedWriters(database, accounts)
        try database.batch { writer in
            try writer.addEvent(Event(id: 0, title: "Смысловое чтение", kind: .seminar, description: "", organizerID: 1,
                                      startsAt: seminarStart, endsAt: seminarStart.addingTimeInterval(5_400), timeZone: "Europe/Moscow"))
            try writer.addEvent(Event(id: 0, title: "Кружок наставников", kind: .seminar, description: "", organizerID: 1,
                                      startsAt: seriesStart, endsAt: seriesStart.addingTimeInterval(3_600), timeZone: "Europe/Moscow",
                                      recurrence: Recurrence(frequency: .weekly, count: 10)))
        }
    }

    private func certificates(of writer: Writer) async throws -> [Certificate] {
        try await writer.fullSync().compactMap { change in if case .certificate(let certificate) = change { certificate } else { nil } }
    }

    private func check(_ code: String, on server: LiveServer) async throws -> (status: Int, certificate: Certificate?) {
        let answer = try await HTTPExchange.send(.GET, WireFormat.certificatePath(code), headers: [], to: server)
        let body = Data(try answer.decodedBody())
        return (answer.status, answer.status == 200 ? try WireFormat.makeDecoder().decode(Certificate.self, from: body) : nil)
    }

    @Test func theOrganizerRecordsWhoCameAndEachGetsACertificateAnyoneCanCheck() async throws {
        let server = try await LiveServer.start(prepare: Self.seed)
        let olga = try await Writer.login(server, as: "olga")
        let anna = try await Writer.login(server, as: "anna")
        let pavel = try await Writer.login(server, as: "pavel")
        for writer in [anna, pavel] { _ = try await writer.push(.rsvp(eventID: 1, response: .going), sequence: 1) }
        let recorded = try await olga.push(.recordAttendance(eventID: 1, occurrence: Self.seminarStart, attendees: [2]), sequence: 1)
        let annas = try await certificates(of: anna)
        let pavels = try await certificates(of: pavel)
        let code = try #require(annas.first?.code)
        let checked = try await check(code, on: server)
        let typedLoosely = try await check(code.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "0", with: "o"),
                                           on: server)
        let unknown = try await check("SR-0000-0000-0000", on: server)
        let participants = try await olga.connection.eventParticipants(token: olga.token, eventID: 1)
        let seminar = try await server.database.writer.read { db in try EventBook(db: db).event(1) }
        for writer in [olga, anna, pavel] { await writer.close() }
        await server.stop()

        #expect(recorded.outcome == .applied)
        #expect(annas.count == 1 && pavels.isEmpty, "only the attendee receives a certificate, and only their own")
        let certificate = try #require(checked.certificate)
        #expect(checked.status == 200 && certificate == annas.first)
        #expect(certificate.holderName == "Anna" && certificate.eventTitle == "Смысловое чтение" && certificate.organizerName == "Olga")
        #expect(certificate.startsAt == Self.seminarStart && !certificate.revoked)
        #expect(code.wholeMatch(of: /SR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/) != nil)
        #expect(typedLoosely.certificate?.code == code, "a code typed in lower case, without dashes, O for 0, is found")
        #expect(unknown.status == 404)
        #expect(participants.participants.map(\.attended) == [true, false])
        #expect(seminar?.status == .held, "recording attendance marks a single event held")
    }

    @Test func takingSomeoneOffTheListRevokesTheirCertificateAndPuttingThemBackRestoresIt() async throws {
        let server = try await LiveServer.start(prepare: Self.seed)
        let olga = try await Writer.login(server, as: "olga")
        let anna = try await Writer.login(server, as: "anna")
        let pavel = try await Writer.login(server, as: "pavel")
        for writer in [anna, pavel] { _ = try await writer.push(.rsvp(eventID: 1, response: .going), sequence: 1) }
        _ = try await olga.push(.recordAttendance(eventID: 1, occurrence: Self.seminarStart, attendees: [2, 5]), sequence: 1)
        let issued = try #require(try await certificates(of: anna).first)
        _ = try await olga.push(.recordAttendance(eventID: 1, occurrence: Self.seminarStart, attendees: [5]), sequence: 2)
        let revoked = try await check(issued.code, on: server)
        let annasAfterRevoking = try await certificates(of: anna)
        _ = try await olga.push(.recordAttendance(eventID: 1, occurrence: Self.seminarStart, attendees: [2, 5]), sequence: 3)
        let restored = try await check(issued.code, on: server)
        for writer in [olga, anna, pavel] { await writer.close() }
        await server.stop()
        #expect(revoked.status == 200 && revoked.certificate?.revoked == true)
        #expect(annasAfterRevoking.map(\.revoked) == [true], "anna is told")
        #expect(restored.certificate?.revoked == false && restored.certificate?.code == issued.code)
    }

    @Test func attendanceIsPerOccurrenceOfASeriesAndOnlyOnceItBegan() async throws {
        let server = try await LiveServer.start(prepare: Self.seed)
        let olga = try await Writer.login(server, as: "olga")
        let anna = try await Writer.login(server, as: "anna")
        let marina = try await Writer.login(server, as: "marina")
        for (writer, sequence) in [(anna, Int64(1)), (marina, 1)] { _ = try await writer.push(.rsvp(eventID: 2, response: .going), sequence: sequence) }
        let week = 7 * 86_400.0
        let second = Self.seriesStart.addingTimeInterval(week)
        let ok = try await olga.push(.recordAttendance(eventID: 2, occurrence: second, attendees: [2]), sequence: 1)
        let future = try await olga.push(.recordAttendance(eventID: 2, occurrence: Self.seriesStart.addingTimeInterval(5 * week),
                                                           attendees: [2]), sequence: 2)
        let notDue = try await olga.push(.recordAttendance(eventID: 2, occurrence: second.addingTimeInterval(60), attendees: [2]),
                                         sequence: 3)
        let byTeacher = try await anna.push(.recordAttendance(eventID: 2, occurrence: second, attendees: [2]), sequence: 2)
        let byModerator = try await marina.push(.recordAttendance(eventID: 2, occurrence: Self.seriesStart, attendees: [2, 3]), sequence: 2)
        let strangers = try await olga.push(.recordAttendance(eventID: 2, occurrence: second, attendees: [2, 5]), sequence: 4)
        let annas = try await certificates(of: anna)
        for writer in [olga, anna, marina] { await writer.close() }
        await server.stop()
        #expect(ok.outcome == .applied && byModerator.outcome == .applied)
        #expect(future.code == .eventNotStarted && notDue.code == .notFound && byTeacher.code == .forbidden && strangers.code == .notFound)
        #expect(Set(annas.map(\.occurrence)) == [Self.seriesStart, second], "one certificate per occurrence attended")
    }
}
