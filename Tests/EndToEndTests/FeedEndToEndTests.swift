import Foundation
import Testing

/// The feed in the real client: it is the pane the client opens on; after another member replies
/// to the demo user over the protocol, the next sync puts the reply at the top, above the "before
/// your last visit" rule, and `Enter` opens it in its thread.
@Suite(.serialized) struct FeedEndToEndTests {
    @Test func aReplyToTheMemberTopsTheFeedAboveTheLastVisitAndOpensInItsThread() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, url, database, anna) = try await demoServerWithAnnaLoggedIn(sandbox)
        defer { server.stop() }
        #expect(try await run(Binaries.client, ["sync"], environment: anna).status == 0)
        let first = try TmuxSession([Binaries.client], environment: anna, columns: 100, rows: 30, folder: sandbox.path)
        try await first.waitFor("Feed", "synced at", "replied in")
        try first.send("q")
        #expect(try await first.waitForExit() == 0)

        let topic = try await run("/usr/bin/sqlite3", [database, """
            SELECT post.topicID FROM post JOIN user ON user.id = post.authorID WHERE user.username = 'anna.smirnova' ORDER BY post.id DESC LIMIT 1
            """]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let words = "Thank you, Anna: it worked with my fourth graders"
        let action = #"{"reply": {"topicID": \#(topic), "body": "\#(words)"}}"#
        #expect(try await pushAsDemoMember("olga.petrova", action: action, server: url) == "applied")

        let second = try TmuxSession([Binaries.client], environment: anna, columns: 100, rows: 30, folder: sandbox.path)
        // At 100 columns the row shows the reply's first words.
        let screen = try await second.waitFor("Ольга Петрова replied in", "Thank you, An", "before your last visit")
        let lines = screen.split(separator: "\n").map(String.init)
        let replyLine = lines.firstIndex { $0.contains("Thank you, An") }
        let rule = lines.firstIndex { $0.contains("before your last visit") }
        #expect(replyLine != nil && rule != nil && replyLine! < rule!, "the reply stands above the rule:\n\(screen)")
        #expect(lines[replyLine!].hasPrefix(">"), "and the cursor is on it")
        try second.send("Enter")
        try await second.waitFor(words, "Ольга Петрова ·")
        try second.send("Escape")
        try await second.waitFor("before your last visit")
        try second.send("q")
        #expect(try await second.waitForExit() == 0)
    }
}
