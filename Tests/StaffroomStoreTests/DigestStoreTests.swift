import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore

/// The digest read from a store whose contents are known: per forum the new topics, the replies and
/// the busiest topics since the start; events of the coming two weeks; resources shared since; and
/// questions without a reply, oldest first.
@Suite struct DigestStoreTests {
    private static let now = Date(timeIntervalSince1970: 1_795_608_000)
    private static let since = now.addingTimeInterval(-7 * 86_400)

    private static func daysAgo(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }

    @Test func theDigestCountsWhatHappenedSinceItsStart() throws {
        let store = try ClientStore.inMemory()
        let reading = Forum(id: 1, categoryID: 1, title: "Чтение", description: "", position: 0)
        let questions = Forum(id: 2, categoryID: 1, title: "Вопросы", description: "", position: 1, kind: .questions)
        func topic(_ id: Int64, forum: Int64, _ title: String, created: Double, posts: Int, accepted: Int64? = nil) -> Change {
            .topic(Topic(id: id, forumID: forum, title: title, authorID: 1, createdAt: Self.daysAgo(created), lastPostAt: Self.daysAgo(0),
                         postCount: posts, lastPostID: id * 10 + Int64(posts), acceptedPostID: accepted))
        }
        func post(_ id: Int64, topic: Int64, number: Int, daysAgo: Double, deleted: Bool = false) -> Change {
            .post(Post(id: id, topicID: topic, authorID: 1, body: "Текст", createdAt: Self.daysAgo(daysAgo),
                       deletedAt: deleted ? Self.daysAgo(0) : nil, number: number))
        }
        let resource = Resource(id: 1, title: "Рабочий лист: дроби", description: "", type: .worksheet, subjects: ["математика"], grades: [5],
                                language: "ru", authorID: 1, licence: "CC BY 4.0", createdAt: Self.daysAgo(2), files: [])
        let old = Resource(id: 2, title: "Старый план", description: "", type: .lessonPlan, subjects: [], grades: [], language: "ru", authorID: 1,
                           licence: "", createdAt: Self.daysAgo(30), files: [])
        try store.apply(SyncPage(changes: [
            Fixture.user(1, "Ольга Петрова"), Fixture.category(1), .forum(reading), .forum(questions),
            topic(1, forum: 1, "Медленное чтение", created: 20, posts: 4), topic(2, forum: 1, "Новая тема", created: 1, posts: 2),
            topic(3, forum: 2, "Как проверять чтение?", created: 3, posts: 1), topic(4, forum: 2, "Старый вопрос", created: 40, posts: 1),
            topic(5, forum: 2, "Решённый вопрос", created: 2, posts: 2, accepted: 52),
            post(11, topic: 1, number: 1, daysAgo: 20), post(12, topic: 1, number: 2, daysAgo: 10), post(13, topic: 1, number: 3, daysAgo: 3),
            post(14, topic: 1, number: 4, daysAgo: 2), post(15, topic: 1, number: 5, daysAgo: 1, deleted: true),
            post(21, topic: 2, number: 1, daysAgo: 1), post(22, topic: 2, number: 2, daysAgo: 0.5),
            post(31, topic: 3, number: 1, daysAgo: 3), post(41, topic: 4, number: 1, daysAgo: 40),
            post(51, topic: 5, number: 1, daysAgo: 2), post(52, topic: 5, number: 2, daysAgo: 1),
            .resource(resource), .resource(old),
            .event(Event(id: 7, title: "Семинар", kind: .seminar, description: "", organizerID: 1, startsAt: Self.now.addingTimeInterval(86_400),
                         endsAt: Self.now.addingTimeInterval(90_000), timeZone: "Europe/Moscow")),
            .event(Event(id: 8, title: "Через месяц", kind: .seminar, description: "", organizerID: 1, startsAt: Self.now.addingTimeInterval(30 * 86_400),
                         endsAt: Self.now.addingTimeInterval(30 * 86_400 + 3_600), timeZone: "Europe/Moscow")),
            .rsvp(Rsvp(eventID: 7, response: .going)),
        ], cursor: "e-1", more: false), syncedAt: Self.now)
        let digest = try store.digest(since: Self.since, now: Self.now)
        #expect(digest.forums.map(\.forumTitle) == ["Чтение", "Вопросы"])
        #expect(digest.forums[0].newTopics == 1 && digest.forums[0].replies == 3, "topic 1: two replies since (one deleted); topic 2: opened, one reply")
        #expect(digest.forums[0].topics.map { "\($0.title) \($0.posts) \($0.isNew)" } == ["Медленное чтение 2 false", "Новая тема 2 true"])
        #expect(digest.forums[1].newTopics == 2 && digest.forums[1].replies == 1)
        #expect(digest.upcoming.map(\.event.id) == [7] && digest.upcoming.first?.rsvp?.response == .going)
        #expect(digest.resources.map(\.resource.id) == [1] && digest.resources.first?.authorName == "Ольга Петрова")
        #expect(digest.unanswered.map(\.title) == ["Старый вопрос", "Как проверять чтение?"], "no reply yet, oldest first")
    }
}
