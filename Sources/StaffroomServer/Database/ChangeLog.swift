import GRDB
import StaffroomProtocol

/// The change log: one row per entity, moved to a new, higher sequence number each time the
/// entity changes, so a client that syncs after many edits receives each entity once.
enum ChangeLog {
    struct Key: Hashable {
        var kind: EntityKind
        var id: Int64
    }

    /// Notes that an entity changed (inside the writing transaction). An entity that belongs to one
    /// member (a read mark) names them, and only they receive it (and `alsoFor`, when given). `onlyCounters` says that nothing
    /// changed but what a new reply implies (a topic's counters): the row then keeps the sequence of
    /// the entity's last other change (`detailSeq`), and a page may leave it out (protocol §5.9).
    /// `staffOnly`: moderators and admins receive it (besides `onlyFor` and `alsoFor`, when given).
    static func record(_ kind: EntityKind, id: Int64, onlyFor userID: Int64? = nil, alsoFor other: Int64? = nil,
                       onlyCounters: Bool = false, staffOnly: Bool = false, in db: Database) throws {
        let previous = try Row.fetchOne(db, sql: "SELECT seq, detailSeq FROM change WHERE entity = ? AND entityID = ?",
                                        arguments: [kind.rawValue, id])
        let detailSeq: Int64? = onlyCounters ? previous.map { $0["detailSeq"] ?? $0["seq"] } : nil
        try db.execute(sql: "DELETE FROM change WHERE entity = ? AND entityID = ?", arguments: [kind.rawValue, id])
        let forumID = try forumQuery(kind).flatMap { try Int64.fetchOne(db, sql: $0, arguments: [id]) }
        let proposer = kind == .event ? try proposerOfProposal(id, in: db) : nil
        if let heldAuthor = try authorOfHeldTopic(kind, id, in: db) {
            try db.execute(sql: """
                INSERT INTO change (entity, entityID, userID, forumID, detailSeq, alsoFor, staffOnly) VALUES (?, ?, 0, ?, ?, ?, 1)
                """, arguments: [kind.rawValue, id, forumID, detailSeq, heldAuthor])
            return
        }
        try db.execute(sql: """
            INSERT INTO change (entity, entityID, userID, forumID, detailSeq, approversToo, alsoFor, staffOnly) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [kind.rawValue, id, staffOnly ? userID ?? 0 : proposer ?? userID, forumID, detailSeq, proposer != nil, other, staffOnly])
    }

    /// The author of a topic held for approval, when the entity is that topic or one of its posts:
    /// until a moderator approves it only they and staff receive it.
    private static func authorOfHeldTopic(_ kind: EntityKind, _ id: Int64, in db: Database) throws -> Int64? {
        switch kind {
        case .topic: try Int64.fetchOne(db, sql: "SELECT authorID FROM topic WHERE id = ? AND held", arguments: [id])
        case .post:
            try Int64.fetchOne(db, sql: "SELECT topic.authorID FROM post JOIN topic ON topic.id = post.topicID WHERE post.id = ? AND topic.held",
                               arguments: [id])
        default: nil
        }
    }

    /// An SQL condition, true when the member `:member` may receive the change row `change`: one
    /// meant for all, for them (alone or with one other member), or (a proposed event) for those who
    /// approve events.
    static let audienceCondition = """
        (change.userID IS NULL OR change.userID = :member OR change.alsoFor = :member
         OR (change.staffOnly AND EXISTS (SELECT 1 FROM user AS staff WHERE staff.id = :member AND staff.role IN ('moderator', 'admin')))
         OR (change.approversToo AND EXISTS (SELECT 1 FROM user AS approver
                                             WHERE approver.id = :member AND approver.role IN ('mentor', 'moderator', 'admin'))))
        """

    /// The member who proposed an event that is still a proposal (proposed or declined): only they
    /// and those who approve events receive it.
    private static func proposerOfProposal(_ eventID: Int64, in db: Database) throws -> Int64? {
        guard let row = try Row.fetchOne(db, sql: "SELECT organizerID, status FROM event WHERE id = ?", arguments: [eventID]),
              EventStatus(rawValue: row["status"])?.isProposal == true else { return nil }
        return row["organizerID"]
    }

    /// A query (its one argument: the entity's id) for the forum an entity belongs to; nil for
    /// entities outside any forum. An access change has none: it must reach the member who lost
    /// access.
    static func forumQuery(_ kind: EntityKind) -> String? {
        switch kind {
        case .community, .user, .category, .forumAccess, .event, .rsvp, .certificate, .booking, .resource: nil
        case .forum: "SELECT ?"
        case .topic: "SELECT forumID FROM topic WHERE id = ?"
        case .post: "SELECT topic.forumID FROM post JOIN topic ON topic.id = post.topicID WHERE post.id = ?"
        case .readMark: "SELECT topic.forumID FROM readMark JOIN topic ON topic.id = readMark.topicID WHERE readMark.id = ?"
        case .usefulMark, .reviewItem, .auditEntry, .notice, .staffNote, .notificationSetting, .mentorship: nil
        case .bookmark:
            "SELECT topic.forumID FROM bookmark JOIN post ON post.id = bookmark.postID JOIN topic ON topic.id = post.topicID WHERE bookmark.id = ?"
        case .subscription:
            """
            SELECT CASE subscription.targetKind WHEN 'forum' THEN subscription.targetID
                   ELSE (SELECT forumID FROM topic WHERE topic.id = subscription.targetID) END
            FROM subscription WHERE subscription.id = ?
            """
        }
    }

    /// Loads the current state of the given entities, as changes.
    static func loadEntities(_ idsByKind: [EntityKind: [Int64]], in db: Database) throws -> [Key: Change] {
        var result: [Key: Change] = [:]
        for (kind, ids) in idsByKind {
            let sql: String
            switch kind {
            case .user: sql = "SELECT id, username, displayName, role, school, subjects, grades, bio FROM user"
            case .community: sql = "SELECT id, name FROM community"
            case .readMark: sql = "SELECT id, topicID, lastReadPostID FROM readMark"
            case .subscription: sql = "SELECT id, targetKind, targetID, level FROM subscription"
            case .bookmark: sql = "SELECT id, postID, bookmarked, createdAt FROM bookmark"
            case .usefulMark: sql = "SELECT id, resourceID, useful FROM usefulMark"
            case .reviewItem: sql = "SELECT id FROM reviewItem"
            case .auditEntry:
                sql = """
                    SELECT id, moderatorID, itemID, postID, action, note, details, previousStatus, createdAt, undoneAt FROM auditEntry
                    """
            case .forumAccess: sql = "SELECT id, forumID, granted FROM forumAccess"
            case .rsvp: sql = "SELECT id, eventID, response, \(EventBook.waitingPositionSQL) AS waitingPosition FROM rsvp"
            case .booking:
                sql = """
                    SELECT * FROM (SELECT booking.id, booking.eventID, booking.slot, booking.userID AS bookerID,
                                          user.displayName AS bookerName, booking.question, booking.cancelled
                                   FROM booking JOIN user ON user.id = booking.userID)
                    """
            default: sql = "SELECT * FROM \(kind.rawValue)"
            }
            let rows = try Row.fetchAll(db, sql: "\(sql) WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
                                        arguments: StatementArguments(ids))
            for row in rows {
                let id: Int64 = row["id"]
                result[Key(kind: kind, id: id)] = try change(kind, row: row, in: db)
            }
        }
        return result
    }

    private static func change(_ kind: EntityKind, row: Row, in db: Database) throws -> Change {
        switch kind {
        case .community: .community(Community(name: row["name"]))
        case .user: .user(try EntityRow<User>(row: row).entity)
        case .category: .category(try EntityRow<StaffroomProtocol.Category>(row: row).entity)
        case .forum: .forum(try EntityRow<Forum>(row: row).entity)
        case .topic: .topic(try EntityRow<Topic>(row: row).entity)
        case .post: .post(try EntityRow<Post>(row: row).entity)
        case .readMark: .readMark(try EntityRow<ReadMark>(row: row).entity)
        case .subscription:
            .subscription(Subscription(target: row["targetKind"] == "forum" ? .forum(row["targetID"]) : .topic(row["targetID"]),
                                       level: SubscriptionLevel(rawValue: row["level"]) ?? .none))
        case .bookmark: .bookmark(try EntityRow<Bookmark>(row: row).entity)
        case .forumAccess: .forumAccess(try EntityRow<ForumAccess>(row: row).entity)
        case .event: .event(try EntityRow<Event>(row: row).entity)
        case .rsvp: .rsvp(try EntityRow<Rsvp>(row: row).entity)
        case .certificate: .certificate(try EntityRow<Certificate>(row: row).entity)
        case .booking: .booking(try EntityRow<Booking>(row: row).entity)
        case .resource: .resource(try EntityRow<Resource>(row: row).entity)
        case .usefulMark: .usefulMark(try EntityRow<UsefulMark>(row: row).entity)
        case .auditEntry: .auditEntry(try EntityRow<AuditEntry>(row: row).entity)
        case .reviewItem: .reviewItem(try ReviewQueue(db: db).item(id: row["id"]))
        case .notice: .notice(try EntityRow<MemberNotice>(row: row).entity)
        case .staffNote: .staffNote(try EntityRow<StaffNote>(row: row).entity)
        case .notificationSetting: .notificationSetting(try EntityRow<NotificationSetting>(row: row).entity)
        case .mentorship: .mentorship(try EntityRow<Mentorship>(row: row).entity)
        }
    }
}
