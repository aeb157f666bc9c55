import Foundation
import Testing
import StaffroomProtocol
@testable import StaffroomServer

/// Mentoring: a teacher asks, the mentor (or a coordinator) answers, the pair gets a private
/// forum with the request as its first thread, and everyone sees the pairing without its note.
@Suite struct MentorshipTests {
    private static func mentorships(_ changes: [Change]) -> [Mentorship] {
        changes.compactMap { if case .mentorship(let value) = $0 { value } else { nil } }
    }

    private static func forums(_ changes: [Change]) -> [Forum] {
        changes.compactMap { if case .forum(let value) = $0 { value } else { nil } }
    }

    private static func topics(_ changes: [Change]) -> [Topic] {
        changes.compactMap { if case .topic(let value) = $0 { value } else { nil } }
    }

    @Test func anAcceptedRequestGivesThePairAPrivateForumAndEveryoneTheLink() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let pavel = try await Writer.login(server, as: "pavel")
        let olga = try await Writer.login(server, as: "olga")
        let asked = try await pavel.push(.requestMentor(mentorID: 1, subject: " Химия ", grade: 9, note: "Как держать дисциплину на лабораторных?"),
                                         sequence: 1)
        let anna = try await Writer.login(server, as: "anna")
        let beforeAnswer = Self.mentorships(try await anna.fullSync())
        let accepted = try await olga.push(.answerMentorship(mentorshipID: try #require(asked.entityID), accept: true, mentorID: nil), sequence: 1)
        var seen: [String: [Change]] = [:]
        for (name, writer) in [("pavel", pavel), ("olga", olga), ("anna", anna)] { seen[name] = try await writer.fullSync() }
        let marina = try await Writer.login(server, as: "marina")
        seen["marina"] = try await marina.fullSync()
        let pair = try #require(Self.mentorships(seen["pavel"] ?? []).last)
        let privateTopicID = try #require(pair.topicID)
        let intrusion = try await anna.push(.reply(topicID: privateTopicID, body: "Можно к вам?"), sequence: 1)
        let answer = try await olga.push(.reply(topicID: privateTopicID, body: "Начнём с правил работы с реактивами."), sequence: 2)
        for writer in [pavel, olga, anna, marina] { await writer.close() }
        await server.stop()
        #expect(asked.outcome == .applied && accepted.outcome == .applied)
        #expect(beforeAnswer.isEmpty, "a pending request reaches only the teacher, the mentor asked and the coordinators")
        #expect(pair.status == .active && pair.mentorID == 1 && pair.subject == "Химия" && pair.forumID != nil)
        #expect(pair.note == "Как держать дисциплину на лабораторных?")
        #expect(Self.mentorships(seen["anna"] ?? []).map(\.note) == [""], "others see the pairing without the teacher's words")
        #expect(Self.mentorships(seen["marina"] ?? []).last?.note == pair.note, "coordinators read the request")
        let forum = try #require(Self.forums(seen["olga"] ?? []).first { $0.id == pair.forumID })
        #expect(forum.title == "Olga · Pavel" && forum.description == "Наставничество · Mentoring: Химия")
        #expect(Self.topics(seen["pavel"] ?? []).first { $0.id == privateTopicID }.map { "\($0.title) \($0.authorID)" } == "Химия · 9 5")
        #expect(!Self.forums(seen["anna"] ?? []).contains { $0.id == pair.forumID }, "the pair's forum is theirs")
        #expect(!Self.topics(seen["anna"] ?? []).contains { $0.id == privateTopicID })
        #expect(intrusion.code == .forbidden && answer.outcome == .applied)
    }

    @Test func whoMayAskAnswerAndEnd() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let pavel = try await Writer.login(server, as: "pavel")
        let anna = try await Writer.login(server, as: "anna")
        let ivan = try await Writer.login(server, as: "ivan")
        let marina = try await Writer.login(server, as: "marina")
        let notAMentor = try await pavel.push(.requestMentor(mentorID: 2, subject: "Химия", grade: nil, note: ""), sequence: 1)
        let noSubject = try await pavel.push(.requestMentor(mentorID: 4, subject: "  ", grade: nil, note: ""), sequence: 2)
        let toIvan = try await pavel.push(.requestMentor(mentorID: 4, subject: "Химия", grade: nil, note: ""), sequence: 3)
        let again = try await pavel.push(.requestMentor(mentorID: 4, subject: "Биология", grade: nil, note: ""), sequence: 4)
        let anyone = try await anna.push(.requestMentor(mentorID: nil, subject: "Литературное чтение", grade: 3, note: "Первый год"), sequence: 1)
        let ivanRequest = try #require(toIvan.entityID), annaRequest = try #require(anyone.entityID)
        let strangerAnswers = try await anna.push(.answerMentorship(mentorshipID: ivanRequest, accept: true, mentorID: nil), sequence: 2)
        let otherMentor = try await ivan.push(.answerMentorship(mentorshipID: annaRequest, accept: true, mentorID: nil), sequence: 1)
        let unnamed = try await marina.push(.answerMentorship(mentorshipID: annaRequest, accept: true, mentorID: nil), sequence: 1)
        let assigned = try await marina.push(.answerMentorship(mentorshipID: annaRequest, accept: true, mentorID: 1), sequence: 2)
        let declined = try await ivan.push(.answerMentorship(mentorshipID: ivanRequest, accept: false, mentorID: nil), sequence: 2)
        let late = try await ivan.push(.answerMentorship(mentorshipID: ivanRequest, accept: true, mentorID: nil), sequence: 3)
        let strangerEnds = try await pavel.push(.endMentorship(mentorshipID: annaRequest), sequence: 5)
        let ended = try await anna.push(.endMentorship(mentorshipID: annaRequest), sequence: 3)
        let withdrawn = try await pavel.push(.requestMentor(mentorID: 1, subject: "Химия", grade: nil, note: ""), sequence: 6)
        let takenBack = try await pavel.push(.endMentorship(mentorshipID: try #require(withdrawn.entityID)), sequence: 7)
        let states = Self.mentorships(try await marina.fullSync()).map { "\($0.id) \($0.status.rawValue) \($0.mentorID.map(String.init) ?? "-")" }
        let annaStillReads = Self.forums(try await anna.fullSync()).contains { $0.description == "Наставничество · Mentoring: Литературное чтение" }
        for writer in [pavel, anna, ivan, marina] { await writer.close() }
        await server.stop()
        #expect([notAMentor, noSubject, again].map(\.code) == [.invalid, .invalid, .invalid])
        #expect(noSubject.message == "Name the subject in 1 to 60 characters.")
        #expect([strangerAnswers, otherMentor].map(\.code) == [.forbidden, .forbidden], "only the mentor asked, or a coordinator")
        #expect(unnamed.code == .invalid && unnamed.message == "Name the mentor who takes this request.")
        #expect(assigned.outcome == .applied && declined.outcome == .applied)
        #expect(late.code == .alreadyHandled && late.message == "This request was already declined.")
        #expect(strangerEnds.code == .forbidden && ended.outcome == .applied && takenBack.outcome == .applied)
        #expect(Set(states) == ["\(ivanRequest) declined 4", "\(annaRequest) ended 1", "\(withdrawn.entityID ?? 0) withdrawn 1"])
        #expect(annaStillReads, "after the end the pair keeps its forum and its history")
    }
}
