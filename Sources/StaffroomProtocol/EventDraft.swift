import Foundation

/// What a member writes to create or edit an event: every field of `Event` a person sets. The
/// server decides the rest (id, organizer, status, counts). `problems(now:)` is the one set of rules:
/// the client's form shows them beside the fields and the server refuses a write that breaks them.
public struct EventDraft: Codable, Equatable, Sendable {
    public var title: String
    public var kind: EventKind
    public var description: String
    public var startsAt: Date
    public var endsAt: Date
    /// The organizer's zone (an IANA name), in which a series keeps its wall-clock time.
    public var timeZone: String
    public var place: String
    public var link: String
    public var subjects: [String]
    public var grades: [Int]
    public var capacity: Int?
    public var topicID: Int64?
    public var recurrence: Recurrence?
    /// A consultation's slot length in minutes (one member per slot); nil: not booked by slots.
    public var slotMinutes: Int?
    /// Library resources that go with the event.
    public var resourceIDs: [Int64]

    public init(title: String, kind: EventKind, description: String = "", startsAt: Date, endsAt: Date, timeZone: String,
                place: String = "", link: String = "", subjects: [String] = [], grades: [Int] = [], capacity: Int? = nil,
                topicID: Int64? = nil, recurrence: Recurrence? = nil, slotMinutes: Int? = nil, resourceIDs: [Int64] = []) {
        self.title = title
        self.kind = kind
        self.description = description
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.timeZone = timeZone
        self.place = place
        self.link = link
        self.subjects = subjects
        self.grades = grades
        self.capacity = capacity
        self.topicID = topicID
        self.recurrence = recurrence
        self.slotMinutes = slotMinutes
        self.resourceIDs = resourceIDs
    }

    /// Reads a draft; `resourceIDs` may be absent (drafts written before events linked resources,
    /// kept in an outbox, still read).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decode(String.self, forKey: .title)
        kind = try container.decode(EventKind.self, forKey: .kind)
        description = try container.decode(String.self, forKey: .description)
        startsAt = try container.decode(Date.self, forKey: .startsAt)
        endsAt = try container.decode(Date.self, forKey: .endsAt)
        timeZone = try container.decode(String.self, forKey: .timeZone)
        place = try container.decode(String.self, forKey: .place)
        link = try container.decode(String.self, forKey: .link)
        subjects = try container.decode([String].self, forKey: .subjects)
        grades = try container.decode([Int].self, forKey: .grades)
        capacity = try container.decodeIfPresent(Int.self, forKey: .capacity)
        topicID = try container.decodeIfPresent(Int64.self, forKey: .topicID)
        recurrence = try container.decodeIfPresent(Recurrence.self, forKey: .recurrence)
        slotMinutes = try container.decodeIfPresent(Int.self, forKey: .slotMinutes)
        resourceIDs = try container.decodeIfPresent([Int64].self, forKey: .resourceIDs) ?? []
    }

    /// The fields a problem can be about.
    public enum Field: String, Sendable, CaseIterable {
        case title, kind, description, startsAt, endsAt, timeZone, place, link, subjects, grades, capacity, topic
        case frequency, interval, weekdays, count, until, slots, resources
    }

    /// The draft's problems, in the order of its fields; empty when it may be sent. `now` makes an
    /// event whose last occurrence would already be over a problem.
    public func problems(now: Date) -> [EventDraftProblem] {
        var found: [EventDraftProblem] = []
        let cleanTitle = title.trimmingCharacters(in: .whitespacesAndNewlines)
        if cleanTitle.isEmpty { found.append(.emptyTitle) }
        if cleanTitle.count > WriteLimits.titleLength { found.append(.titleTooLong(cleanTitle.count)) }
        if description.count > WriteLimits.postLength { found.append(.descriptionTooLong(description.count)) }
        if endsAt <= startsAt { found.append(.endsBeforeStart) }
        if endsAt.timeIntervalSince(startsAt) > EventLimits.longestDuration { found.append(.lastsTooLong) }
        if TimeZone(identifier: timeZone) == nil { found.append(.unknownTimeZone(timeZone)) }
        if place.count > EventLimits.placeLength { found.append(.placeTooLong(place.count)) }
        if !link.isEmpty && !Self.isWebLink(link) { found.append(.linkNotWeb) }
        if link.count > EventLimits.linkLength { found.append(.linkTooLong(link.count)) }
        if subjects.count > EventLimits.subjects { found.append(.tooManySubjects(subjects.count)) }
        for subject in subjects where subject.trimmingCharacters(in: .whitespaces).isEmpty || subject.count > EventLimits.subjectLength {
            found.append(.badSubject(subject))
        }
        for grade in grades where !EventLimits.grades.contains(grade) { found.append(.gradeOutOfRange(grade)) }
        if let capacity, !(1...EventLimits.capacity).contains(capacity) { found.append(.capacityOutOfRange(capacity)) }
        if let recurrence { found += Self.problems(of: recurrence, startsAt: startsAt) }
        if let slotMinutes { found += problems(ofSlots: slotMinutes) }
        if resourceIDs.count > EventLimits.resources { found.append(.tooManyResources(resourceIDs.count)) }
        if found.isEmpty && wouldBeOver(at: now) { found.append(.alreadyOver) }
        return found
    }

    private static func problems(of rule: Recurrence, startsAt: Date) -> [EventDraftProblem] {
        var found: [EventDraftProblem] = []
        if !(1...EventLimits.interval).contains(rule.interval) { found.append(.intervalOutOfRange(rule.interval)) }
        if rule.frequency == .monthly && !rule.weekdays.isEmpty { found.append(.weekdaysInMonthlySeries) }
        for weekday in rule.weekdays where !(1...7).contains(weekday) { found.append(.weekdayOutOfRange(weekday)) }
        if rule.count != nil && rule.until != nil { found.append(.countAndUntil) }
        if let count = rule.count, !(1...EventLimits.occurrences).contains(count) { found.append(.countOutOfRange(count)) }
        if let until = rule.until, until < startsAt { found.append(.untilBeforeStart) }
        return found
    }

    private func problems(ofSlots minutes: Int) -> [EventDraftProblem] {
        guard kind == .consultation else { return [.slotsOnlyForConsultations] }
        guard EventLimits.slotMinutes.contains(minutes) else { return [.slotLengthOutOfRange(minutes)] }
        var found: [EventDraftProblem] = []
        let duration = Int(endsAt.timeIntervalSince(startsAt))
        if duration > 0 && duration % (minutes * 60) != 0 { found.append(.slotsDoNotFill(minutes)) }
        if capacity != nil { found.append(.slotsWithCapacity) }
        return found
    }

    /// Whether every occurrence would have ended by `now`.
    private func wouldBeOver(at now: Date) -> Bool {
        let event = Event(id: 0, title: title, kind: kind, description: "", organizerID: 0, startsAt: startsAt, endsAt: endsAt,
                          timeZone: timeZone, recurrence: recurrence)
        let duration = endsAt.timeIntervalSince(startsAt)
        return event.occurrences(from: now.addingTimeInterval(-duration), before: .distantFuture, limit: 4)
            .allSatisfy { $0.endsAt <= now }
    }

    /// Whether `text` is an http or https address with a host.
    static func isWebLink(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              let host = components.host, !host.isEmpty else { return false }
        return scheme == "https" || scheme == "http"
    }
}

