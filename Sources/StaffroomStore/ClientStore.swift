import Foundation
import GRDB
import StaffroomProtocol

/// The client's local state: what was synced from the server, the account, the sync cursor and
/// what the user has read. Every read is a bounded, indexed query; nothing loads a whole table.
public final class ClientStore: Sendable {
    let writer: any DatabaseWriter

    private init(writer: any DatabaseWriter) throws(StoreError) {
        self.writer = writer
        try StoreError.mapping { try ClientMigrations.migrator.migrate(writer) }
    }

    /// Opens (creating when needed) the store at `path`, readable only by the user.
    public static func open(at path: String) throws(StoreError) -> ClientStore {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            // A `staffroom sync` from cron may write while the interface is open: wait for it.
            var configuration = Self.configuration
            configuration.busyMode = .timeout(10)
            let pool = try DatabasePool(path: path, configuration: configuration)
            try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
            return try ClientStore(writer: pool)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_FULL {
            throw .diskFull
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// A store that lives in memory, for tests.
    public static func inMemory() throws(StoreError) -> ClientStore {
        try ClientStore(writer: StoreError.mapping { try DatabaseQueue(configuration: configuration) })
    }

    /// Every connection gets `staffroomFold(text)`, the search folding of `SearchText.fold`, for
    /// filters that compare names without regard to letter case (SQLite's own only folds ASCII).
    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            db.add(function: DatabaseFunction("staffroomFold", argumentCount: 1, pure: true) { values in
                String.fromDatabaseValue(values[0]).map(SearchText.fold)
            })
        }
        return configuration
    }

    // MARK: Account and sync state

    /// The account logged in with, if any.
    public func account() throws(StoreError) -> Account? {
        try StoreError.mapping { try writer.read { try Account.fetchOne($0) } }
    }

    /// Records a login. Logging in to another server or as another user drops what was synced and
    /// starts a new device; that account's unsent writes stay in the outbox as not sent.
    public func saveLogin(_ account: Account) throws(StoreError) {
        try StoreError.mapping {
            try writer.write { db in
                if let previous = try Account.fetchOne(db),
                   previous.serverURL != account.serverURL || previous.userID != account.userID {
                    try Self.deleteSyncedContent(db)
                    try db.execute(sql: "DELETE FROM device")
                    try db.execute(sql: """
                        UPDATE outbox SET state = 'not_sent', code = NULL, message = ?
                        WHERE state = 'pending'
                        """, arguments: ["Written as \(previous.username) on \(previous.serverURL); not sent after logging in again."])
                    try db.execute(sql: "DELETE FROM topicRead")
                    try db.execute(sql: "DELETE FROM moderationOutcome")
                    try db.execute(sql: "DELETE FROM feedRead")
                    try db.execute(sql: "DELETE FROM feedState")
                }
                try account.save(db)
            }
        }
    }

    /// Where sync stands.
    public func syncState() throws(StoreError) -> SyncState {
        try StoreError.mapping {
            try writer.read { try SyncState.fetchOne($0) } ?? SyncState(cursor: nil, lastSyncAt: nil)
        }
    }

