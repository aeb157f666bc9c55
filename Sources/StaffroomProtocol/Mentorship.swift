import Foundation

/// Where a mentorship stands.
public enum MentorshipStatus: String, Codable, Sendable, CaseIterable {
    /// The teacher asked; a mentor (or, when none is named, a coordinator) has not answered yet.
    case requested
    /// The pair works together: they share a private forum and the mentor's consultations.
    case active
    /// The mentor or a coordinator said no.
    case declined
    /// The teacher took the request back before an answer.
    case withdrawn
    /// The pair, or a coordinator, ended it.
    case ended

    /// A request still waiting for an answer, or a pair still working together.
    public var isOpen: Bool { self == .requested || self == .active }
}

/// A teacher's request for a mentor, and the pairing it became. The mentee, the mentor and the
/// coordinators (moderators and admins) receive it; once active (and when it ends) every member
/// receives it without its note, so both profiles can show the link.
public struct Mentorship: Codable, Equatable, Sendable, Identifiable {
    public var id: Int64
    public var menteeID: Int64
    /// The mentor asked for, or assigned; nil: the teacher asked the coordinators to find one.
    public var mentorID: Int64?
    /// The subject the teacher wants help with, in their words.
    public var subject: String
    /// The grade it is about, if one.
    public var grade: Int?
    /// What the teacher wrote with the request (empty for those outside the pair and the coordinators).
    public var note: String
    public var status: MentorshipStatus
    public var createdAt: Date
    /// When it was accepted or declined.
    public var answeredAt: Date?
    /// When it was withdrawn or ended.
    public var endedAt: Date?
    /// The pair's private forum and its first thread, once accepted.
    public var forumID: Int64?
    public var topicID: Int64?

    public init(id: Int64, menteeID: Int64, mentorID: Int64?, subject: String, grade: Int? = nil, note: String = "",
                status: MentorshipStatus = .requested, createdAt: Date, answeredAt: Date? = nil, endedAt: Date? = nil,
                forumID: Int64? = nil, topicID: Int64? = nil) {
        self.id = id
        self.menteeID = menteeID
        self.mentorID = mentorID
        self.subject = subject
        self.grade = grade
        self.note = note
        self.status = status
        self.createdAt = createdAt
        self.answeredAt = answeredAt
        self.endedAt = endedAt
        self.forumID = forumID
        self.topicID = topicID
    }
}

/// Limits on a request for a mentor.
public enum MentorshipLimits {
    /// Characters in the subject.
    public static let subjectLength = 60
    /// Characters in the note.
    public static let noteLength = 2_000
}
