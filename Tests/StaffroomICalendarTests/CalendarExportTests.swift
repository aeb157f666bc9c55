import Foundation
import Testing
import StaffroomProtocol
@testable import StaffroomICalendar

/// The iCalendar export, read back by an independent parser (Python's `icalendar`).
@Suite struct CalendarExportTests {
    private static func event(_ id: Int64, _ title: String, start: TimeInterval, zone: String, status: EventStatus = .planned,
                              link: String = "") -> ExportedEvent {
        ExportedEvent(event: Event(id: id, title: title, kind: .roundTable, description: "Строка 1\nСтрока 2; пункт, ещё",
                                   organizerID: 2, startsAt: Date(timeIntervalSince1970: start),
                                   endsAt: Date(timeIntervalSince1970: start + 5_400), timeZone: zone,
                                   place: "Гимназия № 3, актовый зал", link: link, status: status),
                      organizerName: "Ольга Петрова")
    }

    /// Three zones, a summer-time change in London between two of the events, a cancelled one, a
    /// proposal and a declined one.
    private static let events = [
        event(1, "Семинар: чтение, письмо; счёт", start: 1_796_310_000, zone: "Europe/Moscow",
              link: "https://meet.example.org/a?b=1"),
        event(2, "Exit tickets", start: 1_774_717_200, zone: "Europe/London"),   // 2026-03-28 17:00 GMT
        event(3, "Exit tickets, again", start: 1_774_803_600, zone: "Europe/London"),   // 2026-03-29 18:00 BST
        event(4, "Открытый урок", start: 1_796_274_000, zone: "Asia/Yekaterinburg", status: .cancelled),
        event(5, "Без зоны", start: 1_796_274_000, zone: "Mars/Olympus", link: "javascript:alert(1)"),
        event(6, "Предложенный урок", start: 1_796_274_000, zone: "Europe/Moscow", status: .proposed),
        event(7, "Отклонённый урок", start: 1_796_274_000, zone: "Europe/Moscow", status: .declined),
    ]

    @Test func linesAreFoldedAt75OctetsWithoutSplittingALetter() {
        var lines = ContentLines()
        lines.addText("SUMMARY", String(repeating: "Щ", count: 60))
        let physical = lines.text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(physical.count > 1)
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(physical.map { String($0.drop { $0 == " " }) }.joined().hasSuffix(String(repeating: "Щ", count: 60)))
    }

    @Test func aSeriesZoneDescribesItsSummerTimeForAsLongAsItRepeats() {
        let start: TimeInterval = 1_796_310_000   // 2026-12-03
        let series = ExportedEvent(event: Event(id: 9, title: "Клуб", kind: .seminar, description: "", organizerID: 2,
                                                startsAt: Date(timeIntervalSince1970: start), endsAt: Date(timeIntervalSince1970: start + 3_600),
                                                timeZone: "Europe/London", recurrence: Recurrence(frequency: .weekly)),
                                   organizerName: "")
        let document = CalendarExport.document([series], host: "h", name: "n", now: Date(timeIntervalSince1970: start))
        let lines = document.components(separatedBy: "\r\n")
        let springs = zip(lines, lines.dropFirst()).filter { $0.0 == "BEGIN:DAYLIGHT" }.map(\.1)
        #expect(springs.contains { $0.hasPrefix("DTSTART:2028") }, "two years of a series without an end: \(springs)")
    }

    @Test func textIsEscapedAndControlCharactersCannotAddLines() {
        #expect(ContentLines.escaped("a,b;c\\d\ne\u{1B}[31m") == "a\\,b\\;c\\\\d\\ne[31m")
        #expect(!ContentLines.isSafe("https://x\r\nBEGIN:VEVENT"))
    }

