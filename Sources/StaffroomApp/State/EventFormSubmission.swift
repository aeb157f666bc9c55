import Foundation
import StaffroomProtocol

/// What sending the event form gives: a write for the outbox, or what to fix, by field.
public enum EventFormSubmission: Equatable, Sendable {
    case write(MutationAction)
    case problems([EventFormField: EventFormProblem])
}

extension EventFormState {
    /// The write sending makes, or the problems by field: what cannot be read (a day, a time, a
    /// number) and what breaks the protocol's rules for an event (`EventDraft.problems`).
    public func submission(now: Date) -> EventFormSubmission {
        var problems: [EventFormField: EventFormProblem] = [:]
        func note(_ field: EventFormField, _ problem: EventFormProblem) {
            if problems[field] == nil { problems[field] = problem }
        }
        let zoneName = text(.timeZone).trimmingCharacters(in: .whitespaces)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zoneName) ?? .gmt
        if TimeZone(identifier: zoneName) == nil { note(.timeZone, .draft(.unknownTimeZone(zoneName))) }
        let (starts, ends) = span(calendar: calendar, now: now, note: note)

        if case .moveOccurrence(let eventID, let due, _) = purpose {
            guard let starts, let ends, problems.isEmpty else { return .problems(problems) }
            guard ends > starts else { return .problems([.ends: .draft(.endsBeforeStart)]) }
            return .write(.changeOccurrence(eventID: eventID, change: OccurrenceChange(occurrence: due, startsAt: starts, endsAt: ends)))
        }

        let capacity = number(.capacity, note: note)
        let slotMinutes = kind == .consultation ? number(.slots, note: note) : nil
        let grades = EventFormInput.grades(text(.grades))
        if grades == nil { note(.grades, .badGrades) }
        let recurrence = rule(calendar: calendar, now: now, note: note)
        guard let starts, let ends, problems.isEmpty else { return .problems(problems) }
        let draft = EventDraft(title: text(.title).trimmingCharacters(in: .whitespacesAndNewlines), kind: kind,
                               description: text(.description), startsAt: starts, endsAt: ends, timeZone: zoneName,
                               place: text(.place).trimmingCharacters(in: .whitespaces),
                               link: text(.link).trimmingCharacters(in: .whitespaces), subjects: EventFormInput.subjects(text(.subjects)),
                               grades: grades ?? [], capacity: capacity, topicID: topicID, recurrence: recurrence,
                               slotMinutes: slotMinutes, resourceIDs: resourceIDs)
        for problem in draft.problems(now: now) { note(Self.field(of: problem), .draft(problem)) }
        guard problems.isEmpty else { return .problems(problems) }
        if case .edit(let eventID, _) = purpose { return .write(.editEvent(eventID: eventID, event: draft)) }
        return .write(.createEvent(event: draft))
    }

    /// The start and end the day and time fields give: the end is a time on the start's day, or a day and a time.
    private func span(calendar: Calendar, now: Date, note: (EventFormField, EventFormProblem) -> Void) -> (Date?, Date?) {
        let day = EventFormInput.day(text(.date), reference: now, calendar: calendar)
        if day == nil { note(.date, .badDay) }
        let startTime = EventFormInput.time(text(.starts))
        if startTime == nil { note(.starts, .badTime) }
        let endPieces = text(.ends).trimmingCharacters(in: .whitespaces).split(separator: " ", omittingEmptySubsequences: true)
        var endDay = day
        var endTime: (hour: Int, minute: Int)?
        switch endPieces.count {
        case 1: endTime = EventFormInput.time(String(endPieces[0]))
        case 2:
            endDay = EventFormInput.day(String(endPieces[0]), reference: now, calendar: calendar)
            endTime = EventFormInput.time(String(endPieces[1]))
        default: break
        }
        if endTime == nil || endDay == nil { note(.ends, .badEnd) }
        let starts = day.flatMap { day in startTime.flatMap { EventFormInput.instant(day, $0, calendar: calendar) } }
        let ends = endDay.flatMap { day in endTime.flatMap { EventFormInput.instant(day, $0, calendar: calendar) } }
        return (starts, ends)
    }

    /// The series' rule, when the event repeats; `until` covers the whole of its day.
    private func rule(calendar: Calendar, now: Date, note: (EventFormField, EventFormProblem) -> Void) -> Recurrence? {
        guard let frequency else { return nil }
        let interval = number(.interval, note: note) ?? 1
        var weekdays: [Int] = []
        if frequency == .weekly {
            if let parsed = EventFormInput.weekdays(text(.weekdays)) { weekdays = parsed } else { note(.weekdays, .badWeekdays) }
        }
        let count = number(.count, note: note)
        var until: Date?
        if !text(.until).trimmingCharacters(in: .whitespaces).isEmpty {
            if let day = EventFormInput.day(text(.until), reference: now, calendar: calendar),
               let midnight = calendar.date(from: day), let next = calendar.date(byAdding: .day, value: 1, to: midnight) {
                until = next.addingTimeInterval(-1)
            } else {
                note(.until, .badDay)
            }
        }
        return Recurrence(frequency: frequency, interval: interval, weekdays: weekdays, count: count, until: until)
    }

    private func number(_ field: EventFormField, note: (EventFormField, EventFormProblem) -> Void) -> Int? {
        switch EventFormInput.count(text(field)) {
        case .success(let value): return value
        case .failure(let problem): note(field, problem); return nil
        }
    }

    /// The form's field for a problem of the protocol's draft.
    static func field(of problem: EventDraftProblem) -> EventFormField {
        switch problem.field {
        case .title: .title
        case .kind: .kind
        case .description: .description
        case .startsAt: .date
        case .endsAt: .ends
        case .timeZone: .timeZone
        case .place: .place
        case .link: .link
        case .subjects: .subjects
        case .grades: .grades
        case .capacity: .capacity
        case .topic: .title
        case .frequency: .repeats
        case .interval: .interval
        case .weekdays: .weekdays
        case .count: .count
        case .until: .until
        case .slots: .slots
        case .resources: .resources
        }
    }
}
