import Foundation
import Testing
import StaffroomProtocol
import StaffroomSync
@testable import StaffroomServer

/// Creating and editing events through the write path: who plans, who proposes, who approves and
/// who edits; the draft's rules; single occurrences of a series cancelled and moved.
@Suite struct EventPlanningTests {
    private static let start = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 / 3_600).rounded(.down) * 3_600 + 7 * 86_400)

    private static func draft(title: String = "Открытый урок: дроби", capacity: Int? = nil, grades: [Int] = [5, 6],
                              recurrence: Recurrence? = nil) -> EventDraft {
        EventDraft(title: title, kind: .openLesson, description: "Урок в 5 «Б»", startsAt: start, endsAt: start.addingTimeInterval(2_700),
                   timeZone: "Europe/Moscow", place: "Школа № 12, каб. 204", subjects: ["математика"], grades: grades,
                   capacity: capacity, recurrence: recurrence)
    }

    /// The events a member's full sync brings, by id.
    private func events(seenBy writer: Writer) async throws -> [Int64: Event] {
        var events: [Int64: Event] = [:]
        for case .event(let event) in try await writer.fullSync() { events[event.id] = event }
        return events
    }

    /// Creates an event; returns its id.
    private func create(_ draft: EventDraft, by writer: Writer, sequence: Int64) async throws -> Int64 {
        let result = try await writer.push(.createEvent(event: draft), sequence: sequence)
        return try #require(result.entityID, "\(result.message ?? "")")
    }

    private func logIn(_ server: LiveServer, _ names: [String]) async throws -> [String: Writer] {
        var writers: [String: Writer] = [:]
        for name in names { writers[name] = try await Writer.login(server, as: name) }
        return writers
    }

    @Test func aMentorPlansAnEventThatEveryoneReceives() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let writers = try await logIn(server, ["olga", "pavel"])
        let created = try await writers["olga"]!.push(.createEvent(event: Self.draft(capacity: 12)), sequence: 1)
        let seenByPavel = try await events(seenBy: writers["pavel"]!)
        for writer in writers.values { await writer.close() }
        await server.stop()
        #expect(created.outcome == .applied)
        let id = try #require(created.entityID)
        let event = try #require(seenByPavel[id])
        #expect(event.status == .planned && event.organizerID == 1 && event.capacity == 12 && event.grades == [5, 6])
        #expect(event.startsAt == Self.start && event.place == "Школа № 12, каб. 204")
    }

    @Test func aTeachersEventIsAProposalOnlyApproversSeeUntilAMentorApprovesIt() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let writers = try await logIn(server, ["anna", "pavel", "olga", "marina"])
        let proposal = try await writers["anna"]!.push(.createEvent(event: Self.draft()), sequence: 1)
        let id = try #require(proposal.entityID)
        let beforeApproval = (anna: try await events(seenBy: writers["anna"]!)[id], pavel: try await events(seenBy: writers["pavel"]!)[id],
                              olga: try await events(seenBy: writers["olga"]!)[id], marina: try await events(seenBy: writers["marina"]!)[id])
        let earlyAnswer = try await writers["pavel"]!.push(.rsvp(eventID: id, response: .going), sequence: 1)
        let selfApproval = try await writers["anna"]!.push(.setEventStatus(eventID: id, status: .planned), sequence: 2)
        let approval = try await writers["olga"]!.push(.setEventStatus(eventID: id, status: .planned), sequence: 1)
        let afterApproval = try await events(seenBy: writers["pavel"]!)[id]
        let answer = try await writers["pavel"]!.push(.rsvp(eventID: id, response: .going), sequence: 2)
        for writer in writers.values { await writer.close() }
        await server.stop()

        #expect(beforeApproval.anna?.status == .proposed && beforeApproval.anna?.organizerID == 2)
        #expect(beforeApproval.olga?.status == .proposed && beforeApproval.marina?.status == .proposed)
        #expect(beforeApproval.pavel == nil, "another teacher does not receive a proposal")
        #expect(earlyAnswer.code == .eventClosed)
        #expect(selfApproval.code == .forbidden)
        #expect(approval.outcome == .applied)
        #expect(afterApproval?.status == .planned && afterApproval?.organizerID == 2)
        #expect(answer.outcome == .applied)
    }

    @Test func aDeclinedProposalStaysWithItsProposerAndApprovers() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let writers = try await logIn(server, ["anna", "pavel", "ivan"])
        let id = try await create(Self.draft(), by: writers["anna"]!, sequence: 1)
        let notByTeacher = try await writers["pavel"]!.push(.setEventStatus(eventID: id, status: .declined), sequence: 1)
        let declined = try await writers["ivan"]!.push(.setEventStatus(eventID: id, status: .declined), sequence: 1)
        let seenByAnna = try await events(seenBy: writers["anna"]!)[id]
        let seenByPavel = try await events(seenBy: writers["pavel"]!)[id]
        let heldTooSoon = try await writers["ivan"]!.push(.setEventStatus(eventID: id, status: .held), sequence: 2)
        let editDeclined = try await writers["anna"]!.push(.editEvent(eventID: id, event: Self.draft(title: "Другое")), sequence: 2)
        for writer in writers.values { await writer.close() }
        await server.stop()
        #expect(notByTeacher.code == .forbidden)
        #expect(declined.outcome == .applied)
        #expect(seenByAnna?.status == .declined)
        #expect(seenByPavel == nil)
        #expect(heldTooSoon.code == .forbidden)
        #expect(editDeclined.code == .eventClosed)
    }

    @Test func aProposerWithdrawsTheirProposalAndNoOneElseOutsideTheApproversCan() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let writers = try await logIn(server, ["anna", "pavel", "olga"])
        let id = try await create(Self.draft(), by: writers["anna"]!, sequence: 1)
        let byOtherTeacher = try await writers["pavel"]!.push(.setEventStatus(eventID: id, status: .declined), sequence: 1)
        let cancelled = try await writers["anna"]!.push(.setEventStatus(eventID: id, status: .cancelled), sequence: 2)
        let withdrawn = try await writers["anna"]!.push(.setEventStatus(eventID: id, status: .declined), sequence: 3)
        let seenByOlga = try await events(seenBy: writers["olga"]!)[id]
        let seenByPavel = try await events(seenBy: writers["pavel"]!)[id]
        for writer in writers.values { await writer.close() }
        await server.stop()
        #expect(byOtherTeacher.code == .forbidden)
        #expect(cancelled.code == .forbidden, "a proposal is withdrawn, not cancelled")
        #expect(withdrawn.outcome == .applied)
        #expect(seenByOlga?.status == .declined && seenByPavel == nil)
    }

    @Test func onlyTheOrganizerAndModeratorsEditAnEventAndAProposerOnlyTheirProposal() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let writers = try await logIn(server, ["olga", "ivan", "marina", "anna", "pavel"])
        let planned = try await create(Self.draft(), by: writers["olga"]!, sequence: 1)
        let proposed = try await create(Self.draft(), by: writers["anna"]!, sequence: 1)
        let byOtherMentor = try await writers["ivan"]!.push(.editEvent(eventID: planned, event: Self.draft(title: "Чужое")), sequence: 1)
        let byTeacher = try await writers["pavel"]!.push(.editEvent(eventID: planned, event: Self.draft(title: "Чужое")), sequence: 1)
        let byOrganizer = try await writers["olga"]!.push(.editEvent(eventID: planned, event: Self.draft(title: "Урок: десятичные дроби")),
                                                          sequence: 2)
        let byModerator = try await writers["marina"]!.push(.editEvent(eventID: planned, event: Self.draft(title: "Урок: проценты")),
                                                            sequence: 1)
        let byProposer = try await writers["anna"]!.push(.editEvent(eventID: proposed, event: Self.draft(title: "Урок: доли")), sequence: 2)
        _ = try await writers["olga"]!.push(.setEventStatus(eventID: proposed, status: .planned), sequence: 3)
        let byProposerAfterApproval = try await writers["anna"]!.push(.editEvent(eventID: proposed, event: Self.draft(title: "Снова")),
                                                                      sequence: 3)
        let seen = try await events(seenBy: writers["pavel"]!)
        for writer in writers.values { await writer.close() }
        await server.stop()
        #expect(byOtherMentor.code == .forbidden && byTeacher.code == .forbidden)
        #expect(byOrganizer.outcome == .applied && byModerator.outcome == .applied && byProposer.outcome == .applied)
        #expect(byProposerAfterApproval.code == .forbidden)
        #expect(seen[planned]?.title == "Урок: проценты")
        #expect(seen[proposed]?.title == "Урок: доли")
    }

    @Test func aDraftThatBreaksARuleIsRefusedWithTheRuleInItsMessage() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let olga = try await Writer.login(server, as: "olga")
        var endsFirst = Self.draft()
        endsFirst.endsAt = Self.start.addingTimeInterval(-60)
        var past = Self.draft()
        past.startsAt = Date().addingTimeInterval(-7_200)
        past.endsAt = Date().addingTimeInterval(-3_600)
        let cases: [(EventDraft, String)] = [
            (Self.draft(capacity: 0), "0 places"),
            (Self.draft(grades: [5, 12]), "Grade 12"),
            (Self.draft(recurrence: Recurrence(frequency: .weekly, count: 4, until: Self.start.addingTimeInterval(30 * 86_400))), "not both"),
            (Self.draft(title: "  "), "needs a title"),
            (endsFirst, "end after it starts"),
            (past, "already be over"),
        ]
        var results: [MutationResult] = []
        for (index, (draft, _)) in cases.enumerated() {
            results.append(try await olga.push(.createEvent(event: draft), sequence: Int64(index + 1)))
        }
        let stored = try await server.database.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM event") ?? -1 }
        await olga.close()
        await server.stop()
        for (result, (_, phrase)) in zip(results, cases) {
            #expect(result.outcome == .rejected && result.code == .invalid)
            #expect(result.message?.contains(phrase) == true, "\(result.message ?? "") names \(phrase)")
        }
        #expect(stored == 0)
    }

    @Test func theOrganizerCancelsAndMovesSingleOccurrencesOfASeries() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let writers = try await logIn(server, ["olga", "pavel"])
        let weekly = Self.draft(recurrence: Recurrence(frequency: .weekly, count: 4))
        let id = try await create(weekly, by: writers["olga"]!, sequence: 1)
        let week = 7 * 86_400.0
        let second = Self.start.addingTimeInterval(week)
        let third = Self.start.addingTimeInterval(2 * week)
        let cancel = try await writers["olga"]!.push(.changeOccurrence(eventID: id, change: OccurrenceChange(occurrence: second,
                                                                                                            cancelled: true)), sequence: 2)
        let moved = third.addingTimeInterval(86_400 + 3_600)
        let move = try await writers["olga"]!.push(.changeOccurrence(eventID: id, change: OccurrenceChange(occurrence: third, startsAt: moved)),
                                                   sequence: 3)
        let notDue = try await writers["olga"]!.push(.changeOccurrence(eventID: id, change: OccurrenceChange(
            occurrence: second.addingTimeInterval(600), cancelled: true)), sequence: 4)
        let byTeacher = try await writers["pavel"]!.push(.changeOccurrence(eventID: id, change: OccurrenceChange(occurrence: third,
                                                                                                                cancelled: true)), sequence: 1)
        let event = try #require(await events(seenBy: writers["pavel"]!)[id])
        for writer in writers.values { await writer.close() }
        await server.stop()
        #expect(cancel.outcome == .applied && move.outcome == .applied)
        #expect(notDue.code == .notFound && byTeacher.code == .forbidden)
        let starts = event.occurrences(from: Self.start, before: .distantFuture).map(\.startsAt)
        #expect(starts == [Self.start, moved, Self.start.addingTimeInterval(3 * week)])
        #expect(event.occurrences(from: moved, before: moved.addingTimeInterval(1)).first?.endsAt == moved.addingTimeInterval(2_700))
    }

    @Test func raisingTheCapacityGivesTheNewPlacesToThoseWaitingInOrder() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let writers = try await logIn(server, ["olga", "anna", "pavel", "ivan"])
        let id = try await create(Self.draft(capacity: 1), by: writers["olga"]!, sequence: 1)
        for name in ["anna", "pavel", "ivan"] { _ = try await writers[name]!.push(.rsvp(eventID: id, response: .going), sequence: 1) }
        let edit = try await writers["olga"]!.push(.editEvent(eventID: id, event: Self.draft(capacity: 2)), sequence: 2)
        let pavelsAnswer = try await writers["pavel"]!.push([]).changes.compactMap { change -> Rsvp? in
            if case .rsvp(let rsvp) = change { rsvp } else { nil }
        }.last
        let event = try #require(await events(seenBy: writers["olga"]!)[id])
        for writer in writers.values { await writer.close() }
        await server.stop()
        #expect(edit.outcome == .applied)
        #expect(event.goingCount == 2 && event.waitingCount == 1)
        #expect(pavelsAnswer?.response == .going && pavelsAnswer?.waitingPosition == nil)
    }
}