    /// Stores a page in one transaction: what became of pushed writes, the changes and the cursor.
    /// After a crash either all of it is here or none is, so a dropped sync re-sends at most one
    /// request (the server recognises repeated writes) and re-fetches at most one page.
    ///
    /// Returns true when the page granted access to a forum this store does not hold: the cursor
    /// then goes back to the start (keeping everything), and the sync goes on to fetch the forum.
    @discardableResult
    public func apply(_ page: SyncPage, syncedAt: Date) throws(StoreError) -> Bool {
        try StoreError.mapping {
            try writer.write { db in
                try Self.applyResults(page.results, at: syncedAt, in: db)
                var startsOver = false
                for change in page.changes {
                    switch change {
                    case .community(let community):
                        try Community.deleteAll(db)
                        try community.insert(db)
                    case .user(let user): try user.upsert(db)
                    case .category(let category): try category.upsert(db)
                    case .forum(let forum): try forum.upsert(db)
                    case .topic(let topic): try topic.upsert(db)
                    case .post(let post):
                        try post.upsert(db)
                        try Self.advanceCounters(with: post, in: db)
                    case .readMark(let mark): try Self.raiseReadMark(topicID: mark.topicID, to: mark.lastReadPostID, in: db)
                    case .subscription(let subscription): try Self.store(subscription, in: db)
                    case .bookmark(let bookmark): try Self.store(bookmark, in: db)
                    case .forumAccess(let access) where access.granted:
                        startsOver = try startsOver || Forum.fetchOne(db, key: access.forumID) == nil
                    case .forumAccess(let access):
                        try Self.removeForum(access.forumID, in: db)
                    case .event(let event):
                        try FeedRecorder.eventArriving(event, at: syncedAt, in: db)
                        try event.upsert(db)
                    case .rsvp(let rsvp): try rsvp.upsert(db)
                    case .certificate(let certificate): try certificate.upsert(db)
                    case .booking(let booking):
                        try FeedRecorder.bookingArriving(booking, at: syncedAt, in: db)
                        try booking.upsert(db)
                    case .resource(let resource): try resource.upsert(db)
                    case .usefulMark(let mark): try mark.upsert(db)
                    case .reviewItem(let item): try Self.store(item, in: db)
                    case .auditEntry(let entry): try Self.store(entry, in: db)
                    case .notice(let notice): try Self.store(notice, in: db)
                    case .staffNote(let note): try note.upsert(db)
                    case .notificationSetting(let setting): try setting.upsert(db)
                    case .mentorship(let mentorship): try mentorship.upsert(db)
                    }
                }
                var state = try SyncState.fetchOne(db) ?? SyncState(cursor: nil, lastSyncAt: nil)
                state.cursor = startsOver ? nil : page.cursor
                if !page.more && !startsOver { state.lastSyncAt = syncedAt }
                try state.save(db)
                return startsOver
            }
        }
    }

    /// Brings a topic's counters up to a post newer than the topic's newest known one: the server
    /// leaves out a topic that only new replies changed (protocol §5.9), and post ids only grow,
    /// so the post with the largest id carries the topic's current count.
    private static func advanceCounters(with post: Post, in db: Database) throws {
        guard post.number > 0 else { return }
        try db.execute(sql: """
            UPDATE topic SET postCount = :number, lastPostID = :post, lastPostAt = MAX(lastPostAt, :at)
            WHERE id = :topic AND lastPostID < :post
            """, arguments: ["number": post.number, "post": post.id, "at": post.createdAt, "topic": post.topicID])
    }

    /// Forgets a forum the member lost access to, with its topics, posts, read marks, bookmarks
    /// and subscriptions. Drafts and the outbox stay: writes into it come back as not sent, with
    /// the server's reason, and their text is kept.
    private static func removeForum(_ forumID: Int64, in db: Database) throws {
        let topics = "SELECT id FROM topic WHERE forumID = :forum"
        try db.execute(sql: """
            DELETE FROM bookmark WHERE postID IN (SELECT id FROM post WHERE topicID IN (\(topics)));
            DELETE FROM subscription WHERE (targetKind = 'forum' AND targetID = :forum)
                                        OR (targetKind = 'topic' AND targetID IN (\(topics)));
            DELETE FROM topicRead WHERE topicID IN (\(topics));
            DELETE FROM post WHERE topicID IN (\(topics));
            DELETE FROM topic WHERE forumID = :forum;
            DELETE FROM forum WHERE id = :forum;
            """, arguments: ["forum": forumID])
    }

    /// Stores a topic and posts fetched outside the sync (a thread opened before the sync brought
    /// it). Only what is missing is added: what the store has is at least as new. Returns how many
    /// posts were added.
    public func storeFetched(_ page: TopicPostsPage) throws(StoreError) -> Int {
        try StoreError.mapping {
            try writer.write { db in
                try page.topic.insert(db, onConflict: .ignore)
                var added = 0
                for post in page.posts {
                    try post.insert(db, onConflict: .ignore)
                    added += db.changesCount
                    try Self.advanceCounters(with: post, in: db)
                }
                return added
            }
        }
    }