/// Why an event draft cannot be sent. `field` says which field to fix; `message` is the English
/// sentence the server sends with its refusal.
public enum EventDraftProblem: Equatable, Sendable {
    case emptyTitle
    case titleTooLong(Int)
    case descriptionTooLong(Int)
    case endsBeforeStart
    case lastsTooLong
    case unknownTimeZone(String)
    case placeTooLong(Int)
    case linkNotWeb
    case linkTooLong(Int)
    case tooManySubjects(Int)
    case badSubject(String)
    case gradeOutOfRange(Int)
    case capacityOutOfRange(Int)
    case intervalOutOfRange(Int)
    case weekdaysInMonthlySeries
    case weekdayOutOfRange(Int)
    case countAndUntil
    case countOutOfRange(Int)
    case untilBeforeStart
    case slotsOnlyForConsultations
    case slotLengthOutOfRange(Int)
    case slotsDoNotFill(Int)
    case slotsWithCapacity
    case tooManyResources(Int)
    case alreadyOver

    public var field: EventDraft.Field {
        switch self {
        case .emptyTitle, .titleTooLong: .title
        case .descriptionTooLong: .description
        case .endsBeforeStart, .lastsTooLong: .endsAt
        case .unknownTimeZone: .timeZone
        case .placeTooLong: .place
        case .linkNotWeb, .linkTooLong: .link
        case .tooManySubjects, .badSubject: .subjects
        case .gradeOutOfRange: .grades
        case .capacityOutOfRange: .capacity
        case .intervalOutOfRange: .interval
        case .weekdaysInMonthlySeries, .weekdayOutOfRange: .weekdays
        case .countAndUntil, .countOutOfRange: .count
        case .untilBeforeStart: .until
        case .slotsOnlyForConsultations, .slotLengthOutOfRange, .slotsDoNotFill: .slots
        case .slotsWithCapacity: .capacity
        case .tooManyResources: .resources
        case .alreadyOver: .startsAt
        }
    }

