import Foundation
import Testing

/// The review queue in the real clients: a teacher flags a post in a thread; a moderator, after a
/// sync, finds it first in the Moderation pane, opens it (with the posts around it), deletes the
/// post with a second `D`, and the server has the post deleted and the decision in its audit log.
@Suite(.serialized) struct ModerationEndToEndTests {
    @Test func aFlagReachesTheModeratorsQueueAndTheirDecisionReachesTheServer() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, url, database, anna) = try await demoServerWithAnnaLoggedIn(sandbox)
        defer { server.stop() }
        #expect(try await run(Binaries.client, ["sync"], environment: anna).status == 0)
        let teacher = try TmuxSession([Binaries.client], environment: anna, columns: 80, rows: 24, folder: sandbox.path)
        try await teacher.waitFor("Forums", "synced at")
        try teacher.send("Enter")
        try await teacher.waitFor("Repl.", "Author")
        try teacher.send("j", "Enter")
        try await teacher.waitFor("post 1 of")
        // On to a post someone else wrote (the current post's header is marked `>`).
        var moves = 0
        while try teacher.capture().split(separator: "\n").first(where: { $0.hasPrefix(">") })?.contains("Анна Смирнова") != false, moves < 10 {
            try teacher.send("n")
            moves += 1
            try await Task.sleep(for: .milliseconds(150))
        }
        try teacher.send("F")
        try await teacher.waitFor("Flag for moderators")
        try teacher.send("2", "Enter")
        try await teacher.waitFor("the flag goes to the moderators")
        try teacher.send("q")
        #expect(try await teacher.waitForExit() == 0)
        #expect(try await run(Binaries.client, ["sync"], environment: anna).status == 0)
        let flagged = try await run("/usr/bin/sqlite3", [database, "SELECT postID FROM flag"]).output.trimmingCharacters(in: .whitespacesAndNewlines)

        let marina = sandbox.environment(["XDG_DATA_HOME": sandbox.path + "/marina-data", "XDG_CONFIG_HOME": sandbox.path + "/marina-config",
                                          "LANG": "ru_RU.UTF-8"])
        let login = try await run(Binaries.client, ["login", "--server", url, "--user", "marina.volkova", "--password-file",
                                                    sandbox.path + "/password"], environment: marina)
        #expect(login.status == 0, "\(login.output)")
        #expect(try await run(Binaries.client, ["sync"], environment: marina).status == 0)
        let moderator = try TmuxSession([Binaries.client], environment: marina, columns: 80, rows: 24, folder: sandbox.path)
        try await moderator.waitFor("Модерация F5", "синхронизировано в")
        try moderator.send("F5")
        try await moderator.waitFor("Ждут решения: 1", "не по теме")
        try moderator.send("Enter")
        try await moderator.waitFor("Жалобы:", "Анна Смирнова: не по теме", "Вокруг в теме:")
        try moderator.send("D")
        try await moderator.waitFor("нажмите ещё раз, чтобы удалить сообщение")
        try moderator.send("D")
        try await moderator.waitFor("Ждут решения: 0")
        try await moderator.waitForAbsence(of: "ждёт отправки")
        try moderator.send("q")
        #expect(try await moderator.waitForExit() == 0)
        let decided = try await run("/usr/bin/sqlite3", [database, """
            SELECT post.deletedAt IS NOT NULL, reviewItem.status, auditEntry.action, user.username
            FROM reviewItem JOIN post ON post.id = reviewItem.postID JOIN auditEntry ON auditEntry.itemID = reviewItem.id
            JOIN user ON user.id = auditEntry.moderatorID WHERE reviewItem.postID = \(flagged)
            """]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(decided == "1|approved|delete|marina.volkova")
    }
}
