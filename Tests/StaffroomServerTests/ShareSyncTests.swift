import FaultProxy
import GRDB
import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomSync
@testable import StaffroomServer

/// Sharing a resource from a client: the write waits in the outbox with where its files are, the
/// sync uploads them (resuming after a cut) before pushing the write, and a file the server will not
/// take, or one changed since it was chosen, leaves the write not sent with the reason.
@Suite struct ShareSyncTests {
    /// anna's store logged in through a proxy to a server of `seedWriters`, and a folder of files.
    private struct Setup {
        let server: LiveServer
        let proxy: FaultProxy
        let store: ClientStore
        let connection: ServerConnection
        let folder: URL

        static func start(maximumFileBytes: Int64 = StaffroomServerApp.defaultMaximumFileBytes) async throws -> Setup {
            let server = try await LiveServer.start(maximumFileBytes: maximumFileBytes, prepare: seedWriters)
            let proxy = try FaultProxy(upstreamPort: server.port)
            let connection = ServerConnection(baseURL: proxy.url, connectTimeout: .seconds(2), timeout: .seconds(20))
            let login = try await connection.login(username: "anna", password: "password-anna")
            let store = try ClientStore.inMemory()
            try store.saveLogin(Account(serverURL: proxy.url.absoluteString, userID: login.user.id, username: "anna",
                                        displayName: login.user.displayName, token: login.token))
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("staffroom-share-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return Setup(server: server, proxy: proxy, store: store, connection: connection, folder: folder)
        }

        /// A file of `bytes` bytes in the folder, chosen to share.
        func file(_ name: String, bytes: Int) throws -> LocalFile {
            let path = folder.appendingPathComponent(name).path
            try Data((0..<bytes).map { UInt8(truncatingIfNeeded: $0 &* 11 &+ bytes) }).write(to: URL(fileURLWithPath: path))
            return try LocalFile(path: path)
        }

        func share(_ files: [LocalFile], title: String = "Презентация: дроби") throws {
            try store.enqueueShare(ResourceDraft(title: title, type: .presentation, grades: [5], language: "ru",
                                                 files: files.map(\.entry), forumID: 1),
                                   files: files.map(\.pending))
        }

        func sync() async throws -> SyncProgress {
            try await Synchronizer(connection: connection, store: store, retry: RetryPolicy(attempts: 1, firstDelay: 0, longestDelay: 0,
                                                                                            longestServerWait: 0)).run()
        }

        func stop() async {
            await connection.shutdown()
            proxy.stop()
            await server.stop()
            try? FileManager.default.removeItem(at: folder)
        }
    }

    @Test func aSharedResourcesFilesUploadBeforeItsWriteAndACutUploadResumes() async throws {
        let setup = try await Setup.start()
        let slides = try setup.file("drobi.pptx", bytes: 2_300_000)
        let notes = try setup.file("zametki.txt", bytes: 1_000)
        try setup.share([slides, notes])
        // The second chunk of the slides reaches the server, but the answer is lost.
        setup.proxy.inject(.dropResponse, whenPathContains: "offset=\(ResourceLimits.chunkBytes)")
        var firstTry: (any Error)?
        do { _ = try await setup.sync() } catch { firstTry = error }
        let afterCut = try setup.store.outboxEntries().map(\.item.state)
        setup.proxy.resetCounts()
        _ = try await setup.sync()
        let puts = setup.proxy.exchanges.filter { $0.method == "PUT" }.count
        let stored = try setup.server.database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT title, json_array_length(files) AS files, topicID FROM resource")
        }
        let left = try setup.store.outboxEntries()
        let pending = try setup.store.pendingFile(sha256: slides.entry.sha256)
        await setup.stop()
        #expect(firstTry is SyncError)
        #expect(afterCut == [.pending], "the write waits for its files")
        #expect(puts == 2, "the slides' last chunk and the notes; the two chunks the server took are not sent again")
        #expect(stored?["title"] == "Презентация: дроби" && stored?["files"] == 2 && stored?["topicID"] != nil)
        #expect(left.isEmpty && pending == nil)
        #expect(setup.server.database.files.contains(slides.entry.sha256) && setup.server.database.files.contains(notes.entry.sha256))
    }

    @Test func aFileOverTheServersLimitLeavesTheWriteNotSentWithTheLimit() async throws {
        let setup = try await Setup.start(maximumFileBytes: 1 << 20)
        try setup.share([try setup.file("video.mp4", bytes: 1_500_000)], title: "Запись урока")
        try setup.share([try setup.file("plan.txt", bytes: 500)], title: "План урока")
        _ = try await setup.sync()
        let entries = try setup.store.outboxEntries()
        let titles = try await setup.server.database.writer.read { db in try String.fetchAll(db, sql: "SELECT title FROM resource") }
        await setup.stop()
        #expect(entries.map(\.item.state) == [.notSent])
        #expect(entries.first?.context == "Запись урока")
        #expect(entries.first?.item.message == "This server takes files of up to 1.0 MB; this one has 1.4 MB.")
        #expect(titles == ["План урока"], "the write after it still goes")
    }

    @Test func aFileChangedSinceItWasChosenLeavesTheWriteNotSent() async throws {
        let setup = try await Setup.start()
        let plan = try setup.file("plan.txt", bytes: 5_000)
        try setup.share([plan])
        try Data("другой текст".utf8).write(to: URL(fileURLWithPath: plan.pending.path))
        _ = try await setup.sync()
        let entries = try setup.store.outboxEntries()
        await setup.stop()
        #expect(entries.map(\.item.state) == [.notSent])
        #expect(entries.first?.item.message?.contains("changed or was removed since it was chosen") == true)
    }
}