    /// How many posts of a topic the store holds.
    public func storedPostCount(topicID: Int64) throws(StoreError) -> Int {
        try StoreError.mapping {
            try writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM post WHERE topicID = ?", arguments: [topicID]) ?? 0 }
        }
    }

    /// Watched topics whose posts are not all here yet (or that are not here at all): a first sync
    /// fetches them at once instead of waiting for the backfill to reach them.
    public func watchedTopicsLackingPosts(limit: Int) throws(StoreError) -> [Int64] {
        try StoreError.mapping {
            try writer.read { db in
                try Int64.fetchAll(db, sql: """
                    SELECT subscription.targetID FROM subscription
                    LEFT JOIN topic ON topic.id = subscription.targetID
                    WHERE subscription.targetKind = 'topic' AND subscription.level = 'watch'
                      AND (topic.id IS NULL OR (SELECT COUNT(*) FROM post WHERE post.topicID = topic.id) < topic.postCount)
                    ORDER BY subscription.targetID DESC LIMIT ?
                    """, arguments: [limit])
            }
        }
    }

    /// Forgets every synced entity and the cursor, keeping the account and read marks: the next
    /// sync starts from the beginning (used when the server's database epoch changed).
    public func restartSync() throws(StoreError) {
        try StoreError.mapping { try writer.write { try Self.deleteSyncedContent($0) } }
    }

