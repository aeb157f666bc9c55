import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import StaffroomProtocol
import StaffroomStore
import StaffroomSync
@testable import StaffroomServer

/// A real `staffroomd` application listening on a free loopback port, with its own database.
final class LiveServer: Sendable {
    let url: URL
    let database: ServerDatabase
    let accounts: Accounts
    private let task: Task<Void, any Error>

    private init(url: URL, database: ServerDatabase, accounts: Accounts, task: Task<Void, any Error>) {
        self.url = url
        self.database = database
        self.accounts = accounts
        self.task = task
    }

    /// Starts a server; `prepare` fills its database first.
    static func start(maximumFileBytes: Int64 = StaffroomServerApp.defaultMaximumFileBytes,
                      prepare: (ServerDatabase, Accounts) throws -> Void = { _, _ in }) async throws -> LiveServer {
        let database = try ServerDatabase.inMemory()
        let accounts = Accounts(database: database, bcryptCost: 4)
        try prepare(database, accounts)
        return try await start(database: database, accounts: accounts, maximumFileBytes: maximumFileBytes)
    }

    /// Starts a server on an existing database (as when the process restarts).
    static func start(database: ServerDatabase, accounts: Accounts,
                      maximumFileBytes: Int64 = StaffroomServerApp.defaultMaximumFileBytes) async throws -> LiveServer {
        let silent = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = StaffroomServerApp.makeApplication(database: database, accounts: accounts, host: "127.0.0.1", port: 0,
                                                     logger: silent, maximumFileBytes: maximumFileBytes) { port in
            continuation.yield(port)
            continuation.finish()
        }
        let task = Task { try await app.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw TestFailure("server did not start") }
        return LiveServer(url: URL(string: "http://127.0.0.1:\(port)")!, database: database, accounts: accounts, task: task)
    }

    /// The server's port.
    var port: Int { url.port ?? 0 }

    func stop() async {
        task.cancel()
        _ = await task.result
    }

    /// A raw HTTP exchange with the server (no automatic decompression).
    func request(_ method: HTTPMethod, _ path: String, headers: [(String, String)] = [], body: String? = nil, bytes: [UInt8]? = nil)
        async throws -> (status: Int, headers: HTTPHeaders, body: [UInt8]) {
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        defer { Task { try? await client.shutdown() } }
        var request = HTTPClientRequest(url: url.absoluteString + path)
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(string: body)) }
        if let bytes { request.body = .bytes(ByteBuffer(bytes: bytes)) }
        let response = try await client.execute(request, timeout: .seconds(30))
        let bytes = try await response.body.collect(upTo: 64 << 20)
        try await client.shutdown()
        return (Int(response.status.code), response.headers, Array(bytes.readableBytesView))
    }

    /// Logs in through the API and returns the token.
    func token(username: String, password: String) async throws -> String {
        let answer = try await request(.POST, "/v1/login", headers: [("Content-Type", "application/json")],
                                       body: #"{"username":"\#(username)","password":"\#(password)"}"#)
        guard answer.status == 200 else { throw TestFailure("login failed with \(answer.status)") }
        return try WireFormat.makeDecoder().decode(LoginResponse.self, from: Data(answer.body)).token
    }
}

/// A client store logged in to `server` as `username`, and the connection it used (shut it down when done).
func loggedInClient(_ server: LiveServer, username: String = "olga", password: String = "correct horse")
    async throws -> (store: ClientStore, connection: ServerConnection) {
    let connection = ServerConnection(baseURL: server.url)
    let store = try ClientStore.inMemory()
    let login = try await connection.login(username: username, password: password)
    try store.saveLogin(Account(serverURL: server.url.absoluteString, userID: login.user.id, username: login.user.username,
                                displayName: login.user.displayName, token: login.token))
    return (store, connection)
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A small forum network: one member ("olga", password "correct horse"), a forum and `topics` topics
/// of `postsPerTopic` posts each.
func seedSmallNetwork(_ database: ServerDatabase, _ accounts: Accounts, topics: Int = 3, postsPerTopic: Int = 4) throws {
    let olga = try accounts.addMember(username: "olga", displayName: "Ольга Петрова", role: .mentor,
                                      school: "Гимназия № 3", password: "correct horse")
    try database.setCommunityName("Тестовая сеть")
    try database.batch { writer in
        let category = try writer.addCategory(title: "Начальная школа")
        let forum = try writer.addForum(categoryID: category, title: "Чтение", description: "Планы уроков")
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        for topic in 0..<topics {
            let id = try writer.addTopic(forumID: forum, title: "Тема \(topic)", authorID: olga.id,
                                         body: "Первое сообщение", at: start.addingTimeInterval(Double(topic) * 3600))
            for reply in 1..<postsPerTopic {
                try writer.addPost(topicID: id, authorID: olga.id, body: "Ответ \(reply)",
                                   at: start.addingTimeInterval(Double(topic) * 3600 + Double(reply) * 60))
            }
        }
    }
}