    public var message: String {
        switch self {
        case .emptyTitle: "An event needs a title."
        case .titleTooLong(let count): "The title has \(count) characters; at most \(WriteLimits.titleLength) fit."
        case .descriptionTooLong(let count): "The description has \(count) characters; at most \(WriteLimits.postLength) fit."
        case .endsBeforeStart: "The event must end after it starts."
        case .lastsTooLong: "An event lasts at most \(Int(EventLimits.longestDuration / 86_400)) days."
        case .unknownTimeZone(let name): "\"\(name)\" is not a known time zone."
        case .placeTooLong(let count): "The place has \(count) characters; at most \(EventLimits.placeLength) fit."
        case .linkNotWeb: "The link must be a web address (http:// or https://)."
        case .linkTooLong(let count): "The link has \(count) characters; at most \(EventLimits.linkLength) fit."
        case .tooManySubjects(let count): "\(count) subjects; at most \(EventLimits.subjects) fit."
        case .badSubject(let subject): "The subject \"\(subject)\" is empty or longer than \(EventLimits.subjectLength) characters."
        case .gradeOutOfRange(let grade): "Grade \(grade) does not exist: grades are 1 to 11."
        case .capacityOutOfRange(let capacity): "\(capacity) places: an event takes 1 to \(EventLimits.capacity), or no limit."
        case .intervalOutOfRange(let interval): "Repeating every \(interval): the interval is 1 to \(EventLimits.interval)."
        case .weekdaysInMonthlySeries: "A monthly series repeats on its first day of the month; weekdays are for weekly ones."
        case .weekdayOutOfRange(let weekday): "Weekday \(weekday) does not exist: weekdays are 1 (Sunday) to 7."
        case .countAndUntil: "A series ends after a number of occurrences or on a date, not both."
        case .countOutOfRange(let count): "\(count) occurrences: a series has 1 to \(EventLimits.occurrences)."
        case .untilBeforeStart: "The series would end before its first occurrence."
        case .slotsOnlyForConsultations: "Only a consultation is booked by slots."
        case .slotLengthOutOfRange(let minutes):
            "Slots of \(minutes) minutes: a slot lasts \(EventLimits.slotMinutes.lowerBound) to \(EventLimits.slotMinutes.upperBound) minutes."
        case .slotsDoNotFill(let minutes): "Slots of \(minutes) minutes do not fill the time from start to end exactly."
        case .slotsWithCapacity: "A consultation by slots takes one member per slot: leave the places empty."
        case .tooManyResources(let count): "\(count) linked resources; at most \(EventLimits.resources) fit."
        case .alreadyOver: "The event would already be over."
        }
    }
}

/// Limits on an event's fields, beyond those of posts.
public enum EventLimits {
    /// Characters in a place.
    public static let placeLength = 200
    /// Characters in a joining link.
    public static let linkLength = 500
    /// Subjects one event may name.
    public static let subjects = 12
    /// Characters in a subject.
    public static let subjectLength = 60
    /// School grades.
    public static let grades = 1...11
    /// The largest capacity.
    public static let capacity = 10_000
    /// The longest event (a conference of several days), in seconds.
    public static let longestDuration: TimeInterval = 14 * 86_400
    /// The largest interval of a series.
    public static let interval = 52
    /// The most occurrences a counted series may have.
    public static let occurrences = 500
    /// How long a consultation's slot may be, in minutes.
    public static let slotMinutes = 5...240
    /// Characters in the question that books a slot.
    public static let questionLength = 1_000
    /// Library resources one event may link.
    public static let resources = 20
}

extension Role {
    /// Whether members of this role plan events themselves, and approve members' proposals.
    public var organizesEvents: Bool { self != .teacher }
}

extension EventStatus {
    /// Whether the event is a member's proposal (waiting for approval, or declined): seen only by
    /// its proposer and by those who may approve it, and taking no answers.
    public var isProposal: Bool { self == .proposed || self == .declined }
}

extension Event {
    /// The fields a person sets, to edit them.
    public var draft: EventDraft {
        EventDraft(title: title, kind: kind, description: description, startsAt: startsAt, endsAt: endsAt, timeZone: timeZone,
                   place: place, link: link, subjects: subjects, grades: grades, capacity: capacity, topicID: topicID,
                   recurrence: recurrence, slotMinutes: slotMinutes, resourceIDs: resourceIDs)
    }
}
