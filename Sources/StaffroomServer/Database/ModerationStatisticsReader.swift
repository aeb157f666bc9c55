import Foundation
import GRDB
import StaffroomProtocol

/// Reads the review queue's metrics: what waits now, how fast items get a first action, and each
/// moderator's actions week by week.
struct ModerationStatisticsReader {
    let db: Database
    let now: Date

    func read(weeks: Int) throws -> ModerationStatistics {
        let mondays = StatisticsCalendar.mondays(endingWith: now, count: weeks)
        let start = mondays.first ?? now
        let pending = try Row.fetchOne(db, sql: "SELECT COUNT(*) AS count, MIN(createdAt) AS oldest FROM reviewItem WHERE status = 'pending'")
        let waits = try Double.fetchAll(db, sql: """
            SELECT (julianday(first.at) - julianday(reviewItem.createdAt)) * 86400.0
            FROM reviewItem JOIN (SELECT itemID, MIN(createdAt) AS at FROM auditEntry GROUP BY itemID) AS first ON first.itemID = reviewItem.id
            WHERE first.at >= ? ORDER BY 1
            """, arguments: [start])
        let actions = try Row.fetchAll(db, sql: """
            SELECT auditEntry.moderatorID, user.displayName, auditEntry.createdAt
            FROM auditEntry JOIN user ON user.id = auditEntry.moderatorID
            WHERE auditEntry.createdAt >= ? AND auditEntry.undoneAt IS NULL
            ORDER BY user.displayName, auditEntry.moderatorID
            """, arguments: [start])
        var activity: [ModeratorActivity] = []
        for row in actions {
            let date: Date = row["createdAt"]
            guard let week = StatisticsCalendar.week(of: date, in: mondays) else { continue }
            if activity.last?.moderatorID != row["moderatorID"] {
                activity.append(ModeratorActivity(moderatorID: row["moderatorID"], name: row["displayName"],
                                                  actionsPerWeek: Array(repeating: 0, count: mondays.count)))
            }
            activity[activity.count - 1].actionsPerWeek[week] += 1
        }
        return ModerationStatistics(pending: pending?["count"] ?? 0, oldestPendingSince: pending?["oldest"],
                                    medianSecondsToFirstAction: StatisticsCalendar.median(waits), firstActions: waits.count, weeks: mondays,
                                    moderators: activity, generatedAt: now)
    }
}
