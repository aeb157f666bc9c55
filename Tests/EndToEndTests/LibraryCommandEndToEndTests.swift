import Foundation
import Testing

/// The library from the command line: `staffroom library upload` shares a file (or queues it while
/// the server is away), and `staffroom sync` fetches the files of resources kept offline.
@Suite(.serialized) struct LibraryCommandEndToEndTests {
    @Test func anUploadQueuedWhileTheServerIsAwayIsSharedByTheNextSync() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        var (server, url, database, environment) = try await demoServerWithAnnaLoggedIn(sandbox)
        let port = Int(url.split(separator: ":").last!)!
        let path = sandbox.path + "/kartochki.txt"
        try String(repeating: "Карточка: 7 + 5 = ?\n", count: 4_000).write(toFile: path, atomically: true, encoding: .utf8)
        server.stop()
        let queued = try await run(Binaries.client, ["library", "upload", path, "--title", "Карточки устного счёта", "--type", "worksheet",
                                                     "--grade", "2", "--subject", "математика"], environment: environment)
        #expect(queued.status == 75, "queued, the server could not be reached: \(queued.output)")
        #expect(queued.output.contains("waits in the outbox"))
        (server, url) = try await startServer(database: database, port: port)
        defer { server.stop() }
        let synced = try await run(Binaries.client, ["sync"], environment: environment)
        #expect(synced.status == 0, "\(synced.output)")
        let stored = try await run("/usr/bin/sqlite3", [database, """
            SELECT resource.grades || '|' || json_extract(resource.files, '$[0].size') || '|' || user.username
            FROM resource JOIN user ON user.id = resource.authorID WHERE resource.title = 'Карточки устного счёта'
            """]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        #expect(stored == "[2]|\(size)|anna.smirnova")
    }

    @Test func aResourceKeptOfflineIsFetchedByAHeadlessSync() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, _, database, environment) = try await demoServerWithAnnaLoggedIn(sandbox)
        defer { server.stop() }
        #expect(try await run(Binaries.client, ["sync"], environment: environment).status == 0)
        let store = sandbox.path + "/data/staffroom/staffroom.sqlite"
        _ = try await run("/usr/bin/sqlite3", [store, """
            INSERT INTO offlineResource (resourceID) SELECT id FROM resource WHERE title LIKE 'Урок окружающего мира%'
            """])
        let synced = try await run(Binaries.client, ["sync"], environment: environment.merging(["XDG_DOWNLOAD_DIR": sandbox.path + "/lessons"]) { $1 })
        #expect(synced.status == 0, "\(synced.output)")
        #expect(synced.output.contains("krugovorot-vody-plan.md"))
        let onDisk = try await run("/usr/bin/sha256sum", [sandbox.path + "/lessons/krugovorot-vody-plan.md"]).output.prefix(64)
        let catalogue = try await run("/usr/bin/sqlite3", [database, """
            SELECT json_extract(files, '$[0].sha256') FROM resource WHERE title LIKE 'Урок окружающего мира%'
            """]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(String(onDisk) == catalogue)
        let again = try await run(Binaries.client, ["sync"], environment: environment.merging(["XDG_DOWNLOAD_DIR": sandbox.path + "/lessons"]) { $1 })
        #expect(!again.output.contains("krugovorot-vody-plan.md"), "a file on disk is not fetched again")
    }
}
