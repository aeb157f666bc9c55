import Foundation
import Testing

/// The Events pane in the real client: move to the day of an open lesson, answer "going" while the
/// server is away, sync when it is back, and see the place taken.
@Suite(.serialized) struct EventsEndToEndTests {
    private static let lesson = "Открытый урок: проектная неделя в 6 классе"

    @Test func anAnswerGivenOfflineTakesAPlaceAfterTheSync() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        var (server, url, database, environment) = try await demoServerWithAnnaLoggedIn(sandbox)
        let port = Int(url.split(separator: ":").last!)!
        let client = try await openEventsPane(sandbox, environment)

        // Below 100 columns the agenda starts at the selected day: move on a day at a time until
        // the lesson's day comes first.
        var days = 0
        while try !selectedAgendaEvent(client.capture()).contains("Открытый урок"), days < 15 {
            try client.send("l")
            days += 1
            try await Task.sleep(for: .milliseconds(150))
        }
        #expect(days >= 7, "the lesson is a week away or more, moved to day by day (\(days) days)")
        #expect(try selectedAgendaEvent(client.capture()).contains(Self.lesson))
        #expect(try client.capture().split(separator: "\n")[3].contains(Self.lesson), "first on its day")

        server.stop()
        try client.send("y")
        try await client.waitFor("иду (ждёт отправки)", "отправится при синхронизации")
        try client.send("Escape")
        try await client.waitFor("нет связи с")
        #expect(try await run("/usr/bin/sqlite3", [database, "SELECT COUNT(*) FROM rsvp WHERE userID = 1 AND response = 'going'"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines) == "1", "only the held seminar so far")

        (server, url) = try await startServer(database: database, port: port)
        defer { server.stop() }
        try client.send("r")
        try await client.waitForAbsence(of: "ждёт отправки")
        try client.send("Enter")
        try await client.waitFor("Ваш ответ: иду", "Места: занято 2 из 8")
        try client.send("q")
        #expect(try await client.waitForExit() == 0)
        let answer = try await run("/usr/bin/sqlite3", [database, """
            SELECT rsvp.response, rsvp.ticket IS NULL FROM rsvp JOIN user ON user.id = rsvp.userID JOIN event ON event.id = rsvp.eventID
            WHERE user.username = 'anna.smirnova' AND event.title = '\(Self.lesson)'
            """]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(answer == "going|1", "anna has a place on the server")
    }

