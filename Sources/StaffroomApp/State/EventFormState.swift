import Foundation
import StaffroomProtocol
import StaffroomStore

/// A field of the event form, in the order the form shows them.
public enum EventFormField: String, CaseIterable, Codable, Sendable {
    case title, kind, date, starts, ends, timeZone, place, link, subjects, grades, capacity, slots, resources
    case repeats, interval, weekdays, count, until, description

    /// Fields picked from a list with ←/→ or Space rather than typed.
    var isChoice: Bool { self == .kind || self == .repeats }

    /// Fields filled from another screen (the library) rather than typed.
    var isPicked: Bool { self == .resources }
}

/// The event form: a new event (a proposal when the member does not organize events), an edit of
/// one, or a new time for one occurrence of a series. Every field is text as typed, read only when
/// sending, so nothing typed is ever rewritten; problems are shown beside their fields.
public struct EventFormState: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable, Codable {
        case create
        case edit(eventID: Int64, title: String)
        /// Moves the occurrence of a series due at `due`.
        case moveOccurrence(eventID: Int64, due: Date, title: String)
    }

    public var purpose: Purpose
    /// The member proposes: an organizer of events must approve it.
    public var proposing: Bool
    public var texts: [EventFormField: TextEditor]
    public var kind: EventKind
    /// How the event repeats; nil: it does not.
    public var frequency: Recurrence.Frequency?
    /// The discussion topic: the one an edited event keeps, or the thread a new event was planned from.
    public var topicID: Int64?
    /// That topic's title, when the form knows it (planned from its thread).
    public var topicTitle: String?
    /// The library resources the event links.
    public var resourceIDs: [Int64] = []
    /// Their titles, when the form knows them (chosen in the picker); an edited event's are not read.
    public var resourceTitles: [String] = []
    public var focus: EventFormField
    /// Why sending was refused, by field.
    public var problems: [EventFormField: EventFormProblem] = [:]
    /// The not-sent write this form resends; it leaves the outbox when this one is sent.
    public var replacesNotSent: Int64?

    /// A new event on `day` (midnight in `calendar`'s zone), from 15:00 to 16:30 in that zone;
    /// planned from a thread, discussed in that topic and first named after it.
    public init(newOn day: Date, proposing: Bool, calendar: Calendar, language: Language, topic: (id: Int64, title: String)? = nil) {
        purpose = .create
        topicID = topic?.id
        topicTitle = topic?.title
        self.proposing = proposing
        kind = .seminar
        frequency = nil
        focus = .title
        let russian = language == .russian
        texts = [:]
        for field in EventFormField.allCases where !field.isChoice && !field.isPicked { texts[field] = TextEditor() }
        texts[.date] = TextEditor(text: EventFormInput.dayText(day, calendar: calendar, russian: russian))
        texts[.starts] = TextEditor(text: "15:00")
        texts[.ends] = TextEditor(text: "16:30")
        texts[.timeZone] = TextEditor(text: calendar.timeZone.identifier)
        texts[.interval] = TextEditor(text: "1")
        if let topic { texts[.title] = TextEditor(text: topic.title) }
    }

    /// An edit of `event`: its fields as text, times in its organizer's zone.
    public init(editing event: Event, language: Language) {
        self.init(draft: event.draft, purpose: .edit(eventID: event.id, title: event.title), proposing: event.status.isProposal,
                  language: language)
    }

    /// The form of a draft as it was written to the server (to edit and resend a refused one).
    public init(draft: EventDraft, purpose: Purpose, proposing: Bool, language: Language) {
        self.purpose = purpose
        self.proposing = proposing
        kind = draft.kind
        frequency = draft.recurrence?.frequency
        topicID = draft.topicID
        resourceIDs = draft.resourceIDs
        focus = .title
        let russian = language == .russian
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: draft.timeZone) ?? .gmt
        let sameDay = calendar.isDate(draft.startsAt, inSameDayAs: draft.endsAt)
        let endText = sameDay ? EventFormInput.timeText(draft.endsAt, calendar: calendar)
            : EventFormInput.dayText(draft.endsAt, calendar: calendar, russian: russian) + " " + EventFormInput.timeText(draft.endsAt, calendar: calendar)
        let rule = draft.recurrence
        let values: [EventFormField: String] = [
            .title: draft.title, .description: draft.description,
            .date: EventFormInput.dayText(draft.startsAt, calendar: calendar, russian: russian),
            .starts: EventFormInput.timeText(draft.startsAt, calendar: calendar), .ends: endText, .timeZone: draft.timeZone,
            .place: draft.place, .link: draft.link, .subjects: draft.subjects.joined(separator: ", "),
            .grades: EventFormInput.gradesText(draft.grades), .capacity: draft.capacity.map(String.init) ?? "",
            .interval: String(rule?.interval ?? 1), .weekdays: EventFormInput.weekdaysText(rule?.weekdays ?? [], russian: russian),
            .count: rule?.count.map(String.init) ?? "", .slots: draft.slotMinutes.map(String.init) ?? "",
            .until: rule?.until.map { EventFormInput.dayText($0, calendar: calendar, russian: russian) } ?? "",
        ]
        texts = values.mapValues { TextEditor(text: $0) }
    }

    /// A new time for one occurrence of a series, starting from the time it has now.
    public init(moving occurrence: Occurrence, of event: Event, language: Language) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: event.timeZone) ?? .gmt
        purpose = .moveOccurrence(eventID: event.id, due: occurrence.due, title: event.title)
        proposing = false
        kind = event.kind
        frequency = nil
        focus = .date
        texts = [
            .date: TextEditor(text: EventFormInput.dayText(occurrence.startsAt, calendar: calendar, russian: language == .russian)),
            .starts: TextEditor(text: EventFormInput.timeText(occurrence.startsAt, calendar: calendar)),
            .ends: TextEditor(text: EventFormInput.timeText(occurrence.endsAt, calendar: calendar)),
            .timeZone: TextEditor(text: event.timeZone),
        ]
    }

    /// The fields shown, in order: the repeat's details only for a series, weekdays only weekly.
    public var fields: [EventFormField] {
        if case .moveOccurrence = purpose { return [.date, .starts, .ends] }
        return EventFormField.allCases.filter { field in
            switch field {
            case .interval, .count, .until: frequency != nil
            case .weekdays: frequency == .weekly
            case .slots: kind == .consultation
            default: true
            }
        }
    }

    /// What a field holds as typed.
    public func text(_ field: EventFormField) -> String { texts[field]?.text ?? "" }

    /// The saved draft's key: one new event (0), one per thread an event is planned from (minus the
    /// topic's id), and one per edited event (its id). Not inlined: Swift 6.3's
    /// optimizer fails its ownership check on this switch when it is inlined into callers.
    public var draftTarget: Int64? {
        @inline(never) get {
            switch purpose {
            case .create: topicID.map { -$0 } ?? 0
            case .edit(let eventID, _): eventID
            case .moveOccurrence: nil
            }
        }
    }
}

/// Why a field of the event form cannot be sent as it is.
public enum EventFormProblem: Error, Equatable, Sendable {
    case badDay, badTime, badEnd, notANumber, badGrades, badWeekdays
    /// A rule of the protocol's `EventDraft`.
    case draft(EventDraftProblem)
}
