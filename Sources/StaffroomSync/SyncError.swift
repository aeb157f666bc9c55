import Foundation
import StaffroomStore

/// Why talking to the server failed, in terms the UI can explain and act on.
public enum SyncError: Error, Equatable, Sendable {
    /// No account is stored: run `staffroom login` first.
    case notLoggedIn
    /// The server refused the username and password.
    case invalidCredentials
    /// The server no longer accepts the stored token: log in again (nothing local is lost).
    case sessionExpired
    /// The server could not be reached.
    case unreachable(NetworkProblem)
    /// The server answered with an error status.
    case server(status: Int, message: String)
    /// A moderator suspended the account: the server's message says until when and why.
    case suspended(String)
    /// The server (or a gateway before it) is overloaded or limiting requests (429, 503); it may
    /// have said how many seconds to wait.
    case serverBusy(status: Int, retryAfter: TimeInterval?)
    /// The server's answer could not be understood.
    case malformed(String)
    /// The local store failed (disk full, for instance).
    case store(StoreError)
}

/// Why the server could not be reached, as precisely as the network said.
public enum NetworkProblem: Equatable, Sendable {
    /// Nothing listens at that address and port.
    case refused
    /// No answer in time (connecting or waiting for a response).
    case timedOut
    /// The host name is not known.
    case unknownHost(String)
    /// The connection broke during the exchange.
    case connectionLost
    /// Anything else, as the system described it.
    case other(String)
}

/// How far a sync has come.
public struct SyncProgress: Equatable, Sendable {
    /// Pages applied so far in this run.
    public var pages: Int
    /// Changes applied so far in this run.
    public var changes: Int
    /// Writes the server answered for (applied, recognised as repeats, or refused).
    public var sent: Int
    /// Whether the server said more pages follow.
    public var more: Bool
    /// Bytes received from the server in this run, as they crossed the network.
    public var bytes: Int
    /// Changes still to fetch, as the server last counted them; nil when not known.
    public var left: Int?

    public init(pages: Int, changes: Int, sent: Int = 0, more: Bool, bytes: Int = 0, left: Int? = nil) {
        self.pages = pages
        self.changes = changes
        self.sent = sent
        self.more = more
        self.bytes = bytes
        self.left = left
    }

    /// How much of the pull is done, from 0 to 100, when the amount left is known.
    public var percent: Int? {
        guard let left else { return nil }
        guard changes + left > 0 else { return 100 }
        return min(100, changes * 100 / (changes + left))
    }
}

/// A round trip failed and will be tried again after `delay` seconds.
public struct RetryNotice: Equatable, Sendable {
    /// Why the last try failed.
    public var reason: SyncError
    /// How many tries in a row have failed.
    public var failures: Int
    /// Seconds until the next try.
    public var delay: Double

    public init(reason: SyncError, failures: Int, delay: Double) {
        self.reason = reason
        self.failures = failures
        self.delay = delay
    }
}
