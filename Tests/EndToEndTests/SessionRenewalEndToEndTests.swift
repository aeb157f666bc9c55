import Foundation
import Testing

/// The server forgets the session while the interface is open: the client asks for the password
/// over the screen, and a reply written meanwhile goes out once the member is logged in again.
@Suite(.serialized) struct SessionRenewalEndToEndTests {
    @Test func anEndedSessionIsRenewedInPlaceAndTheReplyStillGoesOut() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, _, database, environment) = try await demoServerWithAnnaLoggedIn(sandbox)
        defer { server.stop() }

        let session = try TmuxSession([Binaries.client], environment: environment, columns: 100, rows: 30, folder: sandbox.path)
        try await session.waitFor("Forums", "synced at")
        let reply = "Reply written while the session had ended"
        try session.send("F2", "Enter")
        try await session.waitFor("Author", "Last")
        try session.send("Enter")
        try await session.waitFor("post 1 of")
        try session.send("a")
        try await session.waitFor("Reply to")
        // The session ends while the reply is being written: no prompt may take its keys.
        #expect(try await run("/usr/bin/sqlite3", [database, "DELETE FROM session"]).status == 0)
        try session.send("-l", reply)
        try session.send("C-s")
        let asked = try await session.waitFor("The server ended your session", "Password for anna.smirnova@",
                                              "waiting; nothing is lost.")
        #expect(!asked.contains("synced at"))
        try session.send("-l", "wrong")
        try session.send("Enter")
        try await session.waitFor("wrong username or password")
        try session.send("-l", "demo")
        try session.send("Enter")
        try await session.waitFor("logged in again")
        try session.send("j")
        let synced = try await session.waitFor("synced at")
        #expect(!synced.contains("waiting"), "the reply went out: \(synced)")
        let count = try await run("/usr/bin/sqlite3", [database, "SELECT COUNT(*) FROM post WHERE body = '\(reply)'"])
        #expect(count.output.trimmingCharacters(in: .whitespacesAndNewlines) == "1", "the reply arrived once")
        try session.send("q")
        #expect(try await session.waitForExit() == 0)
    }
}