    @Test func anIndependentParserReadsTheSameEventsAtTheSameInstants() async throws {
        let document = CalendarExport.document(Self.events, host: "school.example", name: "Сеть школ",
                                               now: Date(timeIntervalSince1970: 1_795_608_000))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("events.ics")
        try document.write(to: file, atomically: true, encoding: .utf8)
        let parsed = try Self.parseWithPython(file)
        #expect(parsed.count == Self.events.count)
        for (line, expected) in zip(parsed, Self.events) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            #expect(fields[0] == "event-\(expected.event.id)@school.example")
            #expect(fields[1] == expected.event.title)
            #expect(Double(fields[2]) == expected.event.startsAt.timeIntervalSince1970, "\(expected.event.title) starts at the same instant")
            #expect(Double(fields[3]) == expected.event.endsAt.timeIntervalSince1970)
            #expect(fields[4] == (TimeZone(identifier: expected.event.timeZone) == nil ? "UTC" : expected.event.timeZone))
            #expect(fields[5] == "Ольга Петрова\n\nСтрока 1\nСтрока 2; пункт, ещё")
            let status = switch expected.event.status {
            case .planned, .held: "CONFIRMED"
            case .proposed: "TENTATIVE"
            case .cancelled, .declined: "CANCELLED"
            }
            #expect(fields[6] == status)
            #expect(fields[7] == (expected.event.id == 1 ? expected.event.link : ""), "only web links are kept")
        }
    }

    /// Each VEVENT as a tab-separated line: uid, summary, start and end as UTC seconds, the zone of
    /// the start, description (newlines kept as \n), status, URL.
    static func parseWithPython(_ file: URL) throws -> [String] {
        let script = """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            for e in cal.walk('VEVENT'):
                start, end = e.decoded('DTSTART'), e.decoded('DTEND')
                zone = e['DTSTART'].params.get('TZID', 'UTC')
                fields = [str(e['UID']), str(e['SUMMARY']), str(int(start.timestamp())), str(int(end.timestamp())), zone,
                          str(e['DESCRIPTION']).replace('\\n', '\\\\n'), str(e['STATUS']), str(e.get('URL', ''))]
                print('\\t'.join(fields))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, file.path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ParseFailure(message: problems) }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map { $0.replacingOccurrences(of: "\\n", with: "\n") }
    }

    struct ParseFailure: Error { let message: String }
}

extension CalendarExportTests {
    /// A weekly series in London across the change to summer time, with one occurrence cancelled and
    /// one moved: Python's `dateutil` expands the exported rule to the same instants as Staffroom.
    @Test func anExportedSeriesExpandsElsewhereToTheSameOccurrences() throws {
        let first = Date(timeIntervalSince1970: 1_773_766_800)   // 2026-03-17 17:00 GMT
        let week = 7 * 86_400.0
        let moved = first.addingTimeInterval(3 * week - 3_600)   // the 4th, 2026-04-07 17:00 BST
        var series = Self.event(7, "Консультации по вторникам", start: first.timeIntervalSince1970, zone: "Europe/London").event
        series.recurrence = Recurrence(frequency: .weekly, count: 5)
        series.occurrenceChanges = [
            OccurrenceChange(occurrence: first.addingTimeInterval(week), cancelled: true),
            OccurrenceChange(occurrence: moved, startsAt: moved.addingTimeInterval(86_400), endsAt: moved.addingTimeInterval(86_400 + 1_800)),
        ]
        let document = CalendarExport.document([ExportedEvent(event: series, organizerName: "")], host: "school.example",
                                               name: "Серии", now: first)
        #expect(document.contains("RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=5"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("series-\(UUID().uuidString).ics")
        try document.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import sys, icalendar
            from dateutil.rrule import rrulestr
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            starts = []
            for e in cal.walk('VEVENT'):
                start = e.decoded('DTSTART')
                if 'RRULE' in e:
                    # Expand in local wall-clock time, then place each in the zone (pytz zones need localize).
                    zone = start.tzinfo
                    local = rrulestr(e['RRULE'].to_ical().decode(), dtstart=start.replace(tzinfo=None))
                    rule = [zone.localize(d) if hasattr(zone, 'localize') else d.replace(tzinfo=zone) for d in local]
                    excluded = set()
                    exdates = e.get('EXDATE', [])
                    for group in (exdates if isinstance(exdates, list) else [exdates]):
                        excluded |= {d.dt for d in group.dts}
                    moved = {o.decoded('RECURRENCE-ID') for o in cal.walk('VEVENT') if 'RECURRENCE-ID' in o}
                    starts += [d for d in rule if d not in excluded and d not in moved]
                elif 'RECURRENCE-ID' in e:
                    starts.append(start)
            print(' '.join(str(int(d.timestamp())) for d in sorted(starts)))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let theirs = text.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        let ours = series.occurrences(from: .distantPast, before: .distantFuture).map(\.startsAt.timeIntervalSince1970)
        #expect(ours.count == 4, "five due, one cancelled")
        #expect(theirs == ours)
    }
}
