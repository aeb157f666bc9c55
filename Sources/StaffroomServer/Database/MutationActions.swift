import Foundation
import GRDB
import StaffroomProtocol

/// Why the server refuses a write for good.
struct MutationRefusal: Error {
    let code: RejectionCode
    let message: String

    init(_ code: RejectionCode, _ message: String) {
        self.code = code
        self.message = message
    }
}

/// The rules and effects of each kind of write, applied inside the ledger's transaction. The
/// server is the one place where permissions are enforced.
struct MutationActions {
    let db: Database
    let user: User
    let now: Date

    /// Applies `action`; returns the id of what it created, if anything.
    func apply(_ action: MutationAction) throws -> Int64? {
        try requireAccess(for: action)
        try requireVoice(for: action)
        let content = ContentWriter(db: db)
        switch action {
        case .createTopic(let forumID, let title, let body):
            guard try exists("forum", forumID) else { throw MutationRefusal(.notFound, "The forum no longer exists.") }
            let cleanTitle = title.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !cleanTitle.isEmpty else { throw MutationRefusal(.empty, "A topic needs a title.") }
            guard cleanTitle.count <= WriteLimits.titleLength else {
                throw MutationRefusal(.tooLong, "The title is longer than \(WriteLimits.titleLength) characters.")
            }
            try checkBody(body)
            let topicID = try content.addTopic(forumID: forumID, title: cleanTitle, authorID: user.id, body: body, at: now)
            if let postID = try Int64.fetchOne(db, sql: "SELECT MIN(id) FROM post WHERE topicID = ?", arguments: [topicID]) {
                try ReviewQueue(db: db).holdIfNew(postID: postID, at: now)
            }
            return topicID
        case .reply(let topicID, let body):
            guard let topic = try topicRow(topicID) else { throw MutationRefusal(.notFound, "The topic no longer exists.") }
            if topic.locked && !isModerator {
                throw MutationRefusal(.topicLocked, "The topic was locked by a moderator; replies are closed.")
            }
            try checkBody(body)
            let postID = try content.addPost(topicID: topicID, authorID: user.id, body: body, at: now)
            try ReviewQueue(db: db).holdIfNew(postID: postID, at: now)
            return postID
        case .editPost(let postID, let body):
            try requireOwnOrModerated(postID)
            try checkBody(body)
            try db.execute(sql: "UPDATE post SET body = ?, editedAt = ? WHERE id = ?", arguments: [body, now, postID])
            try ChangeLog.record(.post, id: postID, in: db)
            try ReviewQueue(db: db).postChanged(postID)
            return nil
        case .deletePost(let postID):
            try requireOwnOrModerated(postID)
            try db.execute(sql: "UPDATE post SET body = '', deletedAt = ? WHERE id = ?", arguments: [now, postID])
            try ChangeLog.record(.post, id: postID, in: db)
            try ReviewQueue(db: db).postChanged(postID)
            return nil
        case .setTopicPinned(let topicID, let pinned):
            try setTopicFlag("pinned", pinned, topicID: topicID)
            return nil
        case .setTopicLocked(let topicID, let locked):
            try setTopicFlag("locked", locked, topicID: topicID)
            return nil
        case .flagPost(let postID, let reason, let note):
            guard let author = try Int64.fetchOne(db, sql: "SELECT authorID FROM post WHERE id = ?", arguments: [postID]) else {
                throw MutationRefusal(.notFound, "The post no longer exists.")
            }
            guard author != user.id else { throw MutationRefusal(.forbidden, "You cannot flag your own post.") }
            guard note.count <= WriteLimits.flagNoteLength else {
                throw MutationRefusal(.tooLong, "The note is longer than \(WriteLimits.flagNoteLength) characters.")
            }
            try db.execute(sql: """
                INSERT INTO flag (postID, userID, reason, note, createdAt) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (postID, userID) DO UPDATE SET reason = excluded.reason, note = excluded.note
                """, arguments: [postID, user.id, reason.rawValue, note, now])
            try ReviewQueue(db: db).flagged(postID: postID, at: now)
            return nil
        case .markRead(let topicID, let postID):
            guard try exists("topic", topicID) else { throw MutationRefusal(.notFound, "The topic no longer exists.") }
            try db.execute(sql: """
                INSERT INTO readMark (userID, topicID, lastReadPostID) VALUES (?, ?, ?)
                ON CONFLICT (userID, topicID) DO UPDATE SET lastReadPostID = MAX(lastReadPostID, excluded.lastReadPostID)
                """, arguments: [user.id, topicID, postID])
            let markID = try Int64.fetchOne(db, sql: "SELECT id FROM readMark WHERE userID = ? AND topicID = ?",
                                            arguments: [user.id, topicID])!
            try ChangeLog.record(.readMark, id: markID, onlyFor: user.id, in: db)
            return nil
        case .acceptAnswer(let topicID, let postID):
            try acceptAnswer(postID, topicID: topicID)
            return nil
        case .setSubscription(let target, let level):
            let (kind, id) = switch target {
            case .topic(let id): ("topic", id)
            case .forum(let id): ("forum", id)
            }
            guard try exists(kind, id) else { throw MutationRefusal(.notFound, "The \(kind) no longer exists.") }
            try db.execute(sql: """
                INSERT INTO subscription (userID, targetKind, targetID, level) VALUES (?, ?, ?, ?)
                ON CONFLICT (userID, targetKind, targetID) DO UPDATE SET level = excluded.level
                """, arguments: [user.id, kind, id, level.rawValue])
            let rowID = try Int64.fetchOne(db, sql: "SELECT id FROM subscription WHERE userID = ? AND targetKind = ? AND targetID = ?",
                                           arguments: [user.id, kind, id])!
            try ChangeLog.record(.subscription, id: rowID, onlyFor: user.id, in: db)
            return nil
        case .rsvp(let eventID, let response):
            try EventBook(db: db).respond(userID: user.id, eventID: eventID, response: response, now: now)
            return nil
        case .setEventStatus(let eventID, let status):
            try EventBook(db: db).mark(eventID, status, by: user, now: now)
            return nil
        case .createEvent(let draft):
            return try EventPlanning(db: db, user: user, now: now).create(draft)
        case .editEvent(let eventID, let draft):
            try EventPlanning(db: db, user: user, now: now).edit(eventID, with: draft)
            return nil
        case .changeOccurrence(let eventID, let change):
            try EventPlanning(db: db, user: user, now: now).changeOccurrence(of: eventID, change)
            return nil
        case .recordAttendance(let eventID, let occurrence, let attendees):
            try EventAttendance(db: db, user: user, now: now).record(eventID: eventID, occurrence: occurrence, attendees: attendees)
            return nil
        case .bookSlot(let eventID, let slot, let question):
            return try ConsultationBook(db: db, user: user, now: now).book(eventID: eventID, slot: slot, question: question)
        case .cancelBooking(let bookingID):
            try ConsultationBook(db: db, user: user, now: now).cancel(bookingID: bookingID)
            return nil
        case .shareResource(let draft):
            return try LibrarySharing(db: db, user: user, now: now).share(draft)
        case .markUseful(let resourceID, let useful):
            try LibrarySharing(db: db, user: user, now: now).markUseful(resourceID: resourceID, useful: useful)
            return nil
        case .claimReview(let itemID, let claim):
            try ModerationDesk(db: db, user: user, now: now).claim(itemID: itemID, claim)
            return nil
        case .moderate(let itemID, let version, let action, let note, let details):
            try ModerationDesk(db: db, user: user, now: now).moderate(itemID: itemID, version: version, action: action, note: note,
                                                                     details: details)
            return nil
        case .flagUser(let memberID, let reason, let note):
            try ReviewQueue(db: db).flag(memberID: memberID, by: user.id, reason: reason, note: note, at: now)
            return nil
        case .setNotificationLevel(let kind, let level):
            try db.execute(sql: """
                INSERT INTO notificationSetting (userID, kind, level) VALUES (?, ?, ?)
                ON CONFLICT (userID, kind) DO UPDATE SET level = excluded.level
                """, arguments: [user.id, kind.rawValue, level.rawValue])
            let settingID = try Int64.fetchOne(db, sql: "SELECT id FROM notificationSetting WHERE userID = ? AND kind = ?",
                                               arguments: [user.id, kind.rawValue])!
            try ChangeLog.record(.notificationSetting, id: settingID, onlyFor: user.id, in: db)
            return nil
        case .addStaffNote(let memberID, let text):
            return try ModerationDesk(db: db, user: user, now: now).addNote(on: memberID, text: text)
        case .askForReview(let postID, let note):
            try ReviewQueue(db: db).askForReview(postID: postID, by: user.id, note: note, at: now)
            return nil
        case .undoModeration(let entryID):
            try ModerationDesk(db: db, user: user, now: now).undo(entryID: entryID)
            return nil
        case .updateProfile(let profile):
            try updateProfile(profile)
            return nil
        case .requestMentor(let mentorID, let subject, let grade, let note):
            return try MentorshipDesk(db: db, user: user, now: now).request(mentorID: mentorID, subject: subject, grade: grade, note: note)
        case .answerMentorship(let id, let accept, let mentorID):
            try MentorshipDesk(db: db, user: user, now: now).answer(id, accept: accept, mentorID: mentorID)
            return nil
        case .endMentorship(let id):
            try MentorshipDesk(db: db, user: user, now: now).end(id)
            return nil
        case .setBookmark(let postID, let bookmarked):
            guard try exists("post", postID) else { throw MutationRefusal(.notFound, "The post no longer exists.") }
            try db.execute(sql: """
                INSERT INTO bookmark (userID, postID, bookmarked, createdAt) VALUES (?, ?, ?, ?)
                ON CONFLICT (userID, postID) DO UPDATE SET bookmarked = excluded.bookmarked, createdAt = excluded.createdAt
                """, arguments: [user.id, postID, bookmarked, now])
            let rowID = try Int64.fetchOne(db, sql: "SELECT id FROM bookmark WHERE userID = ? AND postID = ?",
                                           arguments: [user.id, postID])!
            try ChangeLog.record(.bookmark, id: rowID, onlyFor: user.id, in: db)
            return nil
        }
    }

