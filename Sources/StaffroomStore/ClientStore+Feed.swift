import Foundation
import GRDB
import StaffroomProtocol

extension ClientStore {
    /// A page of the feed, newest first, from the synced tables alone (it works offline): replies
    /// after the member's own posts in a topic, posts that name them, topics opened in forums they
    /// watch, answers accepted in their questions, the moderators' notices, changes to events they
    /// go to, bookings of their consultations, and new events and resources for the subjects and
    /// grades on their profile; at most `limit`, after `position` when given,
    /// of one kind when given, none older than `FeedLimits.horizon` before `now`.
    public func feed(kind: FeedKind?, after position: FeedPosition?, limit: Int, now: Date) throws(StoreError) -> [FeedEntry] {
        try StoreError.mapping {
            try writer.read { db in
                guard let account = try Account.fetchOne(db) else { return [] }
                let state = try Row.fetchOne(db, sql: "SELECT allReadBefore FROM feedState")
                let allReadBefore: Date = state?["allReadBefore"] ?? .distantPast
                let hidden = try Self.kindsTurnedOff(db)
                return try Row.fetchAll(db, sql: """
                    SELECT item.*, topic.title AS topicTitle, event.title AS eventTitle, resource.title AS resourceTitle,
                           user.displayName AS actorName,
                           EXISTS (SELECT 1 FROM feedRead WHERE feedRead.key = item.kind || ':' || item.ref) AS marked
                    FROM (\(Self.feedItems)) AS item
                    LEFT JOIN topic ON topic.id = item.topicID LEFT JOIN event ON event.id = item.eventID
                    LEFT JOIN resource ON item.kind = 'new_resource' AND resource.id = item.ref
                    LEFT JOIN user ON user.id = item.actorID
                    WHERE (:kind IS NULL OR item.kind = :kind OR (:kind = 'booking' AND item.kind = 'booking_cancelled'))
                      AND item.kind NOT IN (SELECT value FROM json_each(:hidden))
                      AND (:at IS NULL OR (item.at, item.kind, item.ref) < (:at, :afterKind, :ref))
                    ORDER BY item.at DESC, item.kind DESC, item.ref DESC LIMIT :limit
                    """, arguments: ["me": account.userID, "mention": Self.mentionPattern(account.username), "hidden": hidden,
                                     "horizon": now.addingTimeInterval(-FeedLimits.horizon), "kind": kind?.rawValue,
                                     "at": position?.at, "afterKind": position?.kind, "ref": position?.ref, "limit": limit])
                    .compactMap { row in
                        guard let kind = FeedKind(rawValue: row["kind"]) else { return nil }
                        let at: Date = row["at"]
                        return FeedEntry(kind: kind, ref: row["ref"], at: at, actorName: row["actorName"], postID: row["postID"],
                                         topicID: row["topicID"], eventID: row["eventID"],
                                         resourceID: kind == .newResource ? row["ref"] : nil,
                                         title: row["topicTitle"] ?? row["eventTitle"] ?? row["resourceTitle"] ?? "", text: row["text"] ?? "",
                                         noticeKind: (row["noticeKind"] as String?).flatMap(MemberNotice.Kind.init(rawValue:)),
                                         read: row["marked"] || at <= allReadBefore)
                    }
            }
        }
    }

