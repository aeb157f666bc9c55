import Foundation
import StaffroomDemoNetwork
import StaffroomProtocol

/// Fills an empty server database with the built-in demo network, dated relative to `now`.
public struct DemoSeeder {
    let database: ServerDatabase
    let accounts: Accounts

    public init(database: ServerDatabase, accounts: Accounts) {
        self.database = database
        self.accounts = accounts
    }

    /// Why the demo network could not be seeded.
    public enum Failure: Error, CustomStringConvertible {
        case notEmpty
        case badForumText(forum: String, DemoThreadParser.Failure)
        case unknownForum(resource: String, forum: String)
        case unknownMember(String)

        public var description: String {
            switch self {
            case .notEmpty: "the database already holds forums; seed the demo network into a new database"
            case .badForumText(let forum, let failure): "demo forum “\(forum)”, \(failure)"
            case .unknownForum(let resource, let forum): "demo resource “\(resource)” is discussed in “\(forum)”, which is not a demo forum"
            case .unknownMember(let username): "demo mentoring names “\(username)”, who is not a demo member"
            }
        }
    }

    /// Seeds members (all with the demo password), categories, forums, topics and posts.
    public func seed(now: Date = Date(), calendar: Calendar = .current) throws {
        guard try database.isEmpty() else { throw Failure.notEmpty }
        let passwordHash = accounts.hashPassword(DemoNetwork.password)
        try database.setCommunityName(DemoNetwork.communityName)
        for member in DemoNetwork.users {
            try database.addMember(username: member.username, displayName: member.displayName,
                                   role: Role(rawValue: member.role.rawValue) ?? .teacher,
                                   school: member.school, passwordHash: passwordHash,
                                   profile: ProfileDraft(subjects: member.subjects, grades: member.grades, bio: member.bio))
        }
        let parsed = try DemoNetwork.categories.map { category in
            try category.forums.map { forum in
                do {
                    return (forum, try DemoThreadParser.parse(forum.threadsText))
                } catch let failure as DemoThreadParser.Failure {
                    throw Failure.badForumText(forum: forum.title, failure)
                }
            }
        }
        let today = calendar.startOfDay(for: now)
        try database.batch { writer in
            for (category, forums) in zip(DemoNetwork.categories, parsed) {
                let categoryID = try writer.addCategory(title: category.title)
                for (forum, topics) in forums {
                    let forumID = try writer.addForum(categoryID: categoryID, title: forum.title,
                                                      description: forum.description,
                                                      kind: ForumKind(rawValue: forum.kind.rawValue) ?? .discussion)
                    for topic in topics {
                        try seed(topic, forumID: forumID, today: today, now: now, calendar: calendar, writer: writer)
                    }
                }
            }
            for resource in DemoNetwork.resources { try seed(resource, today: today, writer: writer) }
            for event in DemoNetwork.events { try seed(event, now: now, writer: writer) }
            for mentorship in DemoNetwork.mentorships { try seed(mentorship, today: today, writer: writer) }
        }
    }

    /// Asks for a mentor `daysAgo` days before today; an accepted request is taken a day later and
    /// its thread gets the replies, the mentor's first, an hour apart.
    private func seed(_ demo: DemoMentorship, today: Date, writer: ContentWriter) throws {
        func member(_ username: String) throws -> User {
            guard let user = try EntityRow<User>.fetchOne(writer.db, sql: "SELECT * FROM user WHERE username = ?", arguments: [username])?.entity
            else { throw Failure.unknownMember(username) }
            return user
        }
        let mentee = try member(demo.mentee)
        let mentor = try demo.mentor.map(member)
        let askedAt = today.addingTimeInterval(TimeInterval(-demo.daysAgo * 86_400 + 16 * 3_600))
        let id = try MentorshipDesk(db: writer.db, user: mentee, now: askedAt)
            .request(mentorID: mentor?.id, subject: demo.subject, grade: demo.grade, note: demo.note)
        guard demo.accepted, let mentor else { return }
        let acceptedAt = askedAt.addingTimeInterval(86_400)
        try MentorshipDesk(db: writer.db, user: mentor, now: acceptedAt).answer(id, accept: true, mentorID: nil)
        guard let topicID = try Int64.fetchOne(writer.db, sql: "SELECT topicID FROM mentorship WHERE id = ?", arguments: [id]) else { return }
        for (index, reply) in demo.replies.enumerated() {
            try writer.addPost(topicID: topicID, authorID: index.isMultiple(of: 2) ? mentor.id : mentee.id, body: reply,
                               at: acceptedAt.addingTimeInterval(TimeInterval((index + 1) * 3_600)))
        }
    }

