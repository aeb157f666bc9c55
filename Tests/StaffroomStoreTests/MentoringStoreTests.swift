import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore

/// Mentoring as the device holds it: the member's own requests and pairings (all of them for a
/// coordinator), pairings and consultations on profiles, mentors by subject, and answers and
/// endings that show at once and wait in the outbox.
@Suite struct MentoringStoreTests {
    private static let epoch = Fixture.epoch

    private static func member(_ id: Int64, _ name: String, _ role: Role, _ subjects: [String] = []) -> Change {
        .user(User(id: id, username: "m\(id)", displayName: name, role: role, school: "Школа", subjects: subjects))
    }

    private static func store(signedIn userID: Int64) throws -> ClientStore {
        let store = try ClientStore.inMemory()
        try store.saveLogin(Account(serverURL: "http://s", userID: userID, username: "m\(userID)", displayName: "", token: "t"))
        try store.apply(SyncPage(changes: [
            member(1, "Ольга Петрова", .mentor, ["Русский язык"]), member(4, "Иван Кузнецов", .mentor, ["Химия", "Математика"]),
            member(5, "Павел Новиков", .teacher), member(2, "Анна Смирнова", .teacher), member(3, "Марина Волкова", .moderator),
            .mentorship(Mentorship(id: 1, menteeID: 5, mentorID: 4, subject: "Химия", grade: 9, note: "Лабораторные", status: .active,
                                   createdAt: epoch, answeredAt: epoch.addingTimeInterval(60), forumID: 7, topicID: 70)),
            .mentorship(Mentorship(id: 2, menteeID: 2, mentorID: nil, subject: "Чтение", createdAt: epoch.addingTimeInterval(120))),
            .mentorship(Mentorship(id: 3, menteeID: 2, mentorID: 1, subject: "Письмо", status: .declined, createdAt: epoch.addingTimeInterval(180))),
            .event(Event(id: 9, title: "Консультация по химии", kind: .consultation, description: "", organizerID: 4,
                         startsAt: epoch.addingTimeInterval(86_400), endsAt: epoch.addingTimeInterval(90_000), timeZone: "Europe/Moscow",
                         place: "", slotMinutes: 20)),
            .event(Event(id: 10, title: "Прошедшая консультация", kind: .consultation, description: "", organizerID: 4,
                         startsAt: epoch.addingTimeInterval(-90_000), endsAt: epoch.addingTimeInterval(-86_400), timeZone: "Europe/Moscow",
                         place: "", slotMinutes: 20)),
        ], cursor: "c1", more: false), syncedAt: Self.epoch)
        return store
    }

    @Test func eachMemberSeesTheirOwnAndACoordinatorSeesAll() throws {
        #expect(try Self.store(signedIn: 2).mentorships().map(\.mentorship.id) == [2, 3], "open first, then the declined one")
        #expect(try Self.store(signedIn: 4).mentorships().map { "\($0.menteeName) → \($0.mentorName ?? "-")" } == ["Павел Новиков → Иван Кузнецов"])
        #expect(try Self.store(signedIn: 3).mentorships().map(\.mentorship.id) == [2, 1, 3])
    }

    @Test func profilesShowThePairingAndTheConsultationsToCome() throws {
        let store = try Self.store(signedIn: 2)
        let mentor = try #require(try store.profile(userID: 4, now: Self.epoch))
        #expect(mentor.mentorships.map { "\($0.menteeName) \($0.mentorship.subject)" } == ["Павел Новиков Химия"])
        #expect(mentor.consultations.map(\.id) == [9], "one that is over is left out")
        let mentee = try #require(try store.profile(userID: 5, now: Self.epoch))
        #expect(mentee.mentorships.map(\.mentorName) == ["Иван Кузнецов"])
        #expect(mentee.consultations.map(\.id) == [9], "the teacher's profile shares the mentor's consultation slots")
        #expect(try store.profile(userID: 2, now: Self.epoch)?.consultations.isEmpty == true, "a teacher without a mentor has none")
        #expect(try store.profile(userID: 1, now: Self.epoch)?.mentorships.isEmpty == true, "a declined request is no pairing")
    }

    @Test func mentorsWhoTeachTheSubjectComeFirst() throws {
        let store = try Self.store(signedIn: 3)
        #expect(try store.mentors(forSubject: "химия").map(\.id) == [4, 1])
        #expect(try store.mentors(forSubject: "Русский язык").map(\.id) == [1, 4])
    }

    @Test func answersAndEndingsShowAtOnceAndWaitInTheOutbox() throws {
        let store = try Self.store(signedIn: 3)
        try store.answerMentorship(2, accept: false, mentorID: nil, at: Self.epoch)
        try store.endMentorship(1, at: Self.epoch)
        try store.requestMentor(4, subject: "Химия", grade: nil, note: "", at: Self.epoch)
        #expect(try store.mentorships().map { "\($0.mentorship.id) \($0.mentorship.status.rawValue)" } == ["3 declined", "2 declined", "1 ended"])
        #expect(try store.pendingMutations().map(\.action) == [
            .answerMentorship(mentorshipID: 2, accept: false, mentorID: nil), .endMentorship(mentorshipID: 1),
            .requestMentor(mentorID: 4, subject: "Химия", grade: nil, note: ""),
        ])
    }
}
