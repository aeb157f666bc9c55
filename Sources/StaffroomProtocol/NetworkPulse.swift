import Foundation

/// Answer of `GET /v1/stats/pulse?weeks=N` (moderators and admins, the network's coordinators):
/// who takes part, school by school; what the forums did week by week; how questions are
/// answered; whether planned events were held; and what the library gave out. Weeks start on
/// Monday (UTC).
public struct NetworkPulse: Codable, Equatable, Sendable {
    /// When the figures were taken.
    public var generatedAt: Date
    /// The Mondays that begin the weeks covered, oldest first.
    public var weeks: [Date]
    /// Members of the network.
    public var members: Int
    /// Members who posted (a topic or a reply), attended an event or downloaded a resource in the
    /// last `NetworkPulse.activeDays` days.
    public var activeMembers: Int
    /// The same two figures per school, most members first.
    public var schools: [SchoolPulse]
    /// New topics and posts per forum per week (aligned with `weeks`), in forum-list order; the
    /// mentoring pairs' forums are summed into one row.
    public var forums: [ForumPulse]
    /// Questions opened in the weeks covered, in questions forums.
    public var questions: QuestionPulse
    /// Events month by month over the last three months, up to the current one.
    public var events: [EventMonthPulse]
    /// First downloads of resources per week (a member counts once per resource), aligned with `weeks`.
    public var downloadsPerWeek: [Int]
    /// The resources most downloaded in the weeks covered, at most three.
    public var topResources: [ResourcePulse]

    public init(generatedAt: Date, weeks: [Date], members: Int, activeMembers: Int, schools: [SchoolPulse], forums: [ForumPulse],
                questions: QuestionPulse, events: [EventMonthPulse], downloadsPerWeek: [Int], topResources: [ResourcePulse]) {
        self.generatedAt = generatedAt
        self.weeks = weeks
        self.members = members
        self.activeMembers = activeMembers
        self.schools = schools
        self.forums = forums
        self.questions = questions
        self.events = events
        self.downloadsPerWeek = downloadsPerWeek
        self.topResources = topResources
    }

    /// Weeks a request may ask for.
    public static let weekRange = 1...52
    /// The days an active member acted within.
    public static let activeDays = 30
}

/// Members and active members of one school.
public struct SchoolPulse: Codable, Equatable, Sendable {
    public var school: String
    public var members: Int
    public var active: Int

    public init(school: String, members: Int, active: Int) {
        self.school = school
        self.members = members
        self.active = active
    }
}

/// One forum's new topics and posts, week by week.
public struct ForumPulse: Codable, Equatable, Sendable {
    /// Nil for the row that sums the mentoring pairs' forums.
    public var forumID: Int64?
    public var title: String
    public var topicsPerWeek: [Int]
    /// Every post, opening posts included.
    public var postsPerWeek: [Int]

    public init(forumID: Int64?, title: String, topicsPerWeek: [Int], postsPerWeek: [Int]) {
        self.forumID = forumID
        self.title = title
        self.topicsPerWeek = topicsPerWeek
        self.postsPerWeek = postsPerWeek
    }
}

/// Questions opened in the weeks covered, and how they were answered.
public struct QuestionPulse: Codable, Equatable, Sendable {
    public var asked: Int
    /// Those with a reply by someone other than the asker.
    public var answered: Int
    /// Those with an accepted answer.
    public var accepted: Int
    /// Median seconds from a question to its first reply by someone else, over those answered.
    public var medianSecondsToAnswer: Int?

    public init(asked: Int, answered: Int, accepted: Int, medianSecondsToAnswer: Int?) {
        self.asked = asked
        self.answered = answered
        self.accepted = accepted
        self.medianSecondsToAnswer = medianSecondsToAnswer
    }
}

/// Events of one month (every kind), as `GET /v1/stats/events` counts them.
public struct EventMonthPulse: Codable, Equatable, Sendable {
    /// `YYYY-MM`.
    public var month: String
    public var planned: Int
    /// Those begun by the time of the request.
    public var due: Int
    public var held: Int

    public init(month: String, planned: Int, due: Int, held: Int) {
        self.month = month
        self.planned = planned
        self.due = due
        self.held = held
    }
}

/// A resource and its first downloads in the weeks covered.
public struct ResourcePulse: Codable, Equatable, Sendable {
    public var resourceID: Int64
    public var title: String
    public var downloads: Int

    public init(resourceID: Int64, title: String, downloads: Int) {
        self.resourceID = resourceID
        self.title = title
        self.downloads = downloads
    }
}
