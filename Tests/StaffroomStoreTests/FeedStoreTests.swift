import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore

/// The feed, read from the synced tables: replies after the member's posts, mentions, new topics in
/// watched forums, accepted answers, notices, changes to events they go to and bookings of their
/// consultations; newest first, by kind, in pages, with read marks and the last visit.
@Suite struct FeedStoreTests {
    private static let now = Date(timeIntervalSince1970: 1_795_608_000)

    private static func minutesAgo(_ minutes: Double) -> Date { now.addingTimeInterval(-minutes * 60) }

    private static func post(_ id: Int64, topic: Int64, author: Int64, _ body: String, minutesAgo minutes: Double, number: Int) -> Change {
        .post(Post(id: id, topicID: topic, authorID: author, body: body, createdAt: minutesAgo(minutes), number: number))
    }

    private static func topic(_ id: Int64, forum: Int64, author: Int64, _ title: String, accepted: Int64? = nil) -> Change {
        .topic(Topic(id: id, forumID: forum, title: title, authorID: author, createdAt: minutesAgo(600), lastPostAt: now, postCount: 3,
                     lastPostID: 100, acceptedPostID: accepted))
    }

    private static func event(status: EventStatus = .planned, startsIn hours: Double = 48, organizer: Int64 = 1) -> Event {
        Event(id: 9, title: "Семинар по чтению", kind: .seminar, description: "", organizerID: organizer,
              startsAt: now.addingTimeInterval(hours * 3_600), endsAt: now.addingTimeInterval(hours * 3_600 + 3_600),
              timeZone: "Europe/Moscow", place: "Гимназия № 3", status: status)
    }

    /// anna (2) is signed in; olga (1) and ivan (4) write.
    private static func store() throws -> ClientStore {
        let store = try ClientStore.inMemory()
        try store.saveLogin(Account(serverURL: "http://s", userID: 2, username: "anna.smirnova", displayName: "Анна Смирнова", token: "t"))
        try store.apply(SyncPage(changes: [
            Fixture.user(1, "Ольга Петрова"), Fixture.user(2, "Анна Смирнова"), Fixture.user(4, "Иван Кузнецов"),
            Self.topic(1, forum: 1, author: 1, "Медленное чтение"), Self.topic(2, forum: 2, author: 2, "Как проверять чтение?", accepted: 22),
            Self.topic(3, forum: 3, author: 4, "Проектная неделя"), Self.topic(4, forum: 1, author: 1, "Старое"),
            .subscription(Subscription(target: .forum(3), level: .watch)),
            Self.post(10, topic: 1, author: 1, "Начало", minutesAgo: 300, number: 1),
            Self.post(11, topic: 1, author: 2, "Мой ответ", minutesAgo: 200, number: 2),
            Self.post(12, topic: 1, author: 4, "Ответ Анне", minutesAgo: 100, number: 3),
            Self.post(13, topic: 1, author: 1, "Согласна с @Anna.Smirnova и Иваном", minutesAgo: 90, number: 4),
            Self.post(21, topic: 2, author: 2, "Вопрос", minutesAgo: 400, number: 1),
            Self.post(22, topic: 2, author: 4, "Ответ на вопрос", minutesAgo: 80, number: 2),
            Self.post(30, topic: 3, author: 4, "Открываю тему", minutesAgo: 70, number: 1),
            Self.post(40, topic: 4, author: 1, "Очень старое", minutesAgo: 60 * 24 * 40, number: 1),
            .notice(MemberNotice(id: 5, kind: .postHidden, text: "Не по теме", postID: 11, createdAt: Self.minutesAgo(60))),
            .rsvp(Rsvp(eventID: 9, response: .going)), .event(Self.event()),
        ], cursor: "e-1", more: false), syncedAt: Self.minutesAgo(50))
        return store
    }

