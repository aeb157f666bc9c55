import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import StaffroomProtocol
import Synchronization

/// HTTP to one Staffroom server: JSON in and out, gzip accepted, errors mapped to `SyncError`.
public final class ServerConnection: Sendable {
    /// The server's base URL, such as `http://127.0.0.1:8080`.
    public let baseURL: URL
    let http: HTTPClient
    let timeout: TimeAmount
    let received = Atomic<Int>(0)

    /// Largest response body accepted (after decompression).
    static let maximumBodyBytes = 64 << 20

    /// - Parameters:
    ///   - connectTimeout: how long to keep trying to reach the server before calling it unreachable.
    ///   - timeout: how long one request may take.
    public init(baseURL: URL, connectTimeout: TimeAmount = .seconds(10), timeout: TimeAmount = .seconds(60)) {
        self.baseURL = baseURL
        self.timeout = timeout
        var configuration = HTTPClient.Configuration(decompression: .enabled(limit: .size(Self.maximumBodyBytes)))
        // Sync retries with its own backoff and tells the user; the client's silent retries until the
        // connect timeout would only hide a refused connection for ten seconds.
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout = .init(connect: connectTimeout, read: timeout)
        http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Bytes of answers received so far, as they crossed the network (compressed bodies and their
    /// headers); the status line and `staffroom sync` report them.
    public var bytesReceived: Int {
        received.load(ordering: .relaxed)
    }

    /// Closes the connection pool; call once when done.
    public func shutdown() async {
        try? await http.shutdown()
    }

    /// Exchanges a username and password for a session.
    public func login(username: String, password: String) async throws(SyncError) -> LoginResponse {
        let body = try encode(LoginRequest(username: username, password: password))
        return try await sendExpectingContent(.POST, path: WireFormat.loginPath, token: nil, body: body)
    }

    /// Fetches one page of changes after `cursor` (nil: from the beginning); with `countingRemaining`,
    /// the page says how many changes wait after it.
    /// Without `backfilling`, older topics and posts of a first sync are left for later (a budget).
    public func syncPage(token: String, cursor: String?, limit: Int = SyncPage.maximumChanges,
                         countingRemaining: Bool = false, backfilling: Bool = true) async throws(SyncError) -> SyncPage {
        let path = Self.syncPath(cursor: cursor, limit: limit, wait: nil, backfilling: backfilling, counting: countingRemaining)
        return try await sendExpectingContent(.GET, path: path, token: token, body: nil)
    }

    /// Long-poll: the page after `cursor` as soon as there is news, or nil when `seconds` passed
    /// without any (the server answers `204 No Content`).
    public func waitForChanges(token: String, cursor: String?, seconds: Int, limit: Int = SyncPage.maximumChanges,
                               backfilling: Bool = true) async throws(SyncError) -> SyncPage? {
        try await send(.GET, path: Self.syncPath(cursor: cursor, limit: limit, wait: seconds, backfilling: backfilling, counting: false),
                       token: token, body: nil)
    }

    private static func syncPath(cursor: String?, limit: Int, wait: Int?, backfilling: Bool, counting: Bool) -> String {
        var components = URLComponents()
        components.path = WireFormat.syncPath
        components.queryItems = [URLQueryItem(name: "limit", value: String(limit))]
        if let cursor { components.queryItems?.append(URLQueryItem(name: "cursor", value: cursor)) }
        if let wait { components.queryItems?.append(URLQueryItem(name: "wait", value: String(wait))) }
        if !backfilling { components.queryItems?.append(URLQueryItem(name: "backfill", value: "0")) }
        if counting { components.queryItems?.append(URLQueryItem(name: "count", value: "1")) }
        return components.string ?? WireFormat.syncPath
    }

    /// The posts of one topic after post `after`, at once (a thread opened before the sync brought it).
    public func topicPosts(token: String, topicID: Int64, after: Int64) async throws(SyncError) -> TopicPostsPage {
        try await sendExpectingContent(.GET, path: WireFormat.topicPostsPath(topicID) + "?after=\(after)", token: token, body: nil)
    }

    /// Who answered an event (for its organizer, moderators and admins).
    public func eventParticipants(token: String, eventID: Int64, occurrence: Date? = nil) async throws(SyncError) -> EventParticipants {
        let query = occurrence.map { "?occurrence=\(Int64($0.timeIntervalSince1970))" } ?? ""
        return try await sendExpectingContent(.GET, path: WireFormat.eventParticipantsPath(eventID) + query, token: token, body: nil)
    }

    /// The member's calendar subscription; `renewing` makes a new address (the old one stops working).
    public func calendarFeed(token: String, renewing: Bool) async throws(SyncError) -> CalendarFeed {
        try await sendExpectingContent(renewing ? .POST : .GET, path: WireFormat.calendarFeedPath, token: token, body: nil)
    }

    /// The network's events month by month, for the last `months` months.
    public func eventStatistics(token: String, months: Int) async throws(SyncError) -> EventStatistics {
        try await sendExpectingContent(.GET, path: WireFormat.eventStatisticsPath + "?months=\(months)", token: token, body: nil)
    }

    /// The review queue's metrics and each moderator's actions in the last `weeks` weeks (staff only).
    public func moderationStatistics(token: String, weeks: Int) async throws(SyncError) -> ModerationStatistics {
        try await sendExpectingContent(.GET, path: WireFormat.moderationStatisticsPath + "?weeks=\(weeks)", token: token, body: nil)
    }

    /// The network's pulse over the last `weeks` weeks (coordinators only).
    public func networkPulse(token: String, weeks: Int) async throws(SyncError) -> NetworkPulse {
        try await sendExpectingContent(.GET, path: WireFormat.pulsePath + "?weeks=\(weeks)", token: token, body: nil)
    }

    /// Pushes writes and fetches the page after `request.cursor`, in one round trip.
    public func sync(token: String, request: SyncRequest) async throws(SyncError) -> SyncPage {
        try await sendExpectingContent(.POST, path: WireFormat.syncPath, token: token, body: try encode(request))
    }

    /// How much of a file (by checksum and size) the server holds from this member's upload, or
    /// that it holds the whole content already.
    public func uploadProgress(token: String, sha256: String, size: Int64) async throws(SyncError) -> UploadProgress {
        try await sendExpectingContent(.GET, path: WireFormat.uploadPath(sha256) + "?size=\(size)", token: token, body: nil)
    }

    /// Sends the chunk of a file that starts at `offset`.
    public func uploadChunk(token: String, sha256: String, size: Int64, offset: Int64, bytes: Data) async throws(SyncError) -> UploadProgress {
        try await sendExpectingContent(.PUT, path: WireFormat.uploadPath(sha256) + "?size=\(size)&offset=\(offset)", token: token,
                                       body: ByteBuffer(bytes: bytes), contentType: "application/octet-stream")
    }

    private func encode(_ value: some Encodable) throws(SyncError) -> ByteBuffer {
        do {
            return ByteBuffer(bytes: try WireFormat.makeEncoder().encode(value))
        } catch {
            throw .malformed("cannot encode the request: \(error)")
        }
    }

    /// One exchange whose answer must have a body.
    private func sendExpectingContent<Response: Decodable>(_ method: HTTPMethod, path: String, token: String?,
                                                           body: ByteBuffer?, contentType: String = "application/json")
        async throws(SyncError) -> Response {
        let response: Response? = try await send(method, path: path, token: token, body: body, contentType: contentType)
        guard let response else { throw .malformed("the server answered \(path) with no content") }
        return response
    }

    /// One exchange: the decoded answer, or nil for `204 No Content`.
    private func send<Response: Decodable>(_ method: HTTPMethod, path: String, token: String?,
                                           body: ByteBuffer?, contentType: String = "application/json") async throws(SyncError) -> Response? {
        var request = HTTPClientRequest(url: baseURL.absoluteString.trimmingSuffix("/") + path)
        request.method = method
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "User-Agent", value: "staffroom")
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        if let body {
            request.headers.add(name: "Content-Type", value: contentType)
            request.body = .bytes(body)
        }
        let status: HTTPResponseStatus
        let headers: HTTPHeaders
        let bytes: ByteBuffer
        do {
            let response = try await http.execute(request, timeout: timeout)
            status = response.status
            headers = response.headers
            bytes = try await response.body.collect(upTo: Self.maximumBodyBytes)
            received.add(Self.wireSize(headers: headers, body: bytes), ordering: .relaxed)
        } catch is NIOHTTPDecompression.DecompressionError, is NIOHTTPDecompression.ExtraDecompressionError {
            throw .malformed("the answer to \(path) arrived damaged (its compression is broken)")
        } catch {
            throw .unreachable(NetworkProblem(error, host: baseURL.host ?? ""))
        }
        // Repair invalid UTF-8 (replacement characters) instead of rejecting a whole page for one bad byte.
        let data = Data(String(decoding: bytes.readableBytesView, as: UTF8.self).utf8)
        if status == .tooManyRequests || status == .serviceUnavailable {
            throw .serverBusy(status: Int(status.code), retryAfter: RetryAfter.seconds(headers.first(name: "Retry-After")))
        }
        if status == .noContent { return nil }
        guard status == .ok else { throw Self.error(status: status, body: data) }
        do {
            return try WireFormat.makeDecoder().decode(Response.self, from: data)
        } catch {
            throw .malformed("unexpected answer to \(path): \(Self.describe(error))")
        }
    }

    /// An answer's size on the wire: the status line and headers, and the body as sent (its
    /// `Content-Length`, which counts the compressed bytes, when given).
    private static func wireSize(headers: HTTPHeaders, body: ByteBuffer) -> Int {
        let statusLine = "HTTP/1.1 200 OK\r\n".utf8.count
        let headerBytes = headers.reduce(2) { $0 + $1.name.utf8.count + $1.value.utf8.count + 4 }
        let bodyBytes = headers.first(name: "Content-Length").flatMap { Int($0) } ?? body.readableBytes
        return statusLine + headerBytes + bodyBytes
    }

    static func error(status: HTTPResponseStatus, body: Data) -> SyncError {
        let detail = try? WireFormat.makeDecoder().decode(ErrorBody.self, from: body).error
        switch detail?.code {
        case .invalidCredentials: return .invalidCredentials
        case .unauthorized: return .sessionExpired
        case .suspended: return .suspended(detail?.message ?? "")
        default:
            if status == .unauthorized { return .sessionExpired }
            return .server(status: Int(status.code), message: detail?.message ?? status.reasonPhrase)
        }
    }

    private static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        return text.count > 200 ? String(text.prefix(200)) + "…" : text
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
