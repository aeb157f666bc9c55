import Foundation
import Testing

/// People and mentoring in the real client, and the network's pulse from the command line: a
/// teacher finds a mentor in the directory and asks for mentoring; the mentor accepts over the
/// protocol; after a sync the teacher sees the pairing and opens the pair's private thread.
@Suite(.serialized) struct PeopleEndToEndTests {
    @Test func aTeacherAsksAMentorFoundInTheDirectoryAndOpensThePairsThread() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, url, database, anna) = try await demoServerWithAnnaLoggedIn(sandbox)
        defer { server.stop() }
        #expect(try await run(Binaries.client, ["sync"], environment: anna).status == 0)
        let client = try TmuxSession([Binaries.client], environment: anna, columns: 100, rows: 30, folder: sandbox.path)
        try await client.waitFor("Feed", "synced at")
        try client.send("F7")
        try await client.waitFor("12 members", "Анна Смирнова")
        try client.send("/")
        try client.send("ольга")
        try client.send("Enter")
        try await client.waitFor("1 member", "Ольга Петрова")
        try client.send("Enter")
        try await client.waitFor("(@olga.petrova)", "Русский язык, Литература", "Двадцать лет в школе")
        try client.send("m")
        try await client.waitFor("Ask Ольга Петрова to mentor you")
        try client.send("Литература")
        try client.send("Tab")
        try client.send("5")
        try client.send("Tab")
        try client.send("Как вести читательский дневник в пятом классе?")
        try client.send("C-s")
        try await client.waitFor("the request goes with the next sync")
        try client.send("r")
        let asked = try await waitForRow(database, """
            SELECT mentorship.id FROM mentorship JOIN user ON user.id = mentorship.menteeID
            WHERE user.username = 'anna.smirnova' AND mentorship.status = 'requested' AND mentorship.subject = 'Литература'
            """)
        #expect(try await pushAsDemoMember("olga.petrova", action: #"{"answerMentorship": {"mentorshipID": \#(asked), "accept": true}}"#,
                                           server: url) == "applied")
        try client.send("Escape")
        try await client.waitFor("1 member", "Search: ольга")
        try client.send("r")
        try client.send("M")
        try await client.waitFor("active · Анна Смирнова → Ольга Петрова · Литература, grade 5")
        try client.send("Enter")
        try await client.waitFor("Как вести читательский дневник в пятом классе?", "Литература · 5")
        try client.send("q")
        #expect(try await client.waitForExit() == 0)
    }

    @Test func theNetworksPulseIsForCoordinatorsAsTextOrCSV() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, url, _, anna) = try await demoServerWithAnnaLoggedIn(sandbox)
        defer { server.stop() }
        let refused = try await run(Binaries.client, ["stats"], environment: anna)
        #expect(refused.status != 0 && refused.output.contains("coordinators"), "\(refused.output)")
        try "demo\n".write(toFile: sandbox.path + "/password", atomically: true, encoding: .utf8)
        let login = try await run(Binaries.client, ["login", "--server", url, "--user", "marina.volkova", "--password-file", sandbox.path + "/password"],
                                  environment: anna)
        #expect(login.status == 0, "\(login.output)")
        let text = try await run(Binaries.client, ["stats", "--weeks", "4", "--lang", "en"], environment: anna)
        #expect(text.status == 0, "\(text.output)")
        #expect(text.output.contains("4 weeks from") && text.output.contains("of 12 active") && text.output.contains("Forums: posts week by week"),
                "\(text.output)")
        let csv = try await run(Binaries.client, ["stats", "pulse", "--csv"], environment: anna)
        let rows = csv.output.components(separatedBy: "\r\n")
        #expect(csv.status == 0 && rows.first == "figure,kind,name,period,value", "\(csv.output)")
        #expect(rows.contains { $0.hasPrefix("members,network,,") && $0.hasSuffix(",12") })
        #expect(rows.contains { $0.hasPrefix("topics,mentoring,Наставничество · Mentoring,") }, "the demo pair's forum is summed as mentoring")
    }

    /// Polls the server's database until `query` returns a row (the client's sync is on its way).
    private func waitForRow(_ database: String, _ query: String) async throws -> String {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let value = try await run("/usr/bin/sqlite3", [database, query]).output.trimmingCharacters(in: .whitespacesAndNewlines)
            if !value.isEmpty { return value }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw E2EFailure("no row for: \(query)")
    }
}
