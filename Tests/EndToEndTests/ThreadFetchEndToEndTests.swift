import Foundation
import Testing

/// A thread listed before its posts have come is opened: its posts are fetched at once and shown.
@Suite(.serialized) struct ThreadFetchEndToEndTests {
    @Test func aThreadWhosePostsHaveNotComeIsFetchedWhenOpened() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, _, _, environment) = try await demoServerWithAnnaLoggedIn(sandbox)
        defer { server.stop() }
        #expect(try await run(Binaries.client, ["sync"], environment: environment).status == 0)
        // The state a budget or a first sync on a slow link leaves: the forum's topics are listed,
        // their posts have not come yet (and the cursor is past them).
        let store = sandbox.path + "/data/staffroom/staffroom.sqlite"
        #expect(try await run("/usr/bin/sqlite3", [store, "DELETE FROM post WHERE topicID IN (SELECT id FROM topic WHERE forumID = 1)"])
            .status == 0)

        let session = try TmuxSession([Binaries.client], environment: environment, columns: 100, rows: 30, folder: sandbox.path)
        try await session.waitFor("Forums", "synced at")
        try session.send("F2", "Enter")
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
