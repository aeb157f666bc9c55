import Foundation
import Testing

/// Calendar files in and out of the real binaries: a network's export imported into another
/// network comes out the same, and a member's subscription address serves their calendar to a
/// program without an account until they make a new one.
@Suite(.serialized) struct CalendarFilesEndToEndTests {
    /// Each VEVENT of a file as `SUMMARY|start|end|RRULE|LOCATION|description after the organizer|category|grades|capacity`,
    /// times as UTC seconds, read by Python's `icalendar`.
    private static let describe = """
        import sys, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        for e in cal.walk('VEVENT'):
            if 'RECURRENCE-ID' in e or str(e.get('STATUS')) == 'CANCELLED': continue
            rule = e.get('RRULE').to_ical().decode() if 'RRULE' in e else ''
            text = str(e.get('DESCRIPTION', '')).split('\\n\\n', 1)[-1]
            print('|'.join([str(e['SUMMARY']), str(int(e['DTSTART'].dt.timestamp())), str(int(e['DTEND'].dt.timestamp())), rule,
                            str(e.get('LOCATION', '')), text.replace('\\n', ' '), str(e.get('CATEGORIES').to_ical().decode()),
                            str(e.get('X-STAFFROOM-GRADES', '')), str(e.get('X-STAFFROOM-CAPACITY', ''))]))
        """

    private func events(in file: String) async throws -> Set<String> {
        let read = try await run("/usr/bin/python3", ["-c", Self.describe, file])
        guard read.status == 0 else { throw E2EFailure("python could not read \(file): \(read.output)") }
        return Set(read.output.split(separator: "\n").map(String.init))
    }

    @Test func aNetworksExportImportedIntoAnotherComesOutTheSame() async throws {
        let first = try Sandbox()
        let second = try Sandbox()
        defer { first.remove(); second.remove() }
        let (demo, _, _, annaEnvironment) = try await demoServerWithAnnaLoggedIn(first)
        defer { demo.stop() }
        #expect(try await run(Binaries.client, ["sync"], environment: annaEnvironment).status == 0)
        let exported = first.path + "/network.ics"
        try await run(Binaries.client, ["events", "export"], environment: annaEnvironment).output
            .write(toFile: exported, atomically: true, encoding: .utf8)

        let database = second.path + "/other.sqlite"
        try "mentor-password\n".write(toFile: second.path + "/password", atomically: true, encoding: .utf8)
        let added = try await run(Binaries.server, ["user", "add", "--db", database, "--username", "lena", "--display-name", "Лена Ким",
                                                    "--role", "mentor", "--password-file", second.path + "/password"])
        #expect(added.status == 0, "\(added.output)")
        let (other, url) = try await startServer(database: database)
        defer { other.stop() }
        let lena = second.environment(["LANG": "ru_RU.UTF-8"])
        #expect(try await run(Binaries.client, ["login", "--server", url, "--user", "lena", "--password-file", second.path + "/password"],
                              environment: lena).status == 0)
        let imported = try await run(Binaries.client, ["events", "import", exported], environment: lena)
        #expect(imported.status == 0, "\(imported.output)")
        #expect(imported.output.contains("пропущено: Безопасность в сети для младших школьников — отменено"))
        #expect(imported.output.contains("пропущено: Итоги школьного этапа олимпиады — The event would already be over."))
        #expect(imported.output.contains("в исходящих: 11"), "\(imported.output)")
        #expect(try await run(Binaries.client, ["sync"], environment: lena).status == 0)
        let again = try await run(Binaries.client, ["events", "import", exported], environment: lena)
        #expect(again.output.contains("в исходящих: 11"), "another network's file is not recognised as this one's")
        let roundTrip = second.path + "/round-trip.ics"
        try await run(Binaries.client, ["events", "export", "--mine"], environment: lena).output
            .write(toFile: roundTrip, atomically: true, encoding: .utf8)

        let original = try await events(in: exported).filter { !$0.hasPrefix("Итоги школьного этапа олимпиады|") }
        let back = try await events(in: roundTrip)
        #expect(original.count == 11)
        #expect(back == original, "only in the original: \(original.subtracting(back)); only after: \(back.subtracting(original))")
    }

    @Test func theSubscriptionAddressServesTheMembersCalendarUntilANewOneIsMade() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, url, _, environment) = try await demoServerWithAnnaLoggedIn(sandbox)
        defer { server.stop() }
        #expect(try await run(Binaries.client, ["sync"], environment: environment).status == 0)
        let subscribe = try await run(Binaries.client, ["events", "subscribe"], environment: environment)
        let address = subscribe.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(subscribe.status == 0 && address.hasPrefix(url + "/v1/calendars/") && address.hasSuffix(".ics"), "\(subscribe.output)")
        let asked = try await run(Binaries.client, ["events", "subscribe"], environment: environment)
        #expect(asked.output.trimmingCharacters(in: .whitespacesAndNewlines) == address, "the same address until a new one is asked for")
        let fetch = """
            import sys, urllib.request, urllib.error
            try:
                open(sys.argv[2], 'wb').write(urllib.request.urlopen(sys.argv[1]).read())
                print(200)
            except urllib.error.HTTPError as error:
                print(error.code)
            """
        let served = sandbox.path + "/served.ics"
        #expect(try await run("/usr/bin/python3", ["-c", fetch, address, served]).output.hasPrefix("200"))
        let mine = sandbox.path + "/mine.ics"
        try await run(Binaries.client, ["events", "export", "--mine"], environment: environment).output
            .write(toFile: mine, atomically: true, encoding: .utf8)
        let servedEvents = try await events(in: served)
        let exportedEvents = try await events(in: mine)
        #expect(!servedEvents.isEmpty && servedEvents == exportedEvents, "the address serves what export --mine writes")

        let renewed = try await run(Binaries.client, ["events", "subscribe", "--new"], environment: environment)
        let newAddress = renewed.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(newAddress != address && newAddress.hasPrefix(url + "/v1/calendars/"))
        #expect(try await run("/usr/bin/python3", ["-c", fetch, address, served]).output.hasPrefix("404"), "the old address is gone")
        #expect(try await run("/usr/bin/python3", ["-c", fetch, newAddress, served]).output.hasPrefix("200"))
    }
}
