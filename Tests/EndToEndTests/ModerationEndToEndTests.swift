import Foundation
import Testing

/// The review queue in the real clients: a teacher flags a post in a thread; a moderator, after a
/// sync, finds it first in the Moderation pane, opens it (with the posts around it), deletes the
/// post with a second `D`, and the server has the post deleted and the decision in its audit log.
/// Two moderators acting on one item at once: the second is told who was first; a third triages
/// offline and the decision applies when the server is back.
@Suite(.serialized) struct ModerationEndToEndTests {
    /// Logs a demo member into their own client folders and syncs; returns the environment.
    private func member(_ username: String, language: String, sandbox: Sandbox, url: String) async throws -> [String: String] {
        let environment = sandbox.environment(["XDG_DATA_HOME": sandbox.path + "/\(username)-data",
                                               "XDG_CONFIG_HOME": sandbox.path + "/\(username)-config", "LANG": language])
        let login = try await run(Binaries.client, ["login", "--server", url, "--user", username, "--password-file", sandbox.path + "/password"],
                                  environment: environment)
        guard login.status == 0 else { throw E2EFailure("login of \(username) failed: \(login.output)") }
        #expect(try await run(Binaries.client, ["sync"], environment: environment).status == 0)
        return environment
    }

    /// The teacher flags a post of someone else's in each of the first `count` topics of the first forum.
    private func flagPosts(_ count: Int, in teacher: TmuxSession) async throws {
        try await teacher.waitFor("Forums", "synced at")
        try teacher.send("F2", "Enter")
        try await teacher.waitFor("Repl.", "Author")
        for topic in 0..<count {
            try teacher.send("j")
            try teacher.send("Enter")
            try await teacher.waitFor("post 1 of")
            var moves = 0
            repeat {
                try teacher.send("n")
                moves += 1
                try await Task.sleep(for: .milliseconds(150))
            } while try teacher.capture().split(separator: "\n").first(where: { $0.hasPrefix(">") })?.contains("Анна Смирнова") != false && moves < 10
            try teacher.send("F")
            try await teacher.waitFor("Flag for moderators")
            try teacher.send("2", "Enter")
            try await teacher.waitFor("the flag goes to the moderators")
            if topic + 1 < count {
                try teacher.send("Escape")
                try await teacher.waitFor("Repl.", "Author")
            }
        }
    }

    @Test func aFlagReachesTheModeratorsQueueAndTheirDecisionReachesTheServer() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, url, database, anna) = try await demoServerWithAnnaLoggedIn(sandbox)
        defer { server.stop() }
        #expect(try await run(Binaries.client, ["sync"], environment: anna).status == 0)
        let teacher = try TmuxSession([Binaries.client], environment: anna, columns: 80, rows: 24, folder: sandbox.path)
        try await teacher.waitFor("Forums", "synced at")
        try teacher.send("F2", "Enter")
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

    @Test func twoModeratorsOnOneItemTheSecondIsToldWhoWasFirstAndAThirdTriagesOffline() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        var (server, url, database, anna) = try await demoServerWithAnnaLoggedIn(sandbox)
        let port = Int(url.split(separator: ":").last!)!
        #expect(try await run(Binaries.client, ["sync"], environment: anna).status == 0)
        let teacher = try TmuxSession([Binaries.client], environment: anna, columns: 80, rows: 24, folder: sandbox.path)
        try await flagPosts(2, in: teacher)
        try teacher.send("q")
        #expect(try await teacher.waitForExit() == 0)
        #expect(try await run(Binaries.client, ["sync"], environment: anna).status == 0)

        let marinaEnvironment = try await member("marina.volkova", language: "ru_RU.UTF-8", sandbox: sandbox, url: url)
        let jamesEnvironment = try await member("james.okafor", language: "en_GB.UTF-8", sandbox: sandbox, url: url)
        let dmitryEnvironment = try await member("dmitry.lebedev", language: "en_GB.UTF-8", sandbox: sandbox, url: url)
        let marina = try TmuxSession([Binaries.client], environment: marinaEnvironment, columns: 80, rows: 24, folder: sandbox.path)
        let james = try TmuxSession([Binaries.client], environment: jamesEnvironment, columns: 80, rows: 24, folder: sandbox.path)
        try await marina.waitFor("Модерация F5", "синхронизировано в")
        try await james.waitFor("Moderation F5", "synced at")
        try marina.send("F5")
        try james.send("F5")
        try await marina.waitFor("Ждут решения: 2")
        try await james.waitFor("2 waiting")
        try marina.send("Enter")
        try james.send("Enter")
        try await marina.waitFor("Жалобы:", "Вокруг в теме:")
        try await james.waitFor("Flags:", "Around it in the topic:")
        try marina.send("H")
        try await marina.waitFor("Ждут решения: 1")
        try await marina.waitForAbsence(of: "ждёт отправки")
        try james.send("K")
        try await james.waitFor("not sent: Already handled by Марина Волкова: hide at ")
        try james.send("O")
        try await james.waitFor("already handled: keep")
        for session in [marina, james] {
            try session.send("q")
            #expect(try await session.waitForExit() == 0)
        }

        server.stop()
        let dmitry = try TmuxSession([Binaries.client], environment: dmitryEnvironment, columns: 80, rows: 24, folder: sandbox.path)
        try await dmitry.waitFor("Moderation F5")
        try dmitry.send("F5")
        try await dmitry.waitFor("2 waiting")
        try await dmitry.waitFor("offline since")
        // Both items, the one Марина decided after this client last synced, and the other.
        for left in ["1 waiting", "0 waiting"] {
            try dmitry.send("Enter")
            try await dmitry.waitFor("Flags:")
            try dmitry.send("I")
            try await dmitry.waitFor("goes with the sync", left)
        }
        try dmitry.send("q")
        #expect(try await dmitry.waitForExit() == 0)

        (server, url) = try await startServer(database: database, port: port)
        defer { server.stop() }
        #expect(try await run(Binaries.client, ["sync"], environment: dmitryEnvironment).status == 0)
        let back = try TmuxSession([Binaries.client], environment: dmitryEnvironment, columns: 80, rows: 24, folder: sandbox.path)
        try await back.waitFor("Moderation F5")
        try back.send("F5")
        try await back.waitFor("0 waiting")
        try back.send("O")
        try await back.waitFor("applied: ignore", "already handled: ignore", "Already handled by Марина Волкова")
        try back.send("q")
        #expect(try await back.waitForExit() == 0)
        let decisions = try await run("/usr/bin/sqlite3", [database, """
            SELECT auditEntry.itemID || ' ' || auditEntry.action || ' ' || user.username FROM auditEntry JOIN user ON user.id = auditEntry.moderatorID
            ORDER BY auditEntry.id
            """]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let items = try await run("/usr/bin/sqlite3", [database, "SELECT status FROM reviewItem ORDER BY id"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let whoDidWhat: [String] = decisions.split(separator: "\n").map { line in line.split(separator: " ").dropFirst().joined(separator: " ") }
        #expect(whoDidWhat == ["hide marina.volkova", "ignore dmitry.lebedev"], "james's keep was refused; dmitry's offline decision applied")
        #expect(items.split(separator: "\n").sorted() == ["approved", "ignored"])
    }
}