    private var isModerator: Bool { user.role == .moderator || user.role == .admin }

    /// Refuses a write into a members-only forum the member may not see (any more).
    private func requireAccess(for action: MutationAction) throws {
        let forumID: Int64?
        switch action {
        case .createTopic(let targetForum, _, _), .setSubscription(.forum(let targetForum), _):
            forumID = targetForum
        case .reply(let topicID, _), .setTopicPinned(let topicID, _), .setTopicLocked(let topicID, _),
             .markRead(let topicID, _), .acceptAnswer(let topicID, _), .setSubscription(.topic(let topicID), _):
            forumID = try ChangeLog.forumQuery(.topic).flatMap { try Int64.fetchOne(db, sql: $0, arguments: [topicID]) }
        case .editPost(let postID, _), .deletePost(let postID), .flagPost(let postID, _, _), .setBookmark(let postID, _),
             .askForReview(let postID, _):
            forumID = try ChangeLog.forumQuery(.post).flatMap { try Int64.fetchOne(db, sql: $0, arguments: [postID]) }
        case .rsvp, .setEventStatus, .createEvent, .editEvent, .changeOccurrence, .recordAttendance, .bookSlot, .cancelBooking,
             .shareResource, .markUseful, .claimReview, .moderate, .undoModeration, .flagUser, .addStaffNote, .setNotificationLevel,
             .updateProfile, .requestMentor, .answerMentorship, .endMentorship:
            forumID = nil
        }
        guard let forumID else { return }
        guard try ForumVisibility.canSee(forumID: forumID, userID: user.id, in: db) else {
            throw MutationRefusal(.forbidden, "You no longer have access to this forum.")
        }
    }

