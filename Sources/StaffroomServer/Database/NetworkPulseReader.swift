import Foundation
import GRDB
import StaffroomProtocol

/// Reads the network's pulse (`NetworkPulse`): every figure straight from the tables, for the
/// `weeks` weeks up to the current one.
struct NetworkPulseReader {
    let db: Database
    let now: Date

    func read(weeks: Int) throws -> NetworkPulse {
        let mondays = StatisticsCalendar.mondays(endingWith: now, count: weeks)
        let start = mondays.first ?? now
        let schools = try schoolFigures()
        let events = try EventStatisticsReader(db: db, now: now).read(months: Self.eventMonths)
        let months = Dictionary(grouping: events.rows, by: \.month)
        return NetworkPulse(
            generatedAt: now, weeks: mondays, members: schools.reduce(0) { $0 + $1.members }, activeMembers: schools.reduce(0) { $0 + $1.active },
            schools: schools, forums: try forumFigures(mondays), questions: try questionFigures(since: start),
            events: Self.monthKeys(endingWith: now).map { month in
                let rows = months[month] ?? []
                return EventMonthPulse(month: month, planned: rows.reduce(0) { $0 + $1.planned }, due: rows.reduce(0) { $0 + $1.due },
                                       held: rows.reduce(0) { $0 + $1.held })
            },
            downloadsPerWeek: try perWeek(try Date.fetchAll(db, sql: "SELECT downloadedAt FROM resourceDownload WHERE downloadedAt >= ?",
                                                            arguments: [start]), mondays),
            topResources: try Row.fetchAll(db, sql: """
                SELECT resource.id, resource.title, COUNT(*) AS downloads FROM resourceDownload JOIN resource ON resource.id = resourceDownload.resourceID
                WHERE resourceDownload.downloadedAt >= ? AND resourceDownload.downloadedAt <= ?
                GROUP BY resource.id ORDER BY downloads DESC, resource.title LIMIT 3
                """, arguments: [start, now]).map { ResourcePulse(resourceID: $0["id"], title: $0["title"], downloads: $0["downloads"]) })
    }

    /// The months of events the pulse shows, up to the current one.
    static let eventMonths = 3

    /// `YYYY-MM` of the `eventMonths` months up to the one holding `date` (UTC), oldest first.
    private static func monthKeys(endingWith date: Date) -> [String] {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = .gmt
        return (0..<eventMonths).reversed().compactMap { utc.date(byAdding: .month, value: -$0, to: date) }.map { month in
            let parts = utc.dateComponents([.year, .month], from: month)
            return String(format: "%04d-%02d", parts.year ?? 1970, parts.month ?? 1)
        }
    }

    /// Members and those active in the last `activeDays` days, per school, most members first.
    private func schoolFigures() throws -> [SchoolPulse] {
        let since = now.addingTimeInterval(-Double(NetworkPulse.activeDays) * 86_400)
        return try Row.fetchAll(db, sql: """
            WITH active(userID) AS (
                SELECT authorID FROM post WHERE createdAt >= :since AND createdAt <= :now AND deletedAt IS NULL
                UNION SELECT userID FROM attendance WHERE occurrence >= :since AND occurrence <= :now
                UNION SELECT userID FROM resourceDownload WHERE downloadedAt >= :since AND downloadedAt <= :now)
            SELECT school, COUNT(*) AS members, SUM(id IN (SELECT userID FROM active)) AS active
            FROM user GROUP BY school ORDER BY members DESC, school
            """, arguments: ["since": since, "now": now])
            .map { SchoolPulse(school: $0["school"], members: $0["members"], active: $0["active"]) }
    }

    /// New topics and posts per forum per week; the pairs' forums (in the mentoring category) as one row.
    private func forumFigures(_ mondays: [Date]) throws -> [ForumPulse] {
        let start = mondays.first ?? now
        let mentoring = try Int64.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'mentoringCategory'")
        let mentoringTitle = try mentoring.flatMap { try String.fetchOne(db, sql: "SELECT title FROM category WHERE id = ?", arguments: [$0]) }
        let group = "CASE WHEN forum.categoryID = :mentoring THEN NULL ELSE forum.id END"
        let forums = try Row.fetchAll(db, sql: """
            SELECT \(group) AS forumID, MIN(forum.title) AS title FROM forum JOIN category ON category.id = forum.categoryID
            GROUP BY \(group) ORDER BY MIN(category.position), MIN(category.id), MIN(forum.position), MIN(forum.id)
            """, arguments: ["mentoring": mentoring])
        var topics: [Int64?: [Date]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT \(group) AS forumID, topic.createdAt FROM topic JOIN forum ON forum.id = topic.forumID WHERE topic.createdAt >= :start
            """, arguments: ["mentoring": mentoring, "start": start]) {
            topics[row["forumID"] as Int64?, default: []].append(row["createdAt"])
        }
        var posts: [Int64?: [Date]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT \(group) AS forumID, post.createdAt FROM post JOIN topic ON topic.id = post.topicID JOIN forum ON forum.id = topic.forumID
            WHERE post.createdAt >= :start AND post.deletedAt IS NULL
            """, arguments: ["mentoring": mentoring, "start": start]) {
            posts[row["forumID"] as Int64?, default: []].append(row["createdAt"])
        }
        return forums.map { row in
            let id: Int64? = row["forumID"]
            return ForumPulse(forumID: id, title: id == nil ? mentoringTitle ?? row["title"] : row["title"],
                              topicsPerWeek: perWeek(topics[id] ?? [], mondays), postsPerWeek: perWeek(posts[id] ?? [], mondays))
        }
    }

    /// Questions opened since `start`: answered by someone else, accepted, and the median wait.
    private func questionFigures(since start: Date) throws -> QuestionPulse {
        let rows = try Row.fetchAll(db, sql: """
            SELECT topic.acceptedPostID IS NOT NULL AS accepted,
                   (SELECT MIN(post.createdAt) FROM post WHERE post.topicID = topic.id AND post.authorID != topic.authorID
                                                        AND post.deletedAt IS NULL) AS answeredAt,
                   topic.createdAt
            FROM topic JOIN forum ON forum.id = topic.forumID WHERE forum.kind = 'questions' AND topic.createdAt >= ? AND topic.createdAt <= ?
            """, arguments: [start, now])
        let waits = rows.compactMap { row -> Double? in
            (row["answeredAt"] as Date?).map { $0.timeIntervalSince(row["createdAt"] as Date) }
        }.sorted()
        return QuestionPulse(asked: rows.count, answered: waits.count, accepted: rows.count { $0["accepted"] },
                             medianSecondsToAnswer: StatisticsCalendar.median(waits))
    }

    /// How many of `dates` fall in each week (later than now: not counted).
    private func perWeek(_ dates: [Date], _ mondays: [Date]) -> [Int] {
        var counts = Array(repeating: 0, count: mondays.count)
        for date in dates where date <= now {
            if let week = StatisticsCalendar.week(of: date, in: mondays) { counts[week] += 1 }
        }
        return counts
    }
}
