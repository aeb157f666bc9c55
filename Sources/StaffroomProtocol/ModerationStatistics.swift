import Foundation

/// Answer of `GET /v1/stats/moderation?weeks=N`: how the review queue stands now, and the
/// moderators' work in the last `N` weeks (weeks start on Monday, UTC).
public struct ModerationStatistics: Codable, Equatable, Sendable {
    /// Items waiting for a moderator now.
    public var pending: Int
    /// When the oldest pending item was first opened.
    public var oldestPendingSince: Date?
    /// Median seconds from an item's opening to its first action, over items first acted on in the weeks covered.
    public var medianSecondsToFirstAction: Int?
    /// Items first acted on in the weeks covered.
    public var firstActions: Int
    /// The Mondays that begin the weeks covered, oldest first.
    public var weeks: [Date]
    /// Each moderator who acted in the weeks covered, with their actions per week (aligned with `weeks`;
    /// actions taken back do not count).
    public var moderators: [ModeratorActivity]
    /// When the figures were taken.
    public var generatedAt: Date

    public init(pending: Int, oldestPendingSince: Date?, medianSecondsToFirstAction: Int?, firstActions: Int, weeks: [Date],
                moderators: [ModeratorActivity], generatedAt: Date) {
        self.pending = pending
        self.oldestPendingSince = oldestPendingSince
        self.medianSecondsToFirstAction = medianSecondsToFirstAction
        self.firstActions = firstActions
        self.weeks = weeks
        self.moderators = moderators
        self.generatedAt = generatedAt
    }

    /// Weeks a request may ask for.
    public static let weekRange = 1...52
}

/// One moderator's actions, week by week.
public struct ModeratorActivity: Codable, Equatable, Sendable {
    public var moderatorID: Int64
    public var name: String
    public var actionsPerWeek: [Int]

    public init(moderatorID: Int64, name: String, actionsPerWeek: [Int]) {
        self.moderatorID = moderatorID
        self.name = name
        self.actionsPerWeek = actionsPerWeek
    }
}