    private static func deleteSyncedContent(_ db: Database) throws {
        for table in ["post", "topic", "forum", "category", "user", "community", "syncState", "subscription", "bookmark",
                      "event", "rsvp", "certificate", "booking", "resource", "usefulMark", "reviewItem", "auditEntry", "notice", "staffNote", "feedEvent", "notificationSetting",
                      "mentorship"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
    }

    // MARK: Reading

    /// A topic as the topic list shows it, with its forum (to open it from elsewhere).
    public func topicSummary(id: Int64) throws(StoreError) -> (summary: TopicSummary, forum: Forum)? {
        try StoreError.mapping {
            try writer.read { db in
                guard let forumID = try Int64.fetchOne(db, sql: "SELECT forumID FROM topic WHERE id = ?", arguments: [id]),
                      let forum = try Forum.fetchOne(db, key: forumID) else { return nil }
                return try TopicSummary.fetchOne(db, sql: "\(Self.topicSummarySelect) AND topic.id = ?", arguments: [forumID, id])
                    .map { ($0, forum) }
            }
        }
    }

    /// The signed-in member as synced (with their role), once synced.
    public func signedInMember() throws(StoreError) -> User? {
        try StoreError.mapping {
            try writer.read { db in
                try User.fetchOne(db, sql: "SELECT user.* FROM user JOIN account ON account.userID = user.id")
            }
        }
    }

    /// The network's name, once synced.
    public func communityName() throws(StoreError) -> String? {
        try StoreError.mapping { try writer.read { try Community.fetchOne($0)?.name } }
    }

    /// Every forum, grouped by category in the server's order, with topic and unread counts.
    public func forumSummaries() throws(StoreError) -> [ForumSummary] {
        try StoreError.mapping {
            try writer.read { db in
                try ForumSummary.fetchAll(db, sql: """
                    SELECT forum.*, category.title AS categoryTitle,
                      (SELECT COUNT(*) FROM topic WHERE topic.forumID = forum.id) AS topicCount,
                      (SELECT COUNT(*) FROM topic LEFT JOIN topicRead ON topicRead.topicID = topic.id
                        WHERE topic.forumID = forum.id
                          AND topic.lastPostID > COALESCE(topicRead.lastReadPostID, 0)
                          AND NOT EXISTS (SELECT 1 FROM subscription WHERE targetKind = 'topic' AND targetID = topic.id
                                          AND level = 'mute')) AS unreadTopicCount,
                      COALESCE(subscription.level, 'none') AS followLevel
                    FROM forum JOIN category ON category.id = forum.categoryID
                    LEFT JOIN subscription ON subscription.targetKind = 'forum' AND subscription.targetID = forum.id
                    ORDER BY category.position, category.id, forum.position, forum.id
                    """)
            }
        }
    }

    /// Topics as the list shows them, with read marks, unread counts and subscriptions; the caller
    /// adds conditions after `WHERE topic.forumID = ?`.
    static let topicSummarySelect = """
        SELECT topic.*, user.displayName AS authorName, COALESCE(topicRead.lastReadPostID, 0) AS lastReadPostID,
          CASE WHEN topic.lastPostID > COALESCE(topicRead.lastReadPostID, 0)
            THEN (SELECT COUNT(*) FROM post WHERE post.topicID = topic.id AND post.id > COALESCE(topicRead.lastReadPostID, 0))
            ELSE 0 END AS unreadCount,
          COALESCE(subscription.level, 'none') AS followLevel
        FROM topic LEFT JOIN user ON user.id = topic.authorID
        LEFT JOIN topicRead ON topicRead.topicID = topic.id
        LEFT JOIN subscription ON subscription.targetKind = 'topic' AND subscription.targetID = topic.id
        WHERE topic.forumID = ?
        """

    /// A page of a forum's topics: pinned first, then most recent activity first.
    public func topics(inForum forumID: Int64, page: PageRequest<TopicKey>, limit: Int) throws(StoreError) -> Page<TopicSummary> {
        let select = Self.topicSummarySelect
        let newestFirst = "ORDER BY topic.pinned DESC, topic.lastPostAt DESC, topic.id DESC LIMIT ?"
        let oldestFirst = "ORDER BY topic.pinned ASC, topic.lastPostAt ASC, topic.id ASC LIMIT ?"
        return try StoreError.mapping {
            try writer.read { db in
                switch page {
                case .first:
                    let rows = try TopicSummary.fetchAll(db, sql: "\(select) \(newestFirst)", arguments: [forumID, limit + 1])
                    return Page(items: Array(rows.prefix(limit)), hasMoreBefore: false, hasMoreAfter: rows.count > limit)
                case .after(let key):
                    let rows = try TopicSummary.fetchAll(
                        db, sql: "\(select) AND (topic.pinned, topic.lastPostAt, topic.id) < (?, ?, ?) \(newestFirst)",
                        arguments: [forumID, key.pinned, key.lastPostAt, key.id, limit + 1])
                    return Page(items: Array(rows.prefix(limit)), hasMoreBefore: true, hasMoreAfter: rows.count > limit)
                case .before(let key):
                    let rows = try TopicSummary.fetchAll(
                        db, sql: "\(select) AND (topic.pinned, topic.lastPostAt, topic.id) > (?, ?, ?) \(oldestFirst)",
                        arguments: [forumID, key.pinned, key.lastPostAt, key.id, limit + 1])
                    return Page(items: rows.prefix(limit).reversed(), hasMoreBefore: rows.count > limit, hasMoreAfter: true)
                case .last:
                    let rows = try TopicSummary.fetchAll(db, sql: "\(select) \(oldestFirst)", arguments: [forumID, limit + 1])
                    return Page(items: rows.prefix(limit).reversed(), hasMoreBefore: rows.count > limit, hasMoreAfter: false)
                }
            }
        }
    }

    /// A page of a topic's posts, oldest first. Writes still in the outbox show as they will be:
    /// edits and deletions over their posts, and replies after the last page.
    public func posts(inTopic topicID: Int64, page: PageRequest<Int64>, limit: Int) throws(StoreError) -> Page<ThreadPost> {
        let select = """
            SELECT post.*, user.displayName AS authorName, COALESCE(bookmark.bookmarked, 0) AS bookmarked
            FROM post LEFT JOIN user ON user.id = post.authorID LEFT JOIN bookmark ON bookmark.postID = post.id
            WHERE post.topicID = ?
            """
        return try StoreError.mapping {
            try writer.read { db in
                var result: Page<ThreadPost>
                switch page {
                case .first:
                    let rows = try ThreadPost.fetchAll(db, sql: "\(select) ORDER BY post.id LIMIT ?", arguments: [topicID, limit + 1])
                    result = Page(items: Array(rows.prefix(limit)), hasMoreBefore: false, hasMoreAfter: rows.count > limit)
                case .after(let id):
                    let rows = try ThreadPost.fetchAll(db, sql: "\(select) AND post.id > ? ORDER BY post.id LIMIT ?",
                                                       arguments: [topicID, id, limit + 1])
                    result = Page(items: Array(rows.prefix(limit)), hasMoreBefore: true, hasMoreAfter: rows.count > limit)
                case .before(let id):
                    let rows = try ThreadPost.fetchAll(db, sql: "\(select) AND post.id < ? ORDER BY post.id DESC LIMIT ?",
                                                       arguments: [topicID, id, limit + 1])
                    result = Page(items: rows.prefix(limit).reversed(), hasMoreBefore: rows.count > limit, hasMoreAfter: true)
                case .last:
                    let rows = try ThreadPost.fetchAll(db, sql: "\(select) ORDER BY post.id DESC LIMIT ?",
                                                       arguments: [topicID, limit + 1])
                    result = Page(items: rows.prefix(limit).reversed(), hasMoreBefore: rows.count > limit, hasMoreAfter: false)
                }
                try Self.overlayOutbox(on: &result, topicID: topicID, in: db)
                return result
            }
        }
    }

    private static func overlayOutbox(on page: inout Page<ThreadPost>, topicID: Int64, in db: Database) throws {
        let items = try OutboxItem.fetchAll(db, sql: """
            SELECT * FROM outbox WHERE topicID = ? OR json_extract(action, '$.editPost') IS NOT NULL
              OR json_extract(action, '$.deletePost') IS NOT NULL ORDER BY sequence
            """, arguments: [topicID])
        let userID = try Int64.fetchOne(db, sql: "SELECT userID FROM account") ?? 0
        for item in items {
            switch item.action {
            case .editPost(let postID, let body) where item.state == .pending:
                if let index = page.items.firstIndex(where: { $0.post.id == postID }) {
                    page.items[index].post.body = body
                    page.items[index].post.editedAt = item.createdAt
                    page.items[index].delivery = .pending
                }
            case .deletePost(let postID) where item.state == .pending:
                if let index = page.items.firstIndex(where: { $0.post.id == postID }) {
                    page.items[index].post.body = ""
                    page.items[index].post.deletedAt = item.createdAt
                    page.items[index].delivery = .pending
                }
            case .reply(_, let body) where !page.hasMoreAfter:
                let post = Post(id: -item.id, topicID: topicID, authorID: userID, body: body, createdAt: item.createdAt)
                page.items.append(ThreadPost(post: post, authorName: item.authorName,
                                             delivery: item.state == .pending ? .pending : .notSent(reason: item.message ?? "")))
            default:
                continue
            }
        }
    }

    // MARK: Read marks

    /// Marks a topic's posts up to `postID` as read, here at once and on the user's other devices
    /// after the next sync; a mark never moves backwards.
    public func markRead(topicID: Int64, upTo postID: Int64, at date: Date = Date()) throws(StoreError) {
        try StoreError.mapping {
            try writer.write { db in
                let current = try Int64.fetchOne(db, sql: "SELECT lastReadPostID FROM topicRead WHERE topicID = ?",
                                                 arguments: [topicID]) ?? 0
                guard postID > current else { return }
                try Self.raiseReadMark(topicID: topicID, to: postID, in: db)
                try Self.enqueue(.markRead(topicID: topicID, upToPostID: postID), at: date, in: db)
            }
        }
    }

    static func raiseReadMark(topicID: Int64, to postID: Int64, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO topicRead (topicID, lastReadPostID) VALUES (?, ?)
            ON CONFLICT (topicID) DO UPDATE SET lastReadPostID = MAX(lastReadPostID, excluded.lastReadPostID)
            """, arguments: [topicID, postID])
    }
}
