import Foundation
import Testing
import StaffroomProtocol
@testable import StaffroomICalendar

/// Reading calendar files: our own export comes back as the same events, and other programs'
/// files (zones, UTC, floating and all-day times, durations, folded lines, quoted parameters) are
/// read or skipped with a reason.
@Suite struct CalendarImportTests {
    private static func event(_ id: Int64, _ title: String, kind: EventKind, start: TimeInterval, zone: String,
                              recurrence: Recurrence? = nil, changes: [OccurrenceChange] = []) -> ExportedEvent {
        ExportedEvent(event: Event(id: id, title: title, kind: kind, description: "Первая строка\n\nВторой абзац; с запятыми, и \\ чертой",
                                   organizerID: 2, startsAt: Date(timeIntervalSince1970: start),
                                   endsAt: Date(timeIntervalSince1970: start + 5_400), timeZone: zone, place: "Гимназия № 3, актовый зал",
                                   link: "https://meet.example.org/a?b=1", subjects: ["математика", "чтение, письмо"], grades: [5, 6, 9],
                                   capacity: 30, recurrence: recurrence, occurrenceChanges: changes),
                      organizerName: "Ольга Петрова")
    }

    @Test func ourOwnExportReadsBackAsTheSameDrafts() {
        let weeklyStart: TimeInterval = 1_796_310_000
        let events = [
            Self.event(1, "Семинар: чтение, письмо; счёт —" + String(repeating: " длинное название", count: 5), kind: .masterClass,
                       start: 1_774_717_200, zone: "Europe/London"),
            Self.event(2, "Кружок наставников", kind: .consultation, start: weeklyStart, zone: "Asia/Yekaterinburg",
                       recurrence: Recurrence(frequency: .weekly, interval: 2, weekdays: [3, 5], until: Date(timeIntervalSince1970: weeklyStart + 90 * 86_400)),
                       changes: [OccurrenceChange(occurrence: Date(timeIntervalSince1970: weeklyStart + 14 * 86_400), cancelled: true),
                                 OccurrenceChange(occurrence: Date(timeIntervalSince1970: weeklyStart + 28 * 86_400),
                                                  startsAt: Date(timeIntervalSince1970: weeklyStart + 29 * 86_400))]),
            Self.event(3, "Методическое объединение", kind: .roundTable, start: 1_796_274_000, zone: "Europe/Moscow",
                       recurrence: Recurrence(frequency: .monthly, count: 6)),
        ]
        let document = CalendarExport.document(events, host: "school.example", name: "Сеть", now: Date(timeIntervalSince1970: 1_795_608_000))
        let read = CalendarImport.events(in: document, defaultZone: TimeZone(identifier: "America/New_York")!)
        #expect(read.skipped.isEmpty)
        #expect(read.events.count == events.count)
        for (imported, original) in zip(read.events, events) {
            let (got, want) = (imported.draft, original.event.draft)
            #expect(got.title == want.title && got.kind == want.kind && got.description == want.description, "\(original.event.id) texts")
            #expect(got.startsAt == want.startsAt && got.endsAt == want.endsAt && got.timeZone == want.timeZone, "\(original.event.id) times")
            #expect(got.place == want.place && got.link == want.link, "\(original.event.id) place")
            #expect(got.subjects == want.subjects && got.grades == want.grades && got.capacity == want.capacity, "\(original.event.id) audience")
            #expect(got.recurrence == want.recurrence, "\(original.event.id) rule")
            #expect(got == want)
        }
        #expect(read.events.map(\.uid) == ["event-1@school.example", "event-2@school.example", "event-3@school.example"])
        #expect(read.events.map(\.changedMeetings) == [0, 2, 0], "a cancelled and a moved meeting are reported")
    }

    @Test func otherProgramsFilesAreReadOrSkippedWithAReason() throws {
        let document = """
            BEGIN:VCALENDAR\r
            PRODID:-//Other//Calendar//EN\r
            BEGIN:VTIMEZONE\r
            TZID:Europe/Moscow\r
            END:VTIMEZONE\r
            BEGIN:VEVENT\r
            UID:a@example\r
            DTSTART;TZID=Europe/Moscow:20261203T150000\r
            DURATION:PT1H30M\r
            SUMMARY:Open lesson\\, grade 5\r
            DESCRIPTION:Line one\\nLine\r
            \ttwo\r
            ATTENDEE;CN="Doe: John";ROLE=REQ-PARTICIPANT:mailto:john@example.org\r
            CATEGORIES:Lessons,OPEN LESSON\r
            RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4\r
            EXDATE;TZID=Europe/Moscow:20261208T150000\r
            BEGIN:VALARM\r
            TRIGGER:-PT15M\r
            END:VALARM\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:b@example\r
            DTSTART:20261204T090000Z\r
            DTEND:20261204T100000Z\r
            SUMMARY:Webinar in UTC\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:c@example\r
            DTSTART;VALUE=DATE:20261207\r
            SUMMARY:Conference day\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:d@example\r
            DTSTART:20261205T100000\r
            SUMMARY:Daily standup\r
            RRULE:FREQ=DAILY\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:e@example\r
            DTSTART:20261206T100000\r
            SUMMARY:Called off\r
            STATUS:CANCELLED\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:a@example\r
            RECURRENCE-ID;TZID=Europe/Moscow:20261210T150000\r
            DTSTART;TZID=Europe/Moscow:20261211T150000\r
            SUMMARY:Open lesson (moved)\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            SUMMARY:No start\r
            END:VEVENT\r
            END:VCALENDAR\r

            """
        let newYork = TimeZone(identifier: "America/New_York")!
        let read = CalendarImport.events(in: document, defaultZone: newYork)
        #expect(read.events.map(\.draft.title) == ["Open lesson, grade 5", "Webinar in UTC", "Conference day"])
        let lesson = try #require(read.events.first)
        #expect(lesson.draft.startsAt == Date(timeIntervalSince1970: 1_796_299_200) && lesson.draft.timeZone == "Europe/Moscow")
        #expect(lesson.draft.endsAt.timeIntervalSince(lesson.draft.startsAt) == 5_400)
        #expect(lesson.draft.description == "Line one\nLinetwo" && lesson.draft.kind == .openLesson)
        #expect(lesson.draft.recurrence == Recurrence(frequency: .weekly, weekdays: [3, 5], count: 4))
        #expect(lesson.changedMeetings == 2, "one cancelled, one moved")
        let webinar = read.events[1].draft
        #expect(webinar.startsAt == Date(timeIntervalSince1970: 1_796_374_800) && webinar.timeZone == "America/New_York")
        #expect(webinar.kind == .seminar, "no category of ours: a seminar")
        let day = read.events[2].draft
        #expect(day.endsAt.timeIntervalSince(day.startsAt) == 86_400 && day.timeZone == "America/New_York")
        #expect(read.skipped == [SkippedEvent(summary: "Daily standup", reason: .unsupportedRule("FREQ=DAILY")),
                                 SkippedEvent(summary: "Called off", reason: .cancelled),
                                 SkippedEvent(summary: "No start", reason: .noStart)])
    }
}
