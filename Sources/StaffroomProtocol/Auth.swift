/// Body of `POST /v1/login`.
public struct LoginRequest: Codable, Equatable, Sendable {
    public var username: String
    public var password: String

    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }
}

/// Answer to a successful login: an opaque bearer token for every other route, and who logged in.
public struct LoginResponse: Codable, Equatable, Sendable {
    public var token: String
    public var user: User

    public init(token: String, user: User) {
        self.token = token
        self.user = user
    }
}

/// The JSON body of every error response: `{"error": {"code": "...", "message": "..."}}`.
public struct ErrorBody: Codable, Equatable, Sendable {
    /// A stable, machine-readable error code and a human message.
    public struct Detail: Codable, Equatable, Sendable {
        public var code: ErrorCode
        public var message: String
    }

    public var error: Detail

    public init(code: ErrorCode, message: String) {
        self.error = Detail(code: code, message: message)
    }
}

/// Stable error codes the server returns; clients switch on these, never on messages.
public enum ErrorCode: String, Codable, Sendable {
    /// No token, an unknown token, or a revoked one (401).
    case unauthorized
    /// Wrong username or password at login (401).
    case invalidCredentials = "invalid_credentials"
    /// The request is malformed (400).
    case badRequest = "bad_request"
    /// The cursor belongs to another database epoch: start again without a cursor (410).
    case cursorReset = "cursor_reset"
    /// The member may not do this (403).
    case forbidden
    /// No such route or entity (404).
    case notFound = "not_found"
    /// An upload's chunk does not start where the server's copy ends (409); ask how far it came.
    case uploadOffset = "upload_offset"
    /// The file is larger than the server takes (413); the message names the limit.
    case tooLarge = "too_large"
    /// The byte range asked for lies outside the file (416).
    case rangeNotSatisfiable = "range_not_satisfiable"
    /// The uploaded bytes do not have the declared SHA-256 (422); the partial copy was discarded.
    case checksumMismatch = "checksum_mismatch"
    /// A moderator suspended the account (403); the message says until when and why.
    case suspended
    /// Another moderator acted on the review item first, differently (409); the message says who, how and when.
    case alreadyHandled = "already_handled"
    /// Another moderator holds the review item's claim (409).
    case claimed
    /// The write breaks a rule (422); the message says which.
    case refused
    /// Anything else (500).
    case internalError = "internal_error"
}
