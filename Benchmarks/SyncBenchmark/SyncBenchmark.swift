import FaultProxy
import Foundation
import GRDB
import Logging
import StaffroomProtocol
import StaffroomServer
import StaffroomStore
import StaffroomSync
import Synchronization

// Sync over a slow link: a real server and the real client sync, in this process, talking through
// the fault proxy shaped to 64 kbit/s and a 600 ms round trip. Prints one JSON object of bytes on
// the wire (both directions, headers included), round trips and seconds. See Benchmarks/README.md.

@main
struct SyncBenchmark {
    static func main() async throws {
        let environment = ProcessInfo.processInfo.environment
        let postCount = Int(environment["POSTS"] ?? "") ?? 10_000
        let pollSeconds = Int(environment["POLL_SECONDS"] ?? "") ?? 25
        let link = LinkShape(bytesPerSecond: 8_000, roundTrip: 0.6)
        let readableTopics = 200

        let folder = NSTemporaryDirectory() + "staffroom-sync-bench-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        // The server: a synthetic network, a second member who writes during the run.
        let serverPath = folder + "/server.sqlite"
        let database = try ServerDatabase.open(at: serverPath)
        let accounts = Accounts(database: database, bcryptCost: 8)
        try SyntheticSeeder(database: database, accounts: accounts).seed(postCount: postCount)
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let app = StaffroomServerApp.makeApplication(database: database, accounts: accounts, host: "127.0.0.1", port: 0,
                                                     logger: Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }) { port in
            portContinuation.yield(port)
            portContinuation.finish()
        }
        let serverTask = Task { try await app.run() }
        var portIterator = ports.makeAsyncIterator()
        guard let port = await portIterator.next() else { fatalError("the server did not start") }
        let proxy = try FaultProxy(upstreamPort: port, shape: link)
        let serverReader = try DatabaseQueue(path: serverPath)

        /// Bytes and round trips through the proxy since the last reset.
        let traffic = { @Sendable () -> (bytes: Int, roundTrips: Int) in
            let exchanges = proxy.exchanges
            return (exchanges.reduce(0) { $0 + $1.requestBytes + $1.responseBytes }, exchanges.count)
        }
        /// The proxy records an exchange a moment after the client has its answer: waits until
        /// `count` exchanges are recorded, so each measure holds its own exchanges and no other.
        let settled = { @Sendable (count: Int) async throws -> (bytes: Int, roundTrips: Int) in
            let deadline = Date().addingTimeInterval(30)
            while proxy.exchanges.count < count && Date() < deadline { try await Task.sleep(for: .milliseconds(10)) }
            return traffic()
        }

        // The client: logs in and syncs for the first time.
        let storePath = folder + "/client.sqlite"
        let store = try ClientStore.open(at: storePath)
        let clientReader = try DatabaseQueue(path: storePath)
        let connection = ServerConnection(baseURL: proxy.url, timeout: .seconds(600))
        let clock = ContinuousClock()
        let firstSyncStart = clock.now
        let login = try await connection.login(username: "member5", password: SyntheticSeeder.password)
        try store.saveLogin(Account(serverURL: proxy.url.absoluteString, userID: login.user.id, username: "member5",
                                    displayName: login.user.displayName, token: login.token))

        /// The newest topics by last post, and how many posts (with their text) each has on the server.
        let newest = try await serverReader.read { db in
            try Row.fetchAll(db, sql: "SELECT id, postCount FROM topic ORDER BY lastPostAt DESC LIMIT ?", arguments: [readableTopics])
                .map { (id: $0["id"] as Int64, posts: $0["postCount"] as Int) }
        }

