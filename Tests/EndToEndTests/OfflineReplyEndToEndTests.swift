import Foundation
import Testing

/// Writing while the server is away: the reply waits in the outbox across a restart of the
/// client and arrives exactly once when the server is back.
@Suite(.serialized) struct OfflineReplyEndToEndTests {
    private func count(_ body: String, in database: String) async throws -> String {
        try await run("/usr/bin/sqlite3", [database, "SELECT COUNT(*) FROM post WHERE body = '\(body)'"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func aReplyWrittenWhileTheServerIsDownIsDeliveredOnceWhenItIsBack() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let database = sandbox.path + "/server.sqlite"
        #expect(try await run(Binaries.server, ["seed-demo", "--db", database]).status == 0)
        var (server, url) = try await startServer(database: database)
        let port = Int(url.split(separator: ":").last!)!
        let environment = sandbox.environment()
        try "demo\n".write(toFile: sandbox.path + "/password", atomically: true, encoding: .utf8)
        #expect(try await run(Binaries.client, ["login", "--server", url, "--user", "anna.smirnova", "--password-file",
                                          sandbox.path + "/password"], environment: environment).status == 0)
        #expect(try await run(Binaries.client, ["sync"], environment: environment).status == 0)

        let reply = "Ответ из электрички: план урока подходит, спасибо!"
        let first = try TmuxSession([Binaries.client, "--lang", "ru"], environment: environment, columns: 100, rows: 30,
                                    folder: sandbox.path)
        try await first.waitFor("Форумы", "синхронизировано в")
        try first.send("F2", "Enter")
        try await first.waitFor("Автор", "Последнее")
        try first.send("Enter")
        try await first.waitFor("сообщение")
        server.stop()
        try first.send("a")
        try await first.waitFor("Ответ в теме")
        try first.send("-l", reply)
        try first.send("C-s")
        try await first.waitFor("ждёт отправки")
        try await first.waitFor("нет связи с")
        try first.send("q")
        #expect(try await first.waitForExit() == 0)
        #expect(try await count(reply, in: database) == "0")

        (server, url) = try await startServer(database: database, port: port)
        defer { server.stop() }
        let second = try TmuxSession([Binaries.client, "--lang", "ru"], environment: environment, columns: 100, rows: 30,
                                     folder: sandbox.path)
        try await second.waitFor("Форумы", "синхронизировано в")
        // The outbox empties with the first sync.
        try await second.waitForAbsence(of: "ждёт отправки")
        try second.send("r")
        try await second.waitFor("синхронизировано в")
        try second.send("q")
        #expect(try await second.waitForExit() == 0)
        #expect(try await count(reply, in: database) == "1", "delivered exactly once")
    }
}
