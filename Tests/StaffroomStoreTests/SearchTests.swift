import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore

@Suite struct SearchTests {
    private func post(_ id: Int64, topic: Int64, author: Int64, _ body: String, daysAfterEpoch: Double = 0) -> Change {
        .post(Post(id: id, topicID: topic, authorID: author, body: body, createdAt: Fixture.epoch.addingTimeInterval(daysAfterEpoch * 86_400)))
    }

    private func store() throws -> ClientStore {
        let store = try ClientStore.inMemory()
        try store.apply(SyncPage(changes: [
            .user(User(id: 1, username: "olga.petrova", displayName: "Ольга Петрова", role: .mentor, school: "")),
            .user(User(id: 2, username: "emily.clarke", displayName: "Emily Clarke", role: .mentor, school: "")),
            Fixture.category(1),
            .forum(Forum(id: 1, categoryID: 1, title: "Чтение в начальной школе", description: "", position: 0)),
            .forum(Forum(id: 2, categoryID: 1, title: "Primary Maths Lab", description: "", position: 1)),
            .topic(Topic(id: 1, forumID: 1, title: "Ёлочные игрушки на уроке труда", authorID: 1, createdAt: Fixture.epoch,
                         lastPostAt: Fixture.epoch, postCount: 3, lastPostID: 3)),
            .topic(Topic(id: 2, forumID: 2, title: "Bar models for Year 2", authorID: 2, createdAt: Fixture.epoch,
                         lastPostAt: Fixture.epoch, postCount: 2, lastPostID: 5)),
            post(1, topic: 1, author: 1, "Делаем ёлку из бумаги на уроке. Урок длится сорок минут.", daysAfterEpoch: 0),
            post(2, topic: 1, author: 1, "Техника ЧТЕНИЯ проверяется индивидуально.", daysAfterEpoch: 10),
            post(3, topic: 1, author: 1, "Чтение вслух, чтение про себя, чтение по ролям: три вида чтения.", daysAfterEpoch: 20),
            post(4, topic: 2, author: 2, "A bar model lesson: pupils draw the whole and the parts.", daysAfterEpoch: 5),
            post(5, topic: 2, author: 2, "Lesson plan attached; чтение задачи вслух помогает.", daysAfterEpoch: 30),
        ], cursor: "e", more: false), syncedAt: Fixture.epoch)
        return store
    }

    private func ids(_ store: ClientStore, _ text: String) throws -> [Int64] {
        try store.search(SearchQuery(parsing: text, timeZone: TimeZone(identifier: "UTC")!), limit: 20).map(\.post.id)
    }

    @Test func cyrillicIsFoundWithoutRegardToLetterCase() throws {
        let store = try store()
        #expect(Set(try ids(store, "чтения")) == [2, 3])
        #expect(Set(try ids(store, "ТЕХНИКА")) == [2])
        #expect(try ids(store, "Lesson").count == 2)
    }

    @Test func yoAndYeAreTheSameLetter() throws {
        let store = try store()
        #expect(try ids(store, "елку") == [1])
        #expect(try ids(store, "Ёлку") == [1])
        #expect(try ids(store, "елочные") == [1], "a topic title match finds the topic's first post")
    }

    @Test func everyWordMatchesAsAPrefixAndAllWordsAreNeeded() throws {
        let store = try store()
        #expect(Set(try ids(store, "чтен")) == [2, 3, 5])
        #expect(try ids(store, "чтен вслух lesson") == [5])
        #expect(try ids(store, "нетакогослова").isEmpty)
    }

    @Test func morePertinentPostsRankFirst() throws {
        let store = try store()
        #expect(try ids(store, "чтение").first == 3, "the post saying «чтение» four times comes first")
    }

    @Test func filtersNarrowByAuthorForumAndDate() throws {
        let store = try store()
        #expect(try ids(store, "чтен автор:ольга") .sorted() == [2, 3])
        #expect(try ids(store, "чтен author:emily") == [5])
        #expect(try ids(store, "чтен форум:чтение").sorted() == [2, 3])
        #expect(try ids(store, "чтен forum:maths") == [5])
        // Posts 2, 3 and 5 were written on 1, 11 and 21 October 2026.
        #expect(try ids(store, "чтен после:2026-10-01 до:2026-10-11").sorted() == [2, 3])
        #expect(try ids(store, "чтен since:2026-10-12") == [5])
        let query = SearchQuery(parsing: "урок since:2026-09-01 until:2026-09-21", timeZone: TimeZone(identifier: "UTC")!)
        #expect(query.words == ["урок"] && query.since != nil && query.until != nil)
    }

    @Test func editsAndDeletionsReachTheIndex() throws {
        let store = try store()
        try store.apply(SyncPage(changes: [
            .post(Post(id: 4, topicID: 2, authorID: 2, body: "Переписанный текст про дроби", createdAt: Fixture.epoch,
                       editedAt: Fixture.epoch)),
            .post(Post(id: 2, topicID: 1, authorID: 1, body: "", createdAt: Fixture.epoch, deletedAt: Fixture.epoch)),
        ], cursor: "e2", more: false), syncedAt: Fixture.epoch)
        #expect(try ids(store, "дроби") == [4])
        #expect(try ids(store, "pupils").isEmpty)
        #expect(try ids(store, "техника").isEmpty)
    }

    @Test func hitsCarryTheirTopicAndForum() throws {
        let hit = try #require(try store().search(SearchQuery(words: ["bar"]), limit: 5).first)
        #expect(hit.topic.title == "Bar models for Year 2")
        #expect(hit.forum.title == "Primary Maths Lab")
        #expect(hit.authorName == "Emily Clarke")
    }
}
