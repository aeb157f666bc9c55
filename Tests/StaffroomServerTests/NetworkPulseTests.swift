import Foundation
import GRDB
import Testing
import StaffroomProtocol
@testable import StaffroomServer

/// The network's pulse against a small network whose true figures are worked out by hand, and its
/// route: for coordinators only.
@Suite struct NetworkPulseTests {
    /// Wednesday 25 November 2026, 12:00 UTC: the weeks covered begin on Monday 16 and 23 November.
    private static let now = Date(timeIntervalSince1970: 1_795_608_000)

    private static func at(_ day: Int, _ hour: Int, month: Int = 11) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar.date(from: DateComponents(year: 2026, month: month, day: day, hour: hour))!
    }

    /// Eight members in three schools. Who acts, and when:
    /// - a (S1) opens a topic on 17 Nov, answers a question on 18 Nov, replies on 25 Nov, downloads r2;
    ///   on 21 Nov h (S1, a mentor) takes a's request, which opens their pair's forum;
    /// - b (S1) replies on 24 Nov, asks a question on 23 Nov, downloads r1 on 24 Nov;
    /// - c (S2) wrote only in October (before the 30 days), then answers b's question on 23 Nov;
    /// - d (S2) asks two questions (18 and 24 Nov) and answers the second one himself;
    /// - e (S2) only downloads r1 (20 Nov); f (S2) does nothing; g (S3) attended an event on 10 Nov.
    private static func network() throws -> ServerDatabase {
        let database = try ServerDatabase.inMemory()
        let accounts = Accounts(database: database, bcryptCost: 4)
        for (name, school, role) in [("a", "S1", Role.teacher), ("b", "S1", .teacher), ("h", "S1", .mentor), ("c", "S2", .teacher),
                                     ("d", "S2", .teacher), ("e", "S2", .teacher), ("f", "S2", .teacher), ("g", "S3", .teacher)] {
            try accounts.addMember(username: name, displayName: name.uppercased(), role: role, school: school, password: "password-\(name)")
        }
        try database.batch { writer in
            let id = { (name: String) in try writer.memberID(username: name) }
            let category = try writer.addCategory(title: "Школа")
            let talk = try writer.addForum(categoryID: category, title: "Обсуждения", description: "")
            let questions = try writer.addForum(categoryID: category, title: "Вопросы", description: "", kind: .questions)
            let old = try writer.addTopic(forumID: talk, title: "Старое", authorID: try id("c"), body: "Октябрь", at: at(1, 10, month: 10))
            try writer.addPost(topicID: old, authorID: try id("c"), body: "Ещё октябрь", at: at(2, 10, month: 10))
            let topic = try writer.addTopic(forumID: talk, title: "Тема", authorID: try id("a"), body: "Начало", at: at(17, 10))
            try writer.addPost(topicID: topic, authorID: try id("b"), body: "Ответ", at: at(24, 9))
            try writer.addPost(topicID: topic, authorID: try id("a"), body: "Спасибо", at: at(25, 11))
            let first = try writer.addTopic(forumID: questions, title: "Вопрос 1", authorID: try id("d"), body: "?", at: at(18, 10))
            let answer = try writer.addPost(topicID: first, authorID: try id("a"), body: "Ответ через два часа", at: at(18, 12))
            try writer.acceptAnswer(answer, topicID: first)
            let second = try writer.addTopic(forumID: questions, title: "Вопрос 2", authorID: try id("d"), body: "?", at: at(24, 8))
            try writer.addPost(topicID: second, authorID: try id("d"), body: "Сам себе", at: at(24, 9))
            let third = try writer.addTopic(forumID: questions, title: "Вопрос 3", authorID: try id("b"), body: "?", at: at(23, 10))
            try writer.addPost(topicID: third, authorID: try id("c"), body: "Ответ через шесть часов", at: at(23, 16))
            let r1 = try writer.addResource(Resource(id: 0, title: "Рабочий лист", description: "", type: .worksheet, language: "ru",
                                                     authorID: try id("h"), licence: "CC BY 4.0", createdAt: at(1, 9)))
            let r2 = try writer.addResource(Resource(id: 0, title: "План урока", description: "", type: .lessonPlan, language: "ru",
                                                     authorID: try id("h"), licence: "CC BY 4.0", createdAt: at(1, 9)))
            for (resource, member, date) in [(r1, "e", at(20, 9)), (r1, "b", at(24, 9)), (r2, "a", at(25, 10))] {
                try writer.db.execute(sql: "INSERT INTO resourceDownload (resourceID, userID, downloadedAt) VALUES (?, ?, ?)",
                                      arguments: [resource, try id(member), date])
            }
            let book = EventBook(db: writer.db)
            func event(_ title: String, _ start: Date) throws -> Int64 {
                try book.add(Event(id: 0, title: title, kind: .seminar, description: "", organizerID: try id("h"), startsAt: start,
                                   endsAt: start.addingTimeInterval(3_600), timeZone: "UTC"))
            }
            let held = try event("Проведён", at(10, 15))
            try book.setStatus(.held, of: held)
            try writer.db.execute(sql: "INSERT INTO attendance (eventID, occurrence, userID) VALUES (?, ?, ?)",
                                  arguments: [held, at(10, 15), try id("g")])
            _ = try event("Впереди", at(27, 15))
            try book.setStatus(.cancelled, of: try event("Отменён", at(15, 15, month: 10)))
            let mentee = try #require(try EntityRow<User>.fetchOne(writer.db, sql: "SELECT * FROM user WHERE username = 'a'")?.entity)
            let mentor = try #require(try EntityRow<User>.fetchOne(writer.db, sql: "SELECT * FROM user WHERE username = 'h'")?.entity)
            let request = try MentorshipDesk(db: writer.db, user: mentee, now: at(20, 9)).request(mentorID: mentor.id, subject: "Физика", grade: nil,
                                                                                                  note: "")
            try MentorshipDesk(db: writer.db, user: mentor, now: at(21, 9)).answer(request, accept: true, mentorID: nil)
        }
        return database
    }

    @Test func everyFigureMatchesTheNetwork() throws {
        let pulse = try Self.network().writer.read { db in try NetworkPulseReader(db: db, now: Self.now).read(weeks: 2) }
        #expect(pulse.weeks == [Self.at(16, 0), Self.at(23, 0)])
        #expect(pulse.members == 8 && pulse.activeMembers == 6, "f and h did nothing in the last 30 days")
        #expect(pulse.schools == [SchoolPulse(school: "S2", members: 4, active: 3), SchoolPulse(school: "S1", members: 3, active: 2),
                                  SchoolPulse(school: "S3", members: 1, active: 1)])
        #expect(pulse.forums == [
            ForumPulse(forumID: 1, title: "Обсуждения", topicsPerWeek: [1, 0], postsPerWeek: [1, 2]),
            ForumPulse(forumID: 2, title: "Вопросы", topicsPerWeek: [1, 2], postsPerWeek: [2, 4]),
            ForumPulse(forumID: nil, title: "Наставничество · Mentoring", topicsPerWeek: [1, 0], postsPerWeek: [1, 0]),
        ])
        #expect(pulse.questions == QuestionPulse(asked: 3, answered: 2, accepted: 1, medianSecondsToAnswer: 4 * 3_600),
                "2 h and 6 h: the asker's own reply does not answer")
        #expect(pulse.events == [EventMonthPulse(month: "2026-09", planned: 0, due: 0, held: 0),
                                 EventMonthPulse(month: "2026-10", planned: 1, due: 1, held: 0),
                                 EventMonthPulse(month: "2026-11", planned: 2, due: 1, held: 1)])
        #expect(pulse.downloadsPerWeek == [1, 2])
        #expect(pulse.topResources.map { "\($0.title) \($0.downloads)" } == ["Рабочий лист 2", "План урока 1"])
    }

    @Test func onlyCoordinatorsReadThePulse() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let marina = try await Writer.login(server, as: "marina")
        let anna = try await Writer.login(server, as: "anna")
        let pulse = try await server.fetch(WireFormat.pulsePath + "?weeks=4", token: marina.token)
        let teacher = try await server.fetch(WireFormat.pulsePath, token: anna.token)
        let nobody = try await server.request(.GET, WireFormat.pulsePath, headers: [], bytes: nil)
        let tooMany = try await server.fetch(WireFormat.pulsePath + "?weeks=53", token: marina.token)
        for writer in [marina, anna] { await writer.close() }
        await server.stop()
        #expect(pulse.status == 200 && teacher.status == 403 && nobody.status == 401 && tooMany.status == 400)
        let decoded = try WireFormat.makeDecoder().decode(NetworkPulse.self, from: Data(pulse.body))
        #expect(decoded.weeks.count == 4 && decoded.members == 5)
    }
}
