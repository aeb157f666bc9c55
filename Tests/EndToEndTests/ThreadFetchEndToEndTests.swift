import Foundation
import Testing

/// A thread listed before its posts have come is opened: its posts are fetched at once and shown.
@Suite(.serialized) struct ThreadFetchEndToEndTests {
    @Test func aThreadWhosePostsHaveNotComeIsFetchedWhenOpened() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let database = sandbox.path + "/server.sqlite"
        #expect(try await run(Binaries.server, ["seed-demo", "--db", database]).status == 0)
        let (server, url) = try await startServer(database: database)
        defer { server.stop() }
        let environment = sandbox.environment(["LANG": "en_GB.UTF-8"])
        try "demo\n".write(toFile: sandbox.path + "/password", atomically: true, encoding: .utf8)
        #expect(try await run(Binaries.client, ["login", "--server", url, "--user", "anna.smirnova", "--password-file",
                                                sandbox.path + "/password"], environment: environment).status == 0)
        #expect(try await run(Binaries.client, ["sync"], environment: environment).status == 0)
        // The state a budget or a first sync on a slow link leaves: the forum's topics are listed,
        // their posts have not come yet (and the cursor is past them).
        let store = sandbox.path + "/data/staffroom/staffroom.sqlite"
        #expect(try await run("/usr/bin/sqlite3", [store, "DELETE FROM post WHERE topicID IN (SELECT id FROM topic WHERE forumID = 1)"])
            .status == 0)

        let session = try TmuxSession([Binaries.client], environment: environment, columns: 100, rows: 30, folder: sandbox.path)
        try await session.waitFor("Forums", "synced at")
        try session.send("Enter")
        try await session.waitFor("Author", "Last")
        try session.send("Enter")
        let thread = try await session.waitFor("post 1 of", "Анна Смирнова")
        #expect(!thread.contains("could not fetch"), "\(thread)")
        let count = try await run("/usr/bin/sqlite3", [store, "SELECT COUNT(*) FROM post WHERE topicID IN (SELECT id FROM topic WHERE forumID = 1)"])
        #expect(Int(count.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 0, "the opened thread's posts were fetched")
        try session.send("q")
        #expect(try await session.waitForExit() == 0)
    }
}