    /// How many entries of the feed are unread (within the horizon before `now`).
    public func unreadFeedCount(now: Date) throws(StoreError) -> Int {
        try StoreError.mapping {
            try writer.read { db in
                guard let account = try Account.fetchOne(db) else { return 0 }
                let allReadBefore: Date = try Row.fetchOne(db, sql: "SELECT allReadBefore FROM feedState")?["allReadBefore"] ?? .distantPast
                return try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM (\(Self.feedItems)) AS item
                    WHERE item.at > :before AND NOT EXISTS (SELECT 1 FROM feedRead WHERE feedRead.key = item.kind || ':' || item.ref)
                      AND item.kind NOT IN (SELECT value FROM json_each(:hidden))
                    """, arguments: ["me": account.userID, "mention": Self.mentionPattern(account.username), "hidden": try Self.kindsTurnedOff(db),
                                     "horizon": now.addingTimeInterval(-FeedLimits.horizon), "before": allReadBefore]) ?? 0
            }
        }
    }

    /// How much each kind of news reaches the member (`NotificationLevel.standard` for one never set).
    public func notificationLevels() throws(StoreError) -> [NotificationKind: NotificationLevel] {
        try StoreError.mapping {
            try writer.read { db in
                var levels = Dictionary(uniqueKeysWithValues: NotificationKind.allCases.map { ($0, NotificationLevel.standard) })
                for setting in try NotificationSetting.fetchAll(db) { levels[setting.kind] = setting.level }
                return levels
            }
        }
    }

    /// Sets how much a kind of news reaches the member: at once here, and through the outbox for
    /// their other devices.
    public func setNotificationLevel(_ level: NotificationLevel, for kind: NotificationKind, at date: Date = Date()) throws(StoreError) {
        try StoreError.mapping {
            try writer.write { db in
                try NotificationSetting(kind: kind, level: level).upsert(db)
                _ = try Self.enqueue(.setNotificationLevel(kind: kind, level: level), at: date, in: db)
            }
        }
    }

    /// The feed kinds the member turned off, as a JSON array for `json_each`.
    private static func kindsTurnedOff(_ db: Database) throws -> String {
        let off = try NotificationSetting.fetchAll(db).filter { $0.level == .off }.map(\.kind)
        let kinds = FeedKind.allCases.filter { off.contains($0.notificationKind) }.map { "\"\($0.rawValue)\"" }
        return "[" + kinds.joined(separator: ",") + "]"
    }

    /// Marks entries read (by their keys).
    public func markFeedRead(_ keys: [String], at date: Date) throws(StoreError) {
        guard !keys.isEmpty else { return }
        try StoreError.mapping {
            try writer.write { db in
                for key in keys {
                    try db.execute(sql: "INSERT OR IGNORE INTO feedRead (key, readAt) VALUES (?, ?)", arguments: [key, date])
                }
            }
        }
    }

    /// Marks everything in the feed up to `date` read.
    public func markAllFeedRead(at date: Date) throws(StoreError) {
        try StoreError.mapping {
            try writer.write { db in
                try db.execute(sql: """
                    INSERT INTO feedState (id, allReadBefore) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET allReadBefore = excluded.allReadBefore
                    """, arguments: [date])
                try db.execute(sql: "DELETE FROM feedRead")
            }
        }
    }

    /// Notes a visit to the feed at `date` (to the whole second, as the server dates posts); returns
    /// when the one before was (nil the first time).
    public func visitFeed(at date: Date) throws(StoreError) -> Date? {
        let second = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        return try StoreError.mapping {
            try writer.write { db in
                let previous = try Date.fetchOne(db, sql: "SELECT lastVisitAt FROM feedState")
                try db.execute(sql: """
                    INSERT INTO feedState (id, lastVisitAt) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET lastVisitAt = excluded.lastVisitAt
                    """, arguments: [second])
                return previous
            }
        }
    }

    /// `%@username%` for LIKE, with LIKE's own wildcards escaped.
    private static func mentionPattern(_ username: String) -> String {
        "%@" + username.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
    }

    /// Every kind of entry as one set of rows (kind, ref, at, actorID, postID, topicID, eventID,
    /// text, noticeKind), for the member `:me` named by `:mention`, none before `:horizon`.
    private static let feedItems = """
        SELECT 'reply' AS kind, post.id AS ref, post.createdAt AS at, post.authorID AS actorID, post.id AS postID,
               post.topicID AS topicID, NULL AS eventID, post.body AS text, NULL AS noticeKind
        FROM post JOIN (SELECT topicID, MIN(id) AS firstID FROM post WHERE authorID = :me GROUP BY topicID) AS mine
             ON mine.topicID = post.topicID AND post.id > mine.firstID
        WHERE post.createdAt >= :horizon AND post.authorID != :me AND post.deletedAt IS NULL AND post.body NOT LIKE :mention ESCAPE '\\'
          AND NOT EXISTS (SELECT 1 FROM topic WHERE topic.acceptedPostID = post.id AND topic.authorID = :me)
        UNION ALL
        SELECT 'mention', post.id, post.createdAt, post.authorID, post.id, post.topicID, NULL, post.body, NULL
        FROM post
        WHERE post.createdAt >= :horizon AND post.authorID != :me AND post.deletedAt IS NULL AND post.body LIKE :mention ESCAPE '\\'
        UNION ALL
        SELECT 'new_topic', post.id, post.createdAt, post.authorID, post.id, post.topicID, NULL, post.body, NULL
        FROM post JOIN topic ON topic.id = post.topicID
             JOIN subscription ON subscription.targetKind = 'forum' AND subscription.targetID = topic.forumID AND subscription.level = 'watch'
        WHERE post.createdAt >= :horizon AND post.number = 1 AND post.authorID != :me AND post.deletedAt IS NULL
          AND post.body NOT LIKE :mention ESCAPE '\\'
        UNION ALL
        SELECT 'answer', topic.id, accepted.createdAt, accepted.authorID, accepted.id, topic.id, NULL, accepted.body, NULL
        FROM topic JOIN post AS accepted ON accepted.id = topic.acceptedPostID
        WHERE topic.authorID = :me AND accepted.authorID != :me AND accepted.createdAt >= :horizon
        UNION ALL
        SELECT 'moderation', notice.id, notice.createdAt, NULL, notice.postID,
               COALESCE(notice.topicID, (SELECT topicID FROM post WHERE post.id = notice.postID)), NULL, notice.text, notice.kind
        FROM notice WHERE notice.createdAt >= :horizon
        UNION ALL
        SELECT feedEvent.kind, feedEvent.id, feedEvent.occurredAt, feedEvent.actorID, NULL, NULL, feedEvent.eventID, feedEvent.detail, NULL
        FROM feedEvent LEFT JOIN event ON event.id = feedEvent.eventID
        WHERE feedEvent.occurredAt >= :horizon
          AND (feedEvent.kind != 'new_event' OR (event.id IS NOT NULL AND \(matchesProfile("event"))))
        UNION ALL
        SELECT 'new_resource', resource.id, resource.createdAt, resource.authorID, NULL, NULL, NULL, '', NULL
        FROM resource WHERE resource.createdAt >= :horizon AND resource.authorID != :me AND \(matchesProfile("resource"))
        """

    /// An SQL condition, true when the row of `table` (an event or a resource) names a subject on
    /// the profile of the member `:me`, and, when both name grades, a grade of theirs.
    private static func matchesProfile(_ table: String) -> String {
        """
        EXISTS (SELECT 1 FROM json_each(\(table).subjects) AS theirs, user AS me, json_each(me.subjects) AS mine
                WHERE me.id = :me AND staffroomFold(theirs.value) = staffroomFold(mine.value))
        AND (json_array_length(\(table).grades) = 0
             OR json_array_length((SELECT grades FROM user WHERE id = :me)) = 0
             OR EXISTS (SELECT 1 FROM json_each(\(table).grades) AS theirs, user AS me, json_each(me.grades) AS mine
                        WHERE me.id = :me AND theirs.value = mine.value))
        """
    }
}
