import Foundation
import GRDB
import Testing
@testable import StaffroomDemoNetwork
import StaffroomProtocol
@testable import StaffroomServer

@Suite struct DemoNetworkTests {
    @Test func theDemoNetworkIsBigEnoughAndInBothLanguages() throws {
        let forums = DemoNetwork.categories.flatMap(\.forums)
        let topics = try forums.flatMap { try DemoThreadParser.parse($0.threadsText) }
        let posts = topics.flatMap(\.posts)
        #expect(DemoNetwork.categories.count >= 3)
        #expect(forums.count >= 8)
        #expect(topics.count >= 60)
        #expect(posts.count >= 400)
        #expect(DemoNetwork.users.count == 12)
        #expect(Set(DemoNetwork.users.map(\.role.rawValue)) == Set(Role.allCases.map(\.rawValue)))
        let usernames = Set(DemoNetwork.users.map(\.username))
        #expect(posts.allSatisfy { usernames.contains($0.author) })
        let cyrillic = posts.filter { $0.body.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) } }
        #expect(cyrillic.count > 150 && posts.count - cyrillic.count > 150, "both Russian and English posts")
        #expect(posts.contains { $0.body.split(separator: " ").count >= 350 }, "a long post exercises scrolling")
        #expect(posts.contains { $0.body.contains("\n> ") || $0.body.hasPrefix("> ") }, "quotes")
        #expect(posts.contains { $0.body.contains("\n- ") }, "lists")
        #expect(posts.contains { $0.body.split(whereSeparator: \.isWhitespace).contains { $0.count >= 40 } }, "long words")
        #expect(usernames.contains(DemoNetwork.demoTeacher))
        let questions = DemoNetwork.categories.flatMap(\.forums).filter { $0.kind == .questions }
        let questionTopics = try questions.flatMap { try DemoThreadParser.parse($0.threadsText) }
        #expect(!questions.isEmpty, "a questions forum for consultations")
        #expect(questionTopics.contains { $0.posts.dropFirst().contains(where: \.accepted) }, "some questions are answered")
        #expect(questionTopics.contains { !$0.posts.contains(where: \.accepted) }, "some still wait for an answer")
    }

    @Test func repliesNeverPrecedeWhatTheyAnswer() throws {
        for forum in DemoNetwork.categories.flatMap(\.forums) {
            for topic in try DemoThreadParser.parse(forum.threadsText) {
                let times = topic.posts.map { -$0.daysAgo * 1440 + $0.minuteOfDay }
                #expect(times == times.sorted(), "\(forum.title) › \(topic.title)")
            }
        }
    }

    @Test func seedingFillsTheServerDatabase() throws {
        let database = try ServerDatabase.inMemory()
        let accounts = Accounts(database: database, bcryptCost: 4)
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        try DemoSeeder(database: database, accounts: accounts).seed(now: now)
        let counts = try database.writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM user")!, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM forum")!,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM post")!,
             try Date.fetchOne(db, sql: "SELECT MAX(createdAt) FROM post")!)
        }
        #expect(counts.0 == 12 && counts.1 == 9 && counts.2 >= 400, "eight forums and the mentoring pair's own")
        #expect(counts.3 <= now)
        let accepted = try database.writer.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM topic JOIN forum ON forum.id = topic.forumID
                JOIN post ON post.id = topic.acceptedPostID AND post.topicID = topic.id
                WHERE forum.kind = 'questions'
                """)
        }
        #expect(accepted == 4)
        let events = try database.writer.read { db in
            try EntityRow<Event>.fetchAll(db, sql: "SELECT * FROM event ORDER BY id").map(\.entity)
        }
        #expect(events.count == DemoNetwork.events.count)
        #expect(events.contains { $0.capacity != nil && $0.waitingCount > 0 }, "a full event with a waiting list")
        #expect(events.contains { $0.recurrence?.count == 8 && $0.occurrenceChanges.count == 1 }, "a weekly series, one meeting cancelled")
        #expect(events.contains { $0.status == .held && $0.endsAt < now } && events.contains { $0.status == .cancelled })
        let discussed = try #require(events.first { $0.topicID != nil })
        #expect(try database.writer.read { db in
            try String.fetchOne(db, sql: "SELECT title FROM topic WHERE id = ?", arguments: [discussed.topicID])
        } == "Памятка наставника: первые десять недель с молодым учителем")
        let mentoring = try database.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT mentee.username AS mentee, mentorship.status, forum.membersOnly, (SELECT COUNT(*) FROM post WHERE topicID = mentorship.topicID) AS posts
                FROM mentorship JOIN user AS mentee ON mentee.id = mentorship.menteeID LEFT JOIN forum ON forum.id = mentorship.forumID
                ORDER BY mentorship.id
                """).map { "\($0["mentee"] as String) \($0["status"] as String) \(($0["membersOnly"] as Bool?) ?? false) \($0["posts"] as Int)" }
        }
        #expect(mentoring == ["elena.sokolova active true 4", "pavel.novikov requested false 0"], "a pair at work, a request for the coordinators")
        #expect(try database.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM user WHERE subjects != '[]' AND bio != ''")
        } == 12, "every demo member has a profile")
        #expect(try accounts.login(username: DemoNetwork.demoTeacher, password: DemoNetwork.password, now: now) != nil)
        #expect(throws: DemoSeeder.Failure.self) { try DemoSeeder(database: database, accounts: accounts).seed(now: now) }
    }

    @Test func theParserReadsTopicsPostsAndTheirTimes() throws {
        let topics = try DemoThreadParser.parse("""
            ## Первая тема
            @anna.smirnova -3d 09:05
            Текст первого поста.

            Второй абзац.

            @olga.petrova -2d 18:30
            > цитата
            Ответ.
            ## Second topic
            @emily.clarke -1d 07:00
            Hello.
            """)
        #expect(topics.map(\.title) == ["Первая тема", "Second topic"])
        #expect(topics[0].posts == [
            DemoPost(author: "anna.smirnova", daysAgo: 3, minuteOfDay: 545, body: "Текст первого поста.\n\nВторой абзац."),
            DemoPost(author: "olga.petrova", daysAgo: 2, minuteOfDay: 1110, body: "> цитата\nОтвет."),
        ])
    }

    @Test func theParserNamesTheLineOfAProblem() {
        #expect(throws: DemoThreadParser.Failure(line: 1, reason: "text outside a post")) {
            try DemoThreadParser.parse("stray text\n## Topic\n@anna.smirnova -1d 10:00\nBody")
        }
        #expect(throws: DemoThreadParser.Failure(line: 3, reason: "empty post")) {
            try DemoThreadParser.parse("## Topic\n@anna.smirnova -1d 10:00\n@olga.petrova -1d 11:00\nBody")
        }
    }
}
