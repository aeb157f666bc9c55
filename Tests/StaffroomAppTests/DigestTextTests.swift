import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
@testable import StaffroomApp

/// The digest as text, in both languages, with every section filled and with every one empty.
@Suite struct DigestTextTests {
    private static let now = AppFixture.now
    private static let dates = DateText(language: .english, timeZone: TimeZone(identifier: "UTC")!)

    private static var digest: Digest {
        let event = Event(id: 7, title: "Seminar: close reading", kind: .seminar, description: "", organizerID: 1,
                          startsAt: now.addingTimeInterval(26 * 3_600), endsAt: now.addingTimeInterval(27 * 3_600), timeZone: "Europe/London")
        let resource = Resource(id: 1, title: "Fractions worksheet", description: "", type: .worksheet, subjects: [], grades: [], language: "en",
                                authorID: 1, licence: "", createdAt: now, files: [])
        return Digest(since: now.addingTimeInterval(-7 * 86_400),
                      forums: [Digest.ForumActivity(forumTitle: "Primary Maths Lab", newTopics: 1, replies: 3,
                                                    topics: [("Number bonds to 20", 3, false), ("Bar models", 1, true)])],
                      upcoming: [EventSummary(event: event, organizerName: "Emily Clarke", rsvp: Rsvp(eventID: 7, response: .going))],
                      resources: [(resource, "Priya Nair")],
                      unanswered: [Digest.Question(title: "How do you mark reading logs?", forumTitle: "Questions",
                                                   askedAt: now.addingTimeInterval(-3 * 86_400), askerName: "Tom Baker")])
    }

    @Test func everySectionInEnglish() {
        #expect(DigestText.text(Self.digest, network: "Crossroads Schools Network", member: "Emily Clarke", now: Self.now, dates: Self.dates) == """
            Staffroom digest · Crossroads Schools Network · Emily Clarke
            Since Nov 18, 2026, 12:00 to Nov 25, 2026, 12:00

            Forums
              Primary Maths Lab: 1 new topic, 3 replies
                • Number bonds to 20 — 3 posts
                • Bar models (new) — 1 post

            The next two weeks
              Nov 26, 2026, 14:00  Seminar: close reading — going

            New in the library
              • Fractions worksheet — Priya Nair (worksheet)

            Unanswered questions
              • How do you mark reading logs? — Questions, asked by Tom Baker on Nov 22, 2026

            """)
    }

    @Test func emptySectionsSaySoInRussian() {
        let empty = Digest(since: Self.now.addingTimeInterval(-86_400), forums: [], upcoming: [], resources: [], unanswered: [])
        let dates = DateText(language: .russian, timeZone: TimeZone(identifier: "Europe/Moscow")!)
        #expect(DigestText.text(empty, network: nil, member: "Анна Смирнова", now: Self.now, dates: dates) == """
            Staffroom: сводка · Анна Смирнова
            С 24 ноября 2026, 15:00 по 25 ноября 2026, 15:00

            Форумы
              Новых тем и ответов нет.

            Ближайшие две недели
              Событий нет.

            Новое в библиотеке
              Новых материалов нет.

            Вопросы без ответа
              Все вопросы получили ответ.

            """)
    }
}