    /// Adds an event at its local time in its own zone, with the members' answers given a day before
    /// it starts (or now), then its status, then who attended it (with their certificates).
    private func seed(_ demo: DemoEvent, now: Date, writer: ContentWriter) throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: demo.timeZone) ?? .gmt
        let day = calendar.date(byAdding: .day, value: demo.daysFromToday, to: calendar.startOfDay(for: now)) ?? now
        let start = day.addingTimeInterval(TimeInterval(demo.startMinute * 60))
        let book = EventBook(db: writer.db)
        let id = try book.add(Event(id: 0, title: demo.title, kind: EventKind(rawValue: demo.kind.rawValue) ?? .seminar,
                                    description: demo.description, organizerID: writer.memberID(username: demo.organizer),
                                    startsAt: start, endsAt: start.addingTimeInterval(TimeInterval(demo.minutes * 60)),
                                    timeZone: demo.timeZone, place: demo.place, link: demo.link, subjects: demo.subjects,
                                    grades: demo.grades, capacity: demo.capacity,
                                    topicID: try demo.discussion.flatMap {
                                        try Int64.fetchOne(writer.db, sql: "SELECT id FROM topic WHERE title = ?", arguments: [$0])
                                    },
                                    recurrence: demo.weeklyOccurrences.map { Recurrence(frequency: .weekly, count: $0) },
                                    occurrenceChanges: demo.cancelledOccurrence
                                        .flatMap { calendar.date(byAdding: .weekOfYear, value: $0, to: start) }
                                        .map { [OccurrenceChange(occurrence: $0, cancelled: true)] } ?? [],
                                    slotMinutes: demo.slotMinutes,
                                    resourceIDs: try demo.resources.compactMap {
                                        try Int64.fetchOne(writer.db, sql: "SELECT id FROM resource WHERE title = ?", arguments: [$0])
                                    }))
        let answeredAt = min(now, start.addingTimeInterval(-86_400))
        for (members, response) in [(demo.going, EventResponse.going), (demo.maybe, .maybe)] {
            for member in members {
                try book.respond(userID: writer.memberID(username: member), eventID: id, response: response, now: answeredAt)
            }
        }
        for booking in demo.bookings {
            guard let member = try EntityRow<User>.fetchOne(writer.db, sql: "SELECT * FROM user WHERE username = ?",
                                                            arguments: [booking.member])?.entity, let minutes = demo.slotMinutes else { continue }
            _ = try ConsultationBook(db: writer.db, user: member, now: answeredAt)
                .book(eventID: id, slot: start.addingTimeInterval(TimeInterval(booking.slot * minutes * 60)), question: booking.question)
        }
        if let status = EventStatus(rawValue: demo.status.rawValue), status != .planned { try book.setStatus(status, of: id) }
        guard !demo.attended.isEmpty,
              let organizer = try EntityRow<User>.fetchOne(writer.db, sql: "SELECT * FROM user WHERE username = ?",
                                                           arguments: [demo.organizer])?.entity else { return }
        let attendance = EventAttendance(db: writer.db, user: organizer, now: start.addingTimeInterval(TimeInterval(demo.minutes * 60)))
        try attendance.record(eventID: id, occurrence: start, attendees: try demo.attended.map(writer.memberID(username:)))
    }

    /// Adds a library resource shared `daysAgo` days before today, its files' sizes and checksums
    /// worked out from their contents.
    private func seed(_ demo: DemoResource, today: Date, writer: ContentWriter) throws {
        let files = try demo.files.map { file in
            let bytes = Data(file.contents.utf8)
            let sha256 = try database.files.store(bytes)
            try writer.recordStoredFile(sha256, size: Int64(bytes.count), at: today)
            return ResourceFile(name: file.name, size: Int64(bytes.count), mediaType: file.mediaType, sha256: sha256)
        }
        let sharedAt = today.addingTimeInterval(TimeInterval(-demo.daysAgo * 86_400 + 11 * 3_600))
        let author = try writer.memberID(username: demo.author)
        let topicID = try demo.discussion.map { discussion in
            try seed(discussion, of: demo, authorID: author, at: sharedAt, writer: writer)
        }
        try writer.addResource(Resource(id: 0, title: demo.title, description: demo.description,
                                        type: ResourceType(rawValue: demo.kind.rawValue) ?? .lessonPlan, subjects: demo.subjects,
                                        grades: demo.grades, language: demo.language, authorID: author,
                                        licence: demo.licence, createdAt: sharedAt, files: files, link: demo.link, topicID: topicID))
    }

    /// Opens a resource's discussion topic in its forum (the description as the first post) with its replies.
    private func seed(_ discussion: DemoResource.Discussion, of demo: DemoResource, authorID: Int64, at date: Date,
                      writer: ContentWriter) throws -> Int64 {
        guard let forumID = try Int64.fetchOne(writer.db, sql: "SELECT id FROM forum WHERE title = ?", arguments: [discussion.forum]) else {
            throw Failure.unknownForum(resource: demo.title, forum: discussion.forum)
        }
        let topicID = try writer.addTopic(forumID: forumID, title: demo.title, authorID: authorID, body: demo.description, at: date)
        var replyDate = date
        for reply in discussion.replies {
            replyDate = replyDate.addingTimeInterval(TimeInterval(reply.hoursLater * 3_600))
            try writer.addPost(topicID: topicID, authorID: writer.memberID(username: reply.author), body: reply.body, at: min(replyDate, Date()))
        }
        return topicID
    }

    private func seed(_ topic: DemoTopic, forumID: Int64, today: Date, now: Date, calendar: Calendar,
                      writer: ContentWriter) throws {
        func date(of post: DemoPost) -> Date {
            let day = calendar.date(byAdding: .day, value: -post.daysAgo, to: today) ?? today
            return min(now, day.addingTimeInterval(TimeInterval(post.minuteOfDay * 60)))
        }
        guard let opening = topic.posts.first else { return }
        let topicID = try writer.addTopic(forumID: forumID, title: topic.title,
                                          authorID: writer.memberID(username: opening.author),
                                          body: opening.body, at: date(of: opening))
        for reply in topic.posts.dropFirst() {
            let postID = try writer.addPost(topicID: topicID, authorID: writer.memberID(username: reply.author),
                                            body: reply.body, at: date(of: reply))
            if reply.accepted { try writer.acceptAnswer(postID, topicID: topicID) }
        }
    }
}
