import Foundation
import Testing

/// `staffroomd` serving a seeded database, and the client's `login`, `sync` and interface against it.
@Suite(.serialized) struct CommandLineEndToEndTests {
    @Test func anAdminSeedsAServerAndATeacherLogsInSyncsAndReads() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let database = sandbox.path + "/server.sqlite"
        let seeded = try await run(Binaries.server, ["seed-demo", "--db", database])
        #expect(seeded.status == 0, "\(seeded.output)")
        try "a-long-enough-password\n".write(toFile: sandbox.path + "/password", atomically: true, encoding: .utf8)
        let added = try await run(Binaries.server, ["user", "add", "--db", database, "--username", "tatiana.belova",
                                              "--display-name", "Татьяна Белова", "--role", "teacher",
                                              "--password-file", sandbox.path + "/password"])
        #expect(added.status == 0 && added.output.contains("Created tatiana.belova (teacher)"), "\(added.output)")
        let duplicate = try await run(Binaries.server, ["user", "add", "--db", database, "--username", "tatiana.belova",
                                                  "--display-name", "Другая", "--password-file", sandbox.path + "/password"])
        #expect(duplicate.status != 0 && duplicate.output.contains("taken"))

        let (server, url) = try await startServer(database: database)
        defer { server.stop() }
        let environment = sandbox.environment(["LANG": "en_GB.UTF-8"])

        try "wrong\n".write(toFile: sandbox.path + "/wrong", atomically: true, encoding: .utf8)
        let refused = try await run(Binaries.client, ["login", "--server", url, "--user", "tatiana.belova",
                                                "--password-file", sandbox.path + "/wrong"], environment: environment)
        #expect(refused.status != 0 && refused.output.contains("wrong username or password"), "\(refused.output)")

        let login = try await run(Binaries.client, ["login", "--server", url, "--user", "tatiana.belova",
                                              "--password-file", sandbox.path + "/password"], environment: environment)
        #expect(login.status == 0 && login.output.contains("Logged in as Татьяна Белова"), "\(login.output)")
        let config = try String(contentsOfFile: sandbox.path + "/config/staffroom/config.toml", encoding: .utf8)
        #expect(config.contains("user = \"tatiana.belova\""))
        #expect(FileManager.default.fileExists(atPath: sandbox.path + "/data/staffroom/staffroom.sqlite"))

        let prompt = try TmuxSession([Binaries.client, "login", "--server", url, "--user", "tatiana.belova"],
                                     environment: environment, folder: sandbox.path)
        try await prompt.waitFor("Password for tatiana.belova:")
        try prompt.send("-l", "a-long-enough-password")
        try prompt.send("Enter")
        let answered = try await prompt.waitFor("Logged in as Татьяна Белова")
        #expect(!answered.contains("a-long-enough"), "the password was not echoed")
        #expect(try await prompt.waitForExit() == 0)

        let cancelled = try TmuxSession([Binaries.client, "login", "--server", url, "--user", "tatiana.belova"],
                                        environment: environment, folder: sandbox.path)
        try await cancelled.waitFor("Password for tatiana.belova:")
        try cancelled.send("-l", "half")
        try cancelled.send("C-c")
        #expect(try await cancelled.waitForExit() == 130)

        let sync = try await run(Binaries.client, ["sync"], environment: environment)
        #expect(sync.status == 0 && sync.output.contains("Synced:"), "\(sync.output)")
        let again = try await run(Binaries.client, ["sync"], environment: environment)
        #expect(again.output.contains("Synced: 0 changes."), "\(again.output)")
        let digest = try await run(Binaries.client, ["digest", "--since", "60d"], environment: environment)
        #expect(digest.status == 0 && digest.output.hasPrefix("Staffroom digest · ") && digest.output.contains("\nForums\n") && digest.output.contains("\n  Primary Maths Lab: "),
                "\(digest.output)")
        let badStart = try await run(Binaries.client, ["digest", "--since", "soon"], environment: environment)
        #expect(badStart.status != 0 && badStart.output.contains("--since must be like 24h, 7d, 2w or 2026-11-01."))

        let session = try TmuxSession([Binaries.client], environment: environment, columns: 100, rows: 30, folder: sandbox.path)
        try await session.waitFor("Feed", "tatiana.belova@127.0.0.1")
        try session.send("F2")
        try await session.waitFor("Primary Maths Lab")
        try session.send("j", "Enter")
        try await session.waitFor("Forums › Primary Maths Lab", "Author")
        try session.send("q")
        #expect(try await session.waitForExit() == 0)
    }

    @Test func withoutALoginTheClientSaysWhatToDo() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let open = try await run(Binaries.client, [], environment: sandbox.environment(["LANG": "ru_RU.UTF-8"]))
        #expect(open.status != 0)
        #expect(open.output.contains("вход не выполнен: staffroom login"), "\(open.output)")
        #expect(open.output.contains("staffroom demo"))
        let sync = try await run(Binaries.client, ["sync", "--lang", "en"], environment: sandbox.environment())
        #expect(sync.status == 77 && sync.output.contains("not logged in"), "\(sync.output)")
    }
}