    /// Refuses what a silenced member may not do: write posts, share resources, create events.
    private func requireVoice(for action: MutationAction) throws {
        switch action {
        case .createTopic, .reply, .editPost, .shareResource, .createEvent, .editEvent, .updateProfile:
            guard let silence = try MemberNotices.restriction("silencedUntil", userID: user.id, now: now, in: db) else { return }
            let reason = silence.reason.isEmpty ? "" : " Reason: \(silence.reason)"
            throw MutationRefusal(.silenced, "A moderator silenced you until \(ModerationDesk.time(silence.until, now: now)).\(reason)")
        default:
            return
        }
    }

    /// Rewrites the member's own profile (subjects and grades tidied: trimmed, each once, in order).
    private func updateProfile(_ profile: ProfileDraft) throws {
        if let problem = profile.problems().first { throw MutationRefusal(.invalid, problem.message) }
        var seen = Set<String>()
        let subjects = profile.subjects.map { $0.trimmingCharacters(in: .whitespaces) }.filter { seen.insert($0.lowercased()).inserted }
        try db.execute(sql: "UPDATE user SET subjects = ?, grades = ?, bio = ? WHERE id = ?",
                       arguments: [try JSONColumn.text(subjects), try JSONColumn.text(Array(Set(profile.grades)).sorted()),
                                   profile.bio.trimmingCharacters(in: .whitespacesAndNewlines), user.id])
        try ChangeLog.record(.user, id: user.id, in: db)
    }

