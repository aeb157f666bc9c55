import Foundation
import GRDB
import StaffroomProtocol

/// Mentoring: a teacher's request, a mentor's or coordinator's answer, and the end of a pairing.
/// An accepted request gives the pair a members-only forum of their own (in the network's
/// mentoring category) with a first thread opened by the teacher's note, so every rule that keeps
/// members-only forums private keeps theirs too.
struct MentorshipDesk {
    let db: Database
    let user: User
    let now: Date

    /// Moderators and admins coordinate mentoring: they see every request and may answer any.
    private var isCoordinator: Bool { user.role == .moderator || user.role == .admin }

    /// Records a request; returns its id.
    func request(mentorID: Int64?, subject: String, grade: Int?, note: String) throws -> Int64 {
        let subject = subject.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !subject.isEmpty, subject.count <= MentorshipLimits.subjectLength else {
            throw MutationRefusal(.invalid, "Name the subject in 1 to \(MentorshipLimits.subjectLength) characters.")
        }
        guard note.count <= MentorshipLimits.noteLength else {
            throw MutationRefusal(.tooLong, "The note is longer than \(MentorshipLimits.noteLength) characters.")
        }
        if let grade, !ProfileLimits.grades.contains(grade) {
            throw MutationRefusal(.invalid, "Grade \(grade) does not exist: grades are 1 to 11.")
        }
        if let mentorID {
            guard mentorID != user.id else { throw MutationRefusal(.invalid, "You cannot be your own mentor.") }
            guard try role(of: mentorID) == .mentor else { throw MutationRefusal(.invalid, "Only a member who is a mentor can be asked.") }
            guard try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM mentorship WHERE menteeID = ? AND mentorID = ? AND status IN ('requested', 'active')
                """, arguments: [user.id, mentorID]) == 0 else {
                throw MutationRefusal(.invalid, "You already asked this mentor, or work with them.")
            }
        }
        try db.execute(sql: """
            INSERT INTO mentorship (menteeID, mentorID, subject, grade, note, status, createdAt) VALUES (?, ?, ?, ?, ?, 'requested', ?)
            """, arguments: [user.id, mentorID, subject, grade, note.trimmingCharacters(in: .whitespacesAndNewlines), now])
        let id = db.lastInsertedRowID
        try record(id)
        return id
    }

    /// Accepts (opening the pair's forum) or declines a request.
    func answer(_ id: Int64, accept: Bool, mentorID assigned: Int64?) throws {
        let request = try mentorship(id)
        guard request.status == .requested else {
            throw MutationRefusal(.alreadyHandled, "This request was already \(request.status.rawValue).")
        }
        guard isCoordinator || (request.mentorID == user.id && (assigned == nil || assigned == user.id)) else {
            throw MutationRefusal(.forbidden, "Only the mentor asked, or a coordinator, may answer this request.")
        }
        guard accept else {
            try db.execute(sql: "UPDATE mentorship SET status = 'declined', answeredAt = ? WHERE id = ?", arguments: [now, id])
            try record(id)
            return
        }
        guard let mentorID = assigned ?? request.mentorID else {
            throw MutationRefusal(.invalid, "Name the mentor who takes this request.")
        }
        guard mentorID != request.menteeID, try role(of: mentorID) == .mentor else {
            throw MutationRefusal(.invalid, "Only a member who is a mentor can take a request.")
        }
        let (forumID, topicID) = try openForum(for: request, mentorID: mentorID)
        try db.execute(sql: """
            UPDATE mentorship SET status = 'active', mentorID = ?, answeredAt = ?, forumID = ?, topicID = ? WHERE id = ?
            """, arguments: [mentorID, now, forumID, topicID, id])
        try record(id)
    }

    /// Takes a request back (its teacher) or ends a pairing (either of the pair, or a coordinator).
    func end(_ id: Int64) throws {
        let mentorship = try mentorship(id)
        guard mentorship.status.isOpen else {
            throw MutationRefusal(.alreadyHandled, "This mentorship was already \(mentorship.status.rawValue).")
        }
        let status: MentorshipStatus
        if mentorship.status == .requested {
            guard mentorship.menteeID == user.id || isCoordinator else {
                throw MutationRefusal(.forbidden, "Only the teacher who asked may take the request back; a mentor declines it.")
            }
            status = .withdrawn
        } else {
            guard [mentorship.menteeID, mentorship.mentorID].contains(user.id) || isCoordinator else {
                throw MutationRefusal(.forbidden, "Only the pair or a coordinator may end this mentorship.")
            }
            status = .ended
        }
        try db.execute(sql: "UPDATE mentorship SET status = ?, endedAt = ? WHERE id = ?", arguments: [status.rawValue, now, id])
        try record(id)
    }

    /// Notes the change for those who may see it: while a request is pending or was refused, the
    /// teacher, the mentor and the coordinators; once accepted (and when it ends), everyone.
    private func record(_ id: Int64) throws {
        let mentorship = try mentorship(id)
        if mentorship.status == .active || mentorship.status == .ended {
            try ChangeLog.record(.mentorship, id: id, in: db)
        } else {
            try ChangeLog.record(.mentorship, id: id, onlyFor: mentorship.menteeID, alsoFor: mentorship.mentorID, staffOnly: true, in: db)
        }
    }

    /// The pair's members-only forum, with the teacher's request as its first thread.
    private func openForum(for request: Mentorship, mentorID: Int64) throws -> (forum: Int64, topic: Int64) {
        let content = ContentWriter(db: db)
        let names = try [mentorID, request.menteeID].map { try String.fetchOne(db, sql: "SELECT displayName FROM user WHERE id = ?", arguments: [$0]) ?? "?" }
        let forumID = try content.addForum(categoryID: try mentoringCategory(), title: names.joined(separator: " · "),
                                           description: "Наставничество · Mentoring: \(request.subject)")
        // Members-only before anyone could read it: no one gains or loses sight of it, so no
        // `forumAccess` is told; the forum and its thread reach the pair and staff as news.
        try db.execute(sql: "UPDATE forum SET membersOnly = 1 WHERE id = ?", arguments: [forumID])
        for member in [mentorID, request.menteeID] {
            try db.execute(sql: "INSERT OR IGNORE INTO forumMember (forumID, userID) VALUES (?, ?)", arguments: [forumID, member])
        }
        try ChangeLog.record(.forum, id: forumID, in: db)
        let title = request.grade.map { "\(request.subject) · \($0)" } ?? request.subject
        let body = request.note.isEmpty ? request.subject : request.note
        let topicID = try content.addTopic(forumID: forumID, title: title, authorID: request.menteeID, body: body, at: now)
        return (forumID, topicID)
    }

    /// The category that holds the pairs' forums, made the first time one is needed.
    private func mentoringCategory() throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: """
            SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'mentoringCategory' AND CAST(value AS INTEGER) IN (SELECT id FROM category)
            """) {
            return id
        }
        let id = try ContentWriter(db: db).addCategory(title: "Наставничество · Mentoring")
        try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('mentoringCategory', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                       arguments: [String(id)])
        return id
    }

    private func mentorship(_ id: Int64) throws -> Mentorship {
        guard let row = try EntityRow<Mentorship>.fetchOne(db, sql: "SELECT * FROM mentorship WHERE id = ?", arguments: [id]) else {
            throw MutationRefusal(.notFound, "The request no longer exists.")
        }
        return row.entity
    }

    private func role(of userID: Int64) throws -> Role? {
        try String.fetchOne(db, sql: "SELECT role FROM user WHERE id = ?", arguments: [userID]).flatMap(Role.init(rawValue:))
    }
}
