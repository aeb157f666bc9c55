import Foundation
import GRDB

/// The account this client is logged in with: which server, who, and the bearer token.
public struct Account: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "account"

    private var id = 1
    public var serverURL: String
    public var userID: Int64
    public var username: String
    public var displayName: String
    public var token: String

    public init(serverURL: String, userID: Int64, username: String, displayName: String, token: String) {
        self.serverURL = serverURL
        self.userID = userID
        self.username = username
        self.displayName = displayName
        self.token = token
    }
}

/// Where synchronisation stands: the server cursor and when the last sync finished.
public struct SyncState: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "syncState"

    private var id = 1
    public var cursor: String?
    public var lastSyncAt: Date?

    public init(cursor: String?, lastSyncAt: Date?) {
        self.cursor = cursor
        self.lastSyncAt = lastSyncAt
    }
}
