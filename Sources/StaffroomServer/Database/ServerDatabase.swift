import Foundation
import GRDB
import StaffroomProtocol

/// The server's database: members and sessions, the forums, and the change log that sync reads.
/// Every write that changes what clients see appends to the change log in the same transaction.
public final class ServerDatabase: Sendable {
    let writer: any DatabaseWriter
    /// The library's file contents, on disk beside the database.
    public let files: ResourceFileStore
    /// Wakes long-polling requests after each commit that wrote to the change log.
    let changeSignal = ChangeSignal()
    private let changeObservation: AnyDatabaseCancellable

    /// A temporary file store, removed with the database.
    private let temporaryFiles: Bool

    private init(writer: any DatabaseWriter, files: ResourceFileStore, temporaryFiles: Bool = false) throws {
        self.writer = writer
        self.files = files
        self.temporaryFiles = temporaryFiles
        try ServerMigrations.migrator.migrate(writer)
        let signal = changeSignal
        // Should the observation ever fail, waiting requests still end at their deadline.
        changeObservation = DatabaseRegionObservation(tracking: Table("change"))
            .start(in: writer, onError: { _ in }, onChange: { _ in signal.signal() })
    }

    /// Opens (creating when needed) the database file at `path` in WAL mode, with its file store in
    /// `filesPath` (by default the database's path with `-files` for its extension).
    public static func open(at path: String, filesAt filesPath: String? = nil) throws -> ServerDatabase {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        let files = try ResourceFileStore(root: URL(fileURLWithPath: filesPath ?? Self.defaultFilesPath(besides: path)))
        return try ServerDatabase(writer: DatabasePool(path: path, configuration: configuration), files: files)
    }

    /// A database in memory, for tests, its file store in a new temporary folder.
    public static func inMemory() throws -> ServerDatabase {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("staffroomd-files-\(UUID().uuidString)")
        return try ServerDatabase(writer: DatabaseQueue(), files: ResourceFileStore(root: folder), temporaryFiles: true)
    }

    deinit {
        if temporaryFiles { try? FileManager.default.removeItem(at: files.root) }
    }

    /// `server.sqlite` → `server-files`.
    static func defaultFilesPath(besides databasePath: String) -> String {
        (databasePath as NSString).deletingPathExtension + "-files"
    }

    /// True when the database holds no forums yet.
    public func isEmpty() throws -> Bool {
        try writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM forum") == 0 }
    }

    // MARK: Members and sessions

    /// Adds a member; fails when the username is taken.
    @discardableResult
    public func addMember(username: String, displayName: String, role: Role, school: String,
                          passwordHash: String, profile: ProfileDraft = ProfileDraft()) throws -> User {
        try writer.write { db in
            if try MemberRow.filter(sql: "username = ?", arguments: [username]).fetchCount(db) > 0 {
                throw ServerDatabaseError.usernameTaken(username)
            }
            let row = try MemberRow(id: nil, username: username, displayName: displayName, role: role,
                                    school: school, passwordHash: passwordHash, subjects: profile.subjects,
                                    grades: profile.grades, bio: profile.bio).inserted(db)
            try ChangeLog.record(.user, id: row.id!, in: db)
            return row.user
        }
    }

    /// The member with this username (any letter case) and their password hash.
    func member(username: String) throws -> (user: User, passwordHash: String)? {
        try writer.read { db in
            try MemberRow.filter(sql: "username = ?", arguments: [username]).fetchOne(db)
                .map { ($0.user, $0.passwordHash) }
        }
    }

    /// Stores a session under the hash of its token.
    func addSession(tokenHash: String, userID: Int64, at date: Date) throws {
        try writer.write { db in
            try db.execute(sql: "INSERT INTO session (tokenHash, userID, createdAt) VALUES (?, ?, ?)",
                           arguments: [tokenHash, userID, date])
        }
    }

    /// The member a session token hash belongs to.
    func user(sessionTokenHash: String) throws -> User? {
        try writer.read { db in
            try MemberRow.fetchOne(db, sql: """
                SELECT user.* FROM session JOIN user ON user.id = session.userID WHERE session.tokenHash = ?
                """, arguments: [sessionTokenHash])?.user
        }
    }

    /// The suspension in force for a member at `now`, with its reason, as a message for them.
    func suspension(userID: Int64, now: Date) throws -> String? {
        try writer.read { db in
            try MemberNotices.restriction("suspendedUntil", userID: userID, now: now, in: db).map { suspension in
                let reason = suspension.reason.isEmpty ? "" : " Reason: \(suspension.reason)"
                return "A moderator suspended your account until \(ModerationDesk.time(suspension.until, now: now)).\(reason)"
            }
        }
    }

    // MARK: Content

    /// Names the network.
    public func setCommunityName(_ name: String) throws {
        try writer.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO community (id, name) VALUES (1, ?)", arguments: [name])
            try ChangeLog.record(.community, id: 1, in: db)
        }
    }

    /// Runs several content writes in one transaction (seeding thousands of posts at once).
    public func batch<T>(_ body: (ContentWriter) throws -> T) throws -> T {
        try writer.write { db in try body(ContentWriter(db: db)) }
    }

    // MARK: Sync

    /// The page a member gets from `position` (nil: a first sync), read in one snapshot with the
    /// epoch its cursor carries; see `SyncPageReader`.
    func page(from position: SyncPosition?, limit: Int, for userID: Int64, backfilling: Bool,
              counting: Bool) throws -> SyncPage {
        try writer.read { db in
            let result = try SyncPageReader(db: db, userID: userID).read(from: position, limit: limit, backfilling: backfilling,
                                                                          counting: counting)
            let epoch = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'epoch'") ?? ""
            return SyncPage(changes: result.changes, cursor: result.position.cursor(epoch: epoch), more: result.more,
                            remaining: result.remaining)
        }
    }
}

/// Why a server database write was refused.
public enum ServerDatabaseError: Error, Equatable, CustomStringConvertible {
    case usernameTaken(String)
    case unknownUser(String)
    case noSuchForum(Int64)

    public var description: String {
        switch self {
        case .usernameTaken(let name): "the username “\(name)” is taken"
        case .unknownUser(let name): "no member is called “\(name)”"
        case .noSuchForum(let id): "there is no forum \(id)"
        }
    }
}