        /// Whether every one of the newest topics is in the client with all its posts' text.
        let newestTopicsReadable = { @Sendable () throws -> Bool in
            try clientReader.read { db in
                try newest.allSatisfy { topic in
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM post WHERE topicID = ? AND (body != '' OR deletedAt IS NOT NULL)",
                                     arguments: [topic.id]) == topic.posts
                }
            }
        }

        let readable = Mutex<(bytes: Int, roundTrips: Int, seconds: Double)?>(nil)
        let synchronizer = Synchronizer(connection: connection, store: store)
        let firstSync = try await synchronizer.run(progress: { progress in
            guard readable.withLock({ $0 == nil }), (try? newestTopicsReadable()) == true else { return }
            let seconds = (clock.now - firstSyncStart) / .seconds(1)
            readable.withLock { $0 = (0, 1 + progress.pages, seconds) }
        })
        let completeSeconds = (clock.now - firstSyncStart) / .seconds(1)
        let complete = try await settled(1 + firstSync.pages)
        readable.withLock { measure in
            guard let roundTrips = measure?.roundTrips else { return }
            measure?.bytes = proxy.exchanges.prefix(roundTrips).reduce(0) { $0 + $1.requestBytes + $1.responseBytes }
        }

        // An empty poll: a long-poll that ends with 204 after one second.
        proxy.resetCounts()
        _ = try await synchronizer.waitForChanges(seconds: 1)
        let emptyPoll = try await settled(1)

        // Idle: polls of the interface's length, measured and scaled to an hour.
        proxy.resetCounts()
        let idleStart = clock.now
        _ = try await synchronizer.waitForChanges(seconds: pollSeconds)
        _ = try await synchronizer.waitForChanges(seconds: pollSeconds)
        let idleSeconds = (clock.now - idleStart) / .seconds(1)
        let idleTraffic = try await settled(2)
        let idleBytesPerHour = Int(Double(idleTraffic.bytes) / idleSeconds * 3_600)

        // One new 500-character post arriving while the client waits.
        let text = String(String(repeating: """
            Коллеги, делюсь итогом открытого урока в 3 «Б»: читали рассказ по ролям, потом каждая группа     придумывала свой финал и защищала его перед классом. Дети, которые обычно молчат, спорили     о характере героя и искали доказательства в тексте. На следующей неделе попробую то же самое     с басней Крылова, а карточки с вопросами выложу в библиотеку материалов. Если кто-то уже     пробовал похожий приём в 2 классе, напишите, как вы делили роли и сколько времени заняла подготовка. 
            """, count: 2).prefix(500))
        proxy.resetCounts()
        let waiting = Task { try await synchronizer.waitForChanges(seconds: pollSeconds) }
        try await Task.sleep(for: .seconds(2))
        let authorID = try await serverReader.read { try Int64.fetchOne($0, sql: "SELECT id FROM user WHERE username = 'member7'") } ?? 1
        _ = try database.batch { writer in try writer.addPost(topicID: newest[0].id, authorID: authorID, body: text, at: Date()) }
        let arrived = try await waiting.value
        let newPost = try await settled(1)
        let gzipped = try Self.gzipNine(Data(text.utf8))

        await connection.shutdown()
        proxy.stop()
        serverTask.cancel()
        _ = await serverTask.result

        let firstReadable = readable.withLock { $0 }
        let summary: [String: Any] = [
            "posts": postCount,
            "link": ["bytesPerSecond": link.bytesPerSecond, "roundTripSeconds": link.roundTrip],
            "emptyPoll": ["bytes": emptyPoll.bytes, "roundTrips": emptyPoll.roundTrips],
            "idle": ["pollSeconds": pollSeconds, "measuredSeconds": idleSeconds.rounded(), "measuredBytes": idleTraffic.bytes,
                     "bytesPerHour": idleBytesPerHour],
            "newPost": ["textCharacters": text.count, "textBytes": text.utf8.count, "gzip9Bytes": gzipped,
                        "bytes": newPost.bytes, "bodyBytes": proxy.exchanges.first?.responseBodyBytes ?? 0,
                        "roundTrips": newPost.roundTrips, "changes": arrived?.changes ?? 0],
            "firstSyncReadable": firstReadable.map { ["topics": readableTopics, "bytes": $0.bytes, "roundTrips": $0.roundTrips,
                                                      "seconds": ($0.seconds * 10).rounded() / 10] } ?? [:],
            "firstSyncComplete": ["bytes": complete.bytes, "roundTrips": complete.roundTrips, "pages": firstSync.pages,
                                  "changes": firstSync.changes, "seconds": (completeSeconds * 10).rounded() / 10],
        ]
        let json = try JSONSerialization.data(withJSONObject: summary, options: [.prettyPrinted, .sortedKeys])
        print(String(decoding: json, as: UTF8.self))
    }

    /// The size of `data` as `gzip -9` writes it.
    static func gzipNine(_ data: Data) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-9", "-c"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return compressed.count
    }
}
