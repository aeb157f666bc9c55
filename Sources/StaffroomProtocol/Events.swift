import Foundation

/// What kind of gathering an event is.
public enum EventKind: String, Codable, Sendable, CaseIterable {
    case seminar
    case webinar
    case conference
    case masterClass = "master_class"
    case roundTable = "round_table"
    case openLesson = "open_lesson"
    case consultation
}

/// Whether an event is still to come, or what became of it. A member who does not organize events
/// proposes one; it is `proposed` until an organizer approves it (`planned`) or declines it.
public enum EventStatus: String, Codable, Sendable, CaseIterable {
    case planned, held, cancelled, proposed, declined
}

/// An event in the network's calendar. `startsAt` and `endsAt` are instants; `timeZone` is the
/// organizer's zone (an IANA name such as `Europe/Moscow`), in which the event was planned.
/// Texts are written by members: untrusted until sanitized.
public struct Event: Codable, Equatable, Sendable, Identifiable {
    public var id: Int64
    public var title: String
    public var kind: EventKind
    /// The same Markdown subset as posts.
    public var description: String
    public var organizerID: Int64
    public var startsAt: Date
    public var endsAt: Date
    public var timeZone: String
    /// Where it takes place; empty when it is online only.
    public var place: String
    /// The joining link of an online event; empty when there is none. Shown, never opened by itself.
    public var link: String
    /// School subjects it is for; empty: any.
    public var subjects: [String]
    /// School grades (1–11) it is for; empty: any.
    public var grades: [Int]
    /// How many may come; nil: no limit. Past it, members who answer "going" wait in line.
    public var capacity: Int?
    /// The forum topic where the event is discussed.
    public var topicID: Int64?
    public var status: EventStatus
    /// Members going with a place.
    public var goingCount: Int
    /// Members going who wait for a place, in the order they answered.
    public var waitingCount: Int
    /// How the event repeats; nil: it happens once, at `startsAt` (which for a series is the first
    /// occurrence). An answer holds for the whole series.
    public var recurrence: Recurrence?
    /// Occurrences of a series that were cancelled or moved.
    public var occurrenceChanges: [OccurrenceChange]
    /// A consultation booked one member at a time: each occurrence is cut into slots this many
    /// minutes long; nil for an event people simply come to.
    public var slotMinutes: Int?
    /// The starts of the slots members booked (who booked, and why, only they and the organizer see).
    public var bookedSlots: [Date]
    /// Library resources that go with the event (a lesson plan, the slides), by id.
    public var resourceIDs: [Int64]

    public init(id: Int64, title: String, kind: EventKind, description: String, organizerID: Int64, startsAt: Date,
                endsAt: Date, timeZone: String, place: String = "", link: String = "", subjects: [String] = [],
                grades: [Int] = [], capacity: Int? = nil, topicID: Int64? = nil, status: EventStatus = .planned,
                goingCount: Int = 0, waitingCount: Int = 0, recurrence: Recurrence? = nil,
                occurrenceChanges: [OccurrenceChange] = [], slotMinutes: Int? = nil, bookedSlots: [Date] = [],
                resourceIDs: [Int64] = []) {
        self.id = id
        self.title = title
        self.kind = kind
        self.description = description
        self.organizerID = organizerID
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.timeZone = timeZone
        self.place = place
        self.link = link
        self.subjects = subjects
        self.grades = grades
        self.capacity = capacity
        self.topicID = topicID
        self.status = status
        self.goingCount = goingCount
        self.waitingCount = waitingCount
        self.recurrence = recurrence
        self.occurrenceChanges = occurrenceChanges
        self.slotMinutes = slotMinutes
        self.bookedSlots = bookedSlots
        self.resourceIDs = resourceIDs
    }
}

/// A member's answer to an event.
public enum EventResponse: String, Codable, Sendable, CaseIterable {
    case going, maybe
    case notGoing = "not_going"
}

/// The signed-in member's answer to an event and, when the event was full, their place in its
/// waiting list (only they receive it).
public struct Rsvp: Codable, Equatable, Sendable {
    public var eventID: Int64
    public var response: EventResponse
    /// 1 for the first in line; nil when the member has a place, or is not going.
    public var waitingPosition: Int?

    public init(eventID: Int64, response: EventResponse, waitingPosition: Int? = nil) {
        self.eventID = eventID
        self.response = response
        self.waitingPosition = waitingPosition
    }
}

/// One member's answer to an event, as its organizer sees it.
public struct Participant: Codable, Equatable, Sendable {
    public var userID: Int64
    public var displayName: String
    public var school: String
    public var response: EventResponse
    /// 1 for the first in line; nil when the member has a place, or is not going.
    public var waitingPosition: Int?
    /// The organizer recorded them as present at the occurrence asked about.
    public var attended: Bool

    public init(userID: Int64, displayName: String, school: String, response: EventResponse, waitingPosition: Int? = nil,
                attended: Bool = false) {
        self.userID = userID
        self.displayName = displayName
        self.school = school
        self.response = response
        self.waitingPosition = waitingPosition
        self.attended = attended
    }
}

/// Answer of `GET /v1/events/{id}/participants`: everyone who answered, those with a place first
/// (in the order they answered), then the waiting list in its order, then maybe, then not going.
public struct EventParticipants: Codable, Equatable, Sendable {
    public var eventID: Int64
    /// The occurrence whose attendance `attended` tells (for a single event, its start).
    public var occurrence: Date
    public var participants: [Participant]

    public init(eventID: Int64, occurrence: Date, participants: [Participant]) {
        self.eventID = eventID
        self.occurrence = occurrence
        self.participants = participants
    }
}
