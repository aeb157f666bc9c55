import Foundation
import Testing

/// The feed in the real client: it is the pane the client opens on; after another member replies
/// to the demo user over the protocol, the next sync puts the reply at the top, above the "before
/// your last visit" rule, and `Enter` opens it in its thread.
@Suite(.serialized) struct FeedEndToEndTests {
    /// Signs in as `username` over HTTP and pushes one reply, as any other client would.
    private func reply(as username: String, topicID: String, body: String, server url: String) async throws {
        let script = """
            import json, sys, urllib.request
            base, user, topic, body = sys.argv[1:5]
            def post(path, payload, token=None):
                request = urllib.request.Request(base + path, data=json.dumps(payload).encode(), method="POST",
                                                 headers={"Content-Type": "application/json", **({"Authorization": "Bearer " + token} if token else {})})
                return json.load(urllib.request.urlopen(request))
            token = post("/v1/login", {"username": user, "password": "demo"})["token"]
            page = post("/v1/sync", {"device": "e2e-" + user, "cursor": None, "limit": 1,
                                     "mutations": [{"sequence": 1, "clientID": "e2e-reply", "action": {"reply": {"topicID": int(topic), "body": body}}}]},
                        token)
            print(page["results"][0]["outcome"])
            """
        let result = try await run("/usr/bin/python3", ["-c", script, url, username, topicID, body])
        guard result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "applied" else { throw E2EFailure("the reply: \(result.output)") }
    }

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
        try await reply(as: "olga.petrova", topicID: topic, body: words, server: url)

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
