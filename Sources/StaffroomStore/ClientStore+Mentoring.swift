import Foundation
import GRDB
import StaffroomProtocol

/// A request for a mentor or a pairing, with the names it shows.
public struct MentorshipSummary: Equatable, Sendable {
    public var mentorship: Mentorship
    public var menteeName: String
    /// Nil while no mentor is named.
    public var mentorName: String?

    public init(mentorship: Mentorship, menteeName: String, mentorName: String?) {
        self.mentorship = mentorship
        self.menteeName = menteeName
        self.mentorName = mentorName
    }
}

extension ClientStore {
    /// The mentoring that concerns the signed-in member, open first, newest first: their own
    /// requests and pairings (as teacher or mentor), and, for a coordinator, every request and
    /// pairing this device holds; at most `limit`.
    public func mentorships(limit: Int = 200) throws(StoreError) -> [MentorshipSummary] {
        try StoreError.mapping {
            try writer.read { db in
                guard let account = try Account.fetchOne(db) else { return [] }
                let coordinator = try String.fetchOne(db, sql: "SELECT role FROM user WHERE id = ?", arguments: [account.userID])
                    .map { $0 == Role.moderator.rawValue || $0 == Role.admin.rawValue } ?? false
                return try Self.summaries(db, where: "(? OR mentorship.menteeID = ? OR mentorship.mentorID = ?)",
                                          arguments: [coordinator, account.userID, account.userID], limit: limit)
            }
        }
    }

    /// The pairings a member is in now, as teacher or as mentor.
    public func activeMentorships(of userID: Int64) throws(StoreError) -> [MentorshipSummary] {
        try StoreError.mapping {
            try writer.read { db in
                try Self.summaries(db, where: "mentorship.status = 'active' AND (mentorship.menteeID = ? OR mentorship.mentorID = ?)",
                                   arguments: [userID, userID], limit: 20)
            }
        }
    }

    /// The mentors of the network, those who name `subject` on their profile first.
    public func mentors(forSubject subject: String) throws(StoreError) -> [User] {
        try StoreError.mapping {
            try writer.read { db in
                try User.fetchAll(db, sql: """
                    SELECT * FROM user WHERE role = 'mentor'
                    ORDER BY NOT EXISTS (SELECT 1 FROM json_each(user.subjects) WHERE staffroomFold(json_each.value) = ?),
                             staffroomFold(displayName), id
                    """, arguments: [SearchText.fold(subject)])
            }
        }
    }

    /// Asks for a mentor through the outbox (the request shows once the server has it).
    public func requestMentor(_ mentorID: Int64?, subject: String, grade: Int?, note: String, at date: Date = Date()) throws(StoreError) {
        try StoreError.mapping {
            try writer.write { db in
                _ = try Self.enqueue(.requestMentor(mentorID: mentorID, subject: subject, grade: grade, note: note), at: date, in: db)
            }
        }
    }

    /// Answers a request here at once (a decline shows as declined; an acceptance waits for the
    /// server, which opens the pair's forum) and through the outbox.
    public func answerMentorship(_ id: Int64, accept: Bool, mentorID: Int64?, at date: Date = Date()) throws(StoreError) {
        try StoreError.mapping {
            try writer.write { db in
                if !accept {
                    try db.execute(sql: "UPDATE mentorship SET status = 'declined', answeredAt = ? WHERE id = ?", arguments: [date, id])
                }
                _ = try Self.enqueue(.answerMentorship(mentorshipID: id, accept: accept, mentorID: mentorID), at: date, in: db)
            }
        }
    }

    /// Takes a request back or ends a pairing, here at once and through the outbox.
    public func endMentorship(_ id: Int64, at date: Date = Date()) throws(StoreError) {
        try StoreError.mapping {
            try writer.write { db in
                try db.execute(sql: """
                    UPDATE mentorship SET status = CASE status WHEN 'requested' THEN 'withdrawn' ELSE 'ended' END, endedAt = ?
                    WHERE id = ? AND status IN ('requested', 'active')
                    """, arguments: [date, id])
                _ = try Self.enqueue(.endMentorship(mentorshipID: id), at: date, in: db)
            }
        }
    }

    private static func summaries(_ db: Database, where condition: String, arguments: StatementArguments, limit: Int) throws -> [MentorshipSummary] {
        try Row.fetchAll(db, sql: """
            SELECT mentorship.*, mentee.displayName AS menteeName, mentor.displayName AS mentorName
            FROM mentorship LEFT JOIN user AS mentee ON mentee.id = mentorship.menteeID LEFT JOIN user AS mentor ON mentor.id = mentorship.mentorID
            WHERE \(condition)
            ORDER BY mentorship.status NOT IN ('requested', 'active'), mentorship.createdAt DESC, mentorship.id DESC LIMIT ?
            """, arguments: arguments + [limit])
            .map { row in
                MentorshipSummary(mentorship: try Mentorship(row: row), menteeName: row["menteeName"] ?? "?", mentorName: row["mentorName"])
            }
    }
}