    @Test func aTeacherProposesAnEventInTheFormAndSeesItAfterTheSync() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, _, database, environment) = try await demoServerWithAnnaLoggedIn(sandbox)
        defer { server.stop() }
        let client = try await openEventsPane(sandbox, environment)
        try client.send("l", "a")
        try await client.waitFor("Предложить событие", "Название")
        let title = "Мастерская: задачи на движение"
        try client.send(title, "Tab", "Tab", "Tab", "Tab", "Home", "C-k", "17:45")
        try client.send("Tab", "Tab", "Tab", "Tab", "Tab", "5-6, 8", "Tab", "0", "C-s")
        try await client.waitFor("!Мест", "мест 0: нужно от 1 до 10000 или пусто")
        try client.send("BSpace", "25", "C-s")
        try await client.waitFor("предложение уйдёт при синхронизации")
        try await client.waitFor(title, "предложено")
        try client.send("q")
        #expect(try await client.waitForExit() == 0)
        let stored = try await run("/usr/bin/sqlite3", [database, """
            SELECT event.status, user.username, event.capacity, event.grades FROM event JOIN user ON user.id = event.organizerID
            WHERE event.title = '\(title)'
            """]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(stored == "proposed|anna.smirnova|25|[5,6,8]", "the proposal is on the server, anna's, with the fixed capacity")
    }

    @Test func aTeacherBooksAFreeConsultationSlotWithAQuestionAndSeesItAfterTheSync() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, _, database, environment) = try await demoServerWithAnnaLoggedIn(sandbox)
        defer { server.stop() }
        let client = try await openEventsPane(sandbox, environment)
        try client.send("l", "l")
        try await client.waitFor("Консультация наставника")
        var steps = 0
        while try !selectedAgendaEvent(client.capture()).contains("Консультация наставника"), steps < 10 {
            try client.send("j")
            steps += 1
            try await Task.sleep(for: .milliseconds(150))
        }
        try client.send("Enter")
        try await client.waitFor("свободно", "занято", "Запись:")
        try client.send("b")
        try await client.waitFor("Вопрос:")
        let question = "Как вести журнал после больничного?"
        try client.send(question, "Enter")
        try await client.waitFor("запись уйдёт при синхронизации")
        try await client.waitFor("ваша запись: \(question)")
        try client.send("q")
        #expect(try await client.waitForExit() == 0)
        let booked = try await run("/usr/bin/sqlite3", [database, """
            SELECT booking.question FROM booking JOIN user ON user.id = booking.userID
            WHERE user.username = 'anna.smirnova' AND NOT booking.cancelled
            """]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(booked == question, "the booking is on the server with its question")
    }

    @Test func anAttendeePrintsTheirCertificateAndAStrangerChecksItsCode() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, url, _, environment) = try await demoServerWithAnnaLoggedIn(sandbox)
        defer { server.stop() }
        #expect(try await run(Binaries.client, ["sync"], environment: environment).status == 0)
        let list = try await run(Binaries.client, ["events", "certificates", "--lang", "ru"], environment: environment)
        let lines = list.output.split(separator: "\n")
        #expect(list.status == 0 && lines.count == 1 && lines.first?.contains("Итоги школьного этапа олимпиады") == true, "\(list.output)")
        let code = try #require(lines.first?.split(separator: " ").first.map(String.init))
        let document = try await run(Binaries.client, ["events", "certificate", code.lowercased(), "--lang", "ru"], environment: environment)
        #expect(document.status == 0)
        #expect(document.output.contains("СЕРТИФИКАТ УЧАСТНИКА") && document.output.contains("Анна Смирнова"))
        #expect(document.output.contains("Проверить: \(url)/v1/certificates/\(code)"))
        let check = try await run("/usr/bin/python3", ["-c", """
            import json, sys, urllib.request
            answer = json.load(urllib.request.urlopen(sys.argv[1]))
            print(answer['holderName'], answer['eventTitle'], answer['revoked'], sep='|')
            """, "\(url)/v1/certificates/\(code)"])
        #expect(check.output.trimmingCharacters(in: .whitespacesAndNewlines) == "Анна Смирнова|Итоги школьного этапа олимпиады|False",
                "a stranger without an account checks the code")
    }

    @Test func theNetworksEventFiguresPrintAsATable() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, _, _, environment) = try await demoServerWithAnnaLoggedIn(sandbox)
        defer { server.stop() }
        let stats = try await run(Binaries.client, ["stats", "events", "--months", "3", "--lang", "ru"], environment: environment)
        let lines = stats.output.split(separator: "\n")
        #expect(stats.status == 0, "\(stats.output)")
        #expect(lines.first?.hasPrefix("Месяц    Вид") == true && lines.contains { $0.contains("семинар") })
        #expect(lines.last?.split(separator: " ").last == "2", "two members attended the one held seminar:\n\(stats.output)")
        let wrong = try await run(Binaries.client, ["stats", "events", "--months", "0"], environment: environment)
        #expect(wrong.status != 0 && wrong.output.contains("--months must be from 1 to 60"))
    }

    @Test func theCalendarExportsToAFileOtherProgramsRead() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, _, _, environment) = try await demoServerWithAnnaLoggedIn(sandbox)
        defer { server.stop() }
        #expect(try await run(Binaries.client, ["sync"], environment: environment).status == 0)
        var titles: [String: [String]] = [:]
        for arguments in [["events", "export"], ["events", "export", "--mine"]] {
            let export = try await run(Binaries.client, arguments, environment: environment)
            #expect(export.status == 0)
            let file = sandbox.path + "/events.ics"
            try export.output.write(toFile: file, atomically: true, encoding: .utf8)
            let read = try await run("/usr/bin/python3", ["-c", """
                import sys, icalendar
                cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
                for e in cal.walk('VEVENT'): print(str(e['SUMMARY']))
                """, file])
            #expect(read.status == 0, "\(read.output)")
            titles[arguments.joined(separator: " ")] = read.output.split(separator: "\n").map(String.init)
        }
        #expect(titles["events export"]?.count == 13, "twelve single events and a weekly series, once")
        #expect(titles["events export"]?.contains(Self.lesson) == true)
        #expect(titles["events export --mine"] == ["Итоги школьного этапа олимпиады"], "anna went to the held seminar only")
    }

    /// The client, synced, in a 90×30 tmux window in Russian, on the Events pane.
    private func openEventsPane(_ sandbox: Sandbox, _ environment: [String: String]) async throws -> TmuxSession {
        #expect(try await run(Binaries.client, ["sync"], environment: environment).status == 0)
        let client = try TmuxSession([Binaries.client, "--lang", "ru"], environment: environment, columns: 90, rows: 30,
                                     folder: sandbox.path)
        try await client.waitFor("Форумы", "синхронизировано в")
        try client.send("C")
        try await client.waitFor("События", Self.lesson)
        return client
    }

    /// The agenda's selected line (marked `>`).
    private func selectedAgendaEvent(_ screen: String) -> String {
        screen.split(separator: "\n").first { $0.hasPrefix(">") }.map(String.init) ?? ""
    }
}