    @Test func theFeedGathersWhatConcernsTheMemberNewestFirst() throws {
        let store = try Self.store()
        try store.apply(SyncPage(changes: [.event(Self.event(status: .cancelled))], cursor: "e-2", more: false), syncedAt: Self.minutesAgo(10))
        try store.apply(SyncPage(changes: [.event(Self.event(status: .cancelled))], cursor: "e-3", more: false), syncedAt: Self.minutesAgo(5))
        let feed = try store.feed(kind: nil, after: nil, limit: 20, now: Self.now)
        #expect(feed.map { "\($0.kind.rawValue) \($0.ref)" } == ["event_changed 1", "moderation 5", "new_topic 30", "answer 2", "mention 13",
                                                                "reply 12"],
                "the old post is past the horizon; the same change synced twice is one entry")
        #expect(feed[0].title == "Семинар по чтению" && feed[0].text == "status:cancelled" && feed[0].actorName == "Ольга Петрова")
        #expect(feed[1].title == "Медленное чтение" && feed[1].noticeKind == .postHidden && feed[1].text == "Не по теме")
        #expect(feed[3].title == "Как проверять чтение?" && feed[3].postID == 22 && feed[3].actorName == "Иван Кузнецов")
        #expect(feed[5].text == "Ответ Анне" && feed[5].topicID == 1 && !feed[5].read)
        #expect(try store.feed(kind: .reply, after: nil, limit: 20, now: Self.now).map(\.ref) == [12])
        let firstPage = try store.feed(kind: nil, after: nil, limit: 4, now: Self.now)
        let secondPage = try store.feed(kind: nil, after: firstPage.last?.position, limit: 4, now: Self.now)
        #expect((firstPage + secondPage).map(\.key) == feed.map(\.key), "pages follow on exactly")
    }

    @Test func readMarksOneByOneOrAllAndTheLastVisit() throws {
        let store = try Self.store()
        #expect(try store.unreadFeedCount(now: Self.now) == 5)
        try store.markFeedRead(["reply:12", "mention:13"], at: Self.now)
        #expect(try store.feed(kind: nil, after: nil, limit: 20, now: Self.now).filter(\.read).map(\.key) == ["mention:13", "reply:12"])
        #expect(try store.unreadFeedCount(now: Self.now) == 3)
        try store.markAllFeedRead(at: Self.now)
        #expect(try store.unreadFeedCount(now: Self.now) == 0)
        try store.apply(SyncPage(changes: [Self.post(14, topic: 1, author: 4, "Ещё ответ", minutesAgo: -1, number: 5)], cursor: "e-2", more: false),
                        syncedAt: Self.now)
        #expect(try store.unreadFeedCount(now: Self.now.addingTimeInterval(120)) == 1, "what comes after is unread")
        #expect(try store.visitFeed(at: Self.now) == nil)
        #expect(try store.visitFeed(at: Self.now.addingTimeInterval(60)) == Self.now)
    }

    @Test func bookingsOfTheMembersConsultationsAreNews() throws {
        let store = try Self.store()
        let consultation = Event(id: 12, title: "Консультация наставника", kind: .consultation, description: "", organizerID: 2,
                                 startsAt: Self.now, endsAt: Self.now.addingTimeInterval(7_200), timeZone: "Europe/Moscow", slotMinutes: 30)
        let booking = Booking(id: 3, eventID: 12, slot: Self.now, bookerID: 4, bookerName: "Иван Кузнецов", question: "Как вести проект?")
        try store.apply(SyncPage(changes: [.event(consultation), .booking(booking)], cursor: "e-2", more: false), syncedAt: Self.minutesAgo(8))
        var cancelled = booking
        cancelled.cancelled = true
        try store.apply(SyncPage(changes: [.booking(cancelled)], cursor: "e-3", more: false), syncedAt: Self.minutesAgo(4))
        let feed = try store.feed(kind: nil, after: nil, limit: 2, now: Self.now)
        #expect(feed.map(\.kind) == [.bookingCancelled, .booking])
        #expect(feed[1].text == "Как вести проект?" && feed[1].actorName == "Иван Кузнецов" && feed[1].title == "Консультация наставника")
    }

    @Test func kindsTurnedOffLeaveTheFeedAndKindsAskedForComeInTheDigest() throws {
        let store = try Self.store()
        #expect(try store.notificationLevels()[.reply] == .feed, "the standard level")
        try store.setNotificationLevel(.off, for: .reply)
        try store.setNotificationLevel(.digest, for: .mention)
        #expect(try store.pendingMutations().map(\.action) == [.setNotificationLevel(kind: .reply, level: .off),
                                                              .setNotificationLevel(kind: .mention, level: .digest)])
        #expect(try store.feed(kind: nil, after: nil, limit: 20, now: Self.now).map(\.kind) == [.moderation, .newTopic, .answer, .mention])
        #expect(try store.unreadFeedCount(now: Self.now) == 4)
        let digest = try store.digest(since: Self.minutesAgo(95), now: Self.now)
        #expect(digest.forYou?.map(\.key) == ["mention:13"], "only the kinds asked for, since the digest's start")
        try store.apply(SyncPage(changes: [.notificationSetting(NotificationSetting(kind: .mention, level: .feed))], cursor: "e-2", more: false),
                        syncedAt: Self.now)
        #expect(try store.digest(since: Self.minutesAgo(95), now: Self.now).forYou == nil, "another device set it back")
    }

    @Test func newEventsAndResourcesForTheSubjectsAndGradesOnTheProfile() throws {
        let store = try Self.store()
        try store.saveOwnProfile(ProfileDraft(subjects: ["Литературное чтение"], grades: [3, 4]), at: Self.now)
        func event(_ id: Int64, _ subjects: [String], grades: [Int] = [], status: EventStatus = .planned) -> Change {
            .event(Event(id: id, title: "Событие \(id)", kind: .seminar, description: "", organizerID: 1,
                         startsAt: Self.now.addingTimeInterval(86_400), endsAt: Self.now.addingTimeInterval(90_000), timeZone: "Europe/Moscow",
                         place: "", subjects: subjects, grades: grades, status: status))
        }
        func resource(_ id: Int64, _ subjects: [String], grades: [Int] = [], author: Int64 = 1) -> Change {
            .resource(Resource(id: id, title: "Материал \(id)", description: "", type: .worksheet, subjects: subjects, grades: grades,
                               language: "ru", authorID: author, licence: "CC BY 4.0", createdAt: Self.minutesAgo(Double(40 - id))))
        }
        try store.apply(SyncPage(changes: [
            event(31, ["литературное чтение"]), event(32, ["Литературное чтение"], grades: [7]), event(33, ["Математика"]),
            event(34, ["Литературное чтение"], grades: [4, 5]), event(35, ["Литературное чтение"], status: .proposed),
            resource(21, ["Литературное чтение"]), resource(22, ["Литературное чтение"], grades: [9]), resource(23, []),
            resource(24, ["Литературное чтение"], author: 2),
        ], cursor: "e-2", more: false), syncedAt: Self.minutesAgo(20))
        try store.apply(SyncPage(changes: [event(31, ["литературное чтение"])], cursor: "e-3", more: false), syncedAt: Self.minutesAgo(10))
        let news = try store.feed(kind: nil, after: nil, limit: 30, now: Self.now).filter { [.newEvent, .newResource].contains($0.kind) }
        #expect(news.map { "\($0.kind.rawValue) \($0.title)" } == ["new_resource Материал 21", "new_event Событие 34", "new_event Событие 31"],
                "other subjects, other grades, proposals and the member's own resources are left out; an event is new once")
        #expect(news.first?.resourceID == 21 && news.last?.eventID == 31 && news.last?.actorName == "Ольга Петрова")
        try store.saveOwnProfile(ProfileDraft(subjects: ["Математика"]), at: Self.now)
        #expect(try store.feed(kind: .newEvent, after: nil, limit: 30, now: Self.now).map(\.eventID) == [33],
                "what matches follows the profile as it is now")
    }

    @Test func remindersComeADayAndAnHourBeforeWhatTheMemberGoesTo() throws {
        let store = try Self.store()
        let weekly = Event(id: 12, title: "Кружок чтения", kind: .seminar, description: "", organizerID: 4,
                           startsAt: Self.now.addingTimeInterval(-7 * 86_400 + 30 * 60), endsAt: Self.now.addingTimeInterval(-7 * 86_400 + 90 * 60),
                           timeZone: "UTC", recurrence: Recurrence(frequency: .weekly, count: 4))
        try store.apply(SyncPage(changes: [
            .event(Self.event(startsIn: 20)), .event(weekly), .rsvp(Rsvp(eventID: 12, response: .going)),
            .event(Event(id: 13, title: "Не иду", kind: .seminar, description: "", organizerID: 1, startsAt: Self.now.addingTimeInterval(3_600),
                         endsAt: Self.now.addingTimeInterval(7_200), timeZone: "UTC")),
        ], cursor: "e-2", more: false), syncedAt: Self.now)
        try store.noteDueReminders(now: Self.now)
        try store.noteDueReminders(now: Self.now)
        var reminders = try store.feed(kind: .reminder, after: nil, limit: 10, now: Self.now)
        #expect(reminders.map { "\($0.title) \($0.text)" } == ["Кружок чтения 1h", "Семинар по чтению 24h"],
                "the series' meeting in half an hour gets the hour's reminder only; each is noted once; an event not gone to gets none")
        #expect(reminders.last?.at == Self.now.addingTimeInterval(20 * 3_600 - 86_400) && reminders.last?.eventID == 9)
        try store.noteDueReminders(now: Self.now.addingTimeInterval(19.5 * 3_600))
        reminders = try store.feed(kind: .reminder, after: nil, limit: 10, now: Self.now.addingTimeInterval(19.5 * 3_600))
        #expect(reminders.map(\.text) == ["1h", "1h", "24h"], "an hour before the seminar its second reminder comes")
    }
}