    private func exists(_ table: String, _ id: Int64) throws -> Bool {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table) WHERE id = ?", arguments: [id]) == 1
    }

    private func topicRow(_ id: Int64) throws -> (locked: Bool, authorID: Int64, forumID: Int64)? {
        try Row.fetchOne(db, sql: "SELECT locked, authorID, forumID FROM topic WHERE id = ?", arguments: [id])
            .map { ($0["locked"], $0["authorID"], $0["forumID"]) }
    }

    private func checkBody(_ body: String) throws {
        guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw MutationRefusal(.empty, "The post is empty.")
        }
        guard body.count <= WriteLimits.postLength else {
            throw MutationRefusal(.tooLong, "The post is longer than \(WriteLimits.postLength) characters.")
        }
    }

    private func requireOwnOrModerated(_ postID: Int64) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT authorID, deletedAt FROM post WHERE id = ?", arguments: [postID]),
              (row["deletedAt"] as Date?) == nil else {
            throw MutationRefusal(.notFound, "The post no longer exists.")
        }
        guard row["authorID"] == user.id || isModerator else {
            throw MutationRefusal(.forbidden, "Only the author or a moderator may change this post.")
        }
    }

    private func setTopicFlag(_ column: String, _ value: Bool, topicID: Int64) throws {
        guard isModerator else { throw MutationRefusal(.forbidden, "Only moderators may pin or lock topics.") }
        guard try exists("topic", topicID) else { throw MutationRefusal(.notFound, "The topic no longer exists.") }
        try db.execute(sql: "UPDATE topic SET \(column) = ? WHERE id = ?", arguments: [value, topicID])
        try ChangeLog.record(.topic, id: topicID, in: db)
    }

    private func acceptAnswer(_ postID: Int64?, topicID: Int64) throws {
        guard let topic = try topicRow(topicID) else { throw MutationRefusal(.notFound, "The topic no longer exists.") }
        let kind = try String.fetchOne(db, sql: "SELECT kind FROM forum WHERE id = ?", arguments: [topic.forumID])
        guard kind == ForumKind.questions.rawValue else {
            throw MutationRefusal(.notAQuestion, "Answers are accepted only in questions forums.")
        }
        guard user.role != .teacher || user.id == topic.authorID else {
            throw MutationRefusal(.forbidden, "Only the asker, mentors and moderators may accept an answer.")
        }
        if let postID {
            let firstPost = try Int64.fetchOne(db, sql: "SELECT MIN(id) FROM post WHERE topicID = ?", arguments: [topicID])
            guard try Int64.fetchOne(db, sql: "SELECT topicID FROM post WHERE id = ? AND deletedAt IS NULL",
                                     arguments: [postID]) == topicID, postID != firstPost else {
                throw MutationRefusal(.notFound, "That reply is not in this topic.")
            }
        }
        try db.execute(sql: "UPDATE topic SET acceptedPostID = ? WHERE id = ?", arguments: [postID, topicID])
        try ChangeLog.record(.topic, id: topicID, in: db)
    }
}
