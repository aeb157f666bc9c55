import FaultProxy
import Foundation
import Testing

/// `staffroom sync` as scripts and cron see it: plain progress lines off a terminal, a bar on one,
/// and an exit status that tells "done", "offline" and "log in again" apart.
@Suite(.serialized) struct SyncCommandEndToEndTests {
    /// A seeded server behind a fault-injecting proxy, and a client logged in through the proxy.
    private func loggedIn(_ sandbox: Sandbox) async throws -> (server: ChildProcess, proxy: FaultProxy, environment: [String: String]) {
        let database = sandbox.path + "/server.sqlite"
        #expect(try await run(Binaries.server, ["seed-demo", "--db", database]).status == 0)
        let (server, url) = try await startServer(database: database)
        let proxy = try FaultProxy(upstreamPort: Int(url.split(separator: ":").last!)!)
        let environment = sandbox.environment(["LANG": "en_GB.UTF-8"])
        try "demo\n".write(toFile: sandbox.path + "/password", atomically: true, encoding: .utf8)
        let login = try await run(Binaries.client, ["login", "--server", proxy.url.absoluteString, "--user", "anna.smirnova",
                                                    "--password-file", sandbox.path + "/password"], environment: environment)
        #expect(login.status == 0, "\(login.output)")
        return (server, proxy, environment)
    }

    @Test func offATerminalProgressComesAsPlainLinesAndDoneIsZero() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, proxy, environment) = try await loggedIn(sandbox)
        defer { proxy.stop(); server.stop() }
        let sync = try await run(Binaries.client, ["sync"], environment: environment)
        #expect(sync.status == 0, "\(sync.output)")
        let lines = sync.output.split(separator: "\n")
        #expect(lines.last?.hasPrefix("Synced:") == true, "\(sync.output)")
        let final = try #require(lines.dropLast().last.map(String.init))
        #expect(final.range(of: #"^sync 100%: [0-9]+ pages? · [0-9.,]+ (B|KB|MB)"#, options: .regularExpression) != nil, "\(sync.output)")
        #expect(!sync.output.contains("\u{1B}"), "no terminal codes in a log")
    }

    @Test func onATerminalABarIsDrawnInPlace() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, proxy, environment) = try await loggedIn(sandbox)
        defer { proxy.stop(); server.stop() }
        let secondPage = Gate()
        proxy.inject(.pass, whenPathContains: "/v1/sync")
        proxy.inject(.hold(secondPage), whenPathContains: "/v1/sync")
        let session = try TmuxSession([Binaries.client, "sync", "--page-size", "400"], environment: environment,
                                      folder: sandbox.path)
        try await secondPage.arrival()
        let bar = try await session.waitFor("1 page", "left")
        #expect(bar.range(of: #"\[#+-+\] +[0-9]+% +1 page · [0-9.]+ KB · [0-9,]+ left"#, options: .regularExpression) != nil,
                "a part-filled bar after the first of two pages: \(bar)")
        secondPage.open()
        let done = try await session.waitFor("Synced:")
        #expect(!done.contains("pages ·"), "the bar was cleared when done: \(done)")
        #expect(try await session.waitForExit() == 0)
    }

    @Test func anUnreachableOrBusyServerExitsWithSeventyFive() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, proxy, environment) = try await loggedIn(sandbox)
        defer { proxy.stop(); server.stop() }
        proxy.inject(.answer(status: 503, reason: "Service Unavailable", headers: [("Retry-After", "3600")], body: ""),
                     whenPathContains: "/v1/sync")
        let sync = try await run(Binaries.client, ["sync"], environment: environment)
        #expect(sync.status == 75, "\(sync.output)")
        #expect(sync.output.contains("busy"), "\(sync.output)")
    }

    @Test func aRevokedSessionExitsWithSeventySevenAndKeepsTheWrites() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, proxy, environment) = try await loggedIn(sandbox)
        defer { proxy.stop(); server.stop() }
        proxy.inject(.answer(status: 401, reason: "Unauthorized", headers: [("Content-Type", "application/json")],
                             body: #"{"error":{"code":"unauthorized","message":"Log in again."}}"#),
                     whenPathContains: "/v1/sync")
        let sync = try await run(Binaries.client, ["sync"], environment: environment)
        #expect(sync.status == 77, "\(sync.output)")
        #expect(sync.output.contains("log in again") || sync.output.contains("session expired"), "\(sync.output)")
    }

    @Test func aBudgetStopsTheOlderContentAndTheNextRunFetchesTheRest() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, proxy, environment) = try await loggedIn(sandbox)
        defer { proxy.stop(); server.stop() }
        let limited = try await run(Binaries.client, ["sync", "--budget", "1KB", "--page-size", "100"], environment: environment)
        #expect(limited.status == 0, "\(limited.output)")
        #expect(limited.output.contains("Budget of 1.0 KB reached: 581 changes left to fetch"), "\(limited.output)")
        let bad = try await run(Binaries.client, ["sync", "--budget", "plenty"], environment: environment)
        #expect(bad.status != 0 && bad.output.contains("--budget must be a size"), "\(bad.output)")
        let rest = try await run(Binaries.client, ["sync"], environment: environment)
        #expect(rest.output.contains("Synced: 581 changes."), "\(rest.output)")
    }
}
