import Foundation
import StaffroomProtocol
import StaffroomStore
@testable import StaffroomApp

/// Events around `AppFixture.now` (Wednesday 25 November 2026, 12:00 UTC) for the Events pane's tests.
enum EventsFixture {
    static func at(day: Int, _ hour: Int, _ minute: Int = 0, month: Int = 11) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: 2026, month: month, day: day, hour: hour, minute: minute))!
    }

    static func event(_ id: Int64, _ title: String, _ kind: EventKind = .seminar, start: Date, minutes: Double = 90,
                      zone: String = "UTC", capacity: Int? = nil, going: Int = 0, waiting: Int = 0,
                      status: EventStatus = .planned, rsvp: Rsvp? = nil, unsent: EventResponse? = nil) -> EventSummary {
        EventSummary(event: Event(id: id, title: title, kind: kind, description: "Разбор заданий **с примерами**.", organizerID: 2,
                                  startsAt: start, endsAt: start.addingTimeInterval(minutes * 60), timeZone: zone,
                                  place: "Гимназия № 3, актовый зал", subjects: ["математика"], grades: [5, 6, 7],
                                  capacity: capacity, status: status, goingCount: going, waitingCount: waiting),
                     organizerName: "Ольга Петрова", rsvp: rsvp, unsentResponse: unsent)
    }

    static let agenda: [EventSummary] = [
        event(1, "Смысловое чтение на уроках окружающего мира", start: at(day: 25, 15, 30), capacity: 25, going: 3,
              rsvp: Rsvp(eventID: 1, response: .going)),
        event(2, "Заседание МО начальных классов", start: at(day: 25, 17, 30)),
        event(3, "Геометрия на клетчатой бумаге", .masterClass, start: at(day: 27, 14), capacity: 3, going: 3, waiting: 2,
              rsvp: Rsvp(eventID: 3, response: .going, waitingPosition: 2)),
        event(4, "Цифровые тренажёры для устного счёта", .webinar, start: at(day: 30, 16), capacity: 2, going: 2),
        event(5, "Безопасность в сети", .webinar, start: at(day: 3, 15, month: 12), status: .cancelled),
        event(6, "Открытый урок: проектная неделя", .openLesson, start: at(day: 3, 5, month: 12), zone: "Asia/Yekaterinburg",
              unsent: .maybe),
    ].sorted { $0.event.startsAt < $1.event.startsAt }

    /// The Events pane open on today, loaded with `agenda`.
    static func pane(columns: Int = 80, rows: Int = 24, language: Language = .russian, firstWeekday: Int = 2) -> AppState {
        var state = AppFixture.state(columns: columns, rows: rows, language: language)
        state.firstWeekday = firstWeekday
        _ = AppUpdate.update(&state, .key(.function(3)))
        let day = state.events.day!
        _ = AppUpdate.update(&state, .eventsLoaded(EventsLoad(day: day, monthStarts: agenda.map(\.event.startsAt)
            .filter { $0 < at(day: 1, 0, month: 12) }, agenda: agenda)))
        return state
    }
}
