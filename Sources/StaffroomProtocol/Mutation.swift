import Foundation

/// One write made by a client, sent (and re-sent until acknowledged) in sync requests. Each device
/// numbers its writes 1, 2, 3…; the server applies each number once, in order.
public struct Mutation: Codable, Equatable, Sendable {
    /// The device's own counter: one more than the write before.
    public var sequence: Int64
    /// A random id the client gives the write, to tell a repeat from a reused number.
    public var clientID: String
    public var action: MutationAction

    public init(sequence: Int64, clientID: String, action: MutationAction) {
        self.sequence = sequence
        self.clientID = clientID
        self.action = action
    }
}

/// What a write does. Encoded as `{"reply": {"topicID": 7, "body": "…"}}`.
public enum MutationAction: Codable, Equatable, Sendable {
    case createTopic(forumID: Int64, title: String, body: String)
    case reply(topicID: Int64, body: String)
    case editPost(postID: Int64, body: String)
    case deletePost(postID: Int64)
    case setTopicPinned(topicID: Int64, pinned: Bool)
    case setTopicLocked(topicID: Int64, locked: Bool)
    case flagPost(postID: Int64, reason: FlagReason, note: String)
    case markRead(topicID: Int64, upToPostID: Int64)
    case acceptAnswer(topicID: Int64, postID: Int64?)
    case setSubscription(target: SubscriptionTarget, level: SubscriptionLevel)
    case setBookmark(postID: Int64, bookmarked: Bool)
    /// Answers an event: going, maybe or not going. Going to a full event joins its waiting list.
    case rsvp(eventID: Int64, response: EventResponse)
    /// The organizer (or a moderator) marks an event held or cancelled, or planned again.
    case setEventStatus(eventID: Int64, status: EventStatus)
    /// Creates an event; one by a member who does not organize events is a proposal. The result
    /// names the new event.
    case createEvent(event: EventDraft)
    /// The organizer (or a moderator) changes an event's fields.
    case editEvent(eventID: Int64, event: EventDraft)
    /// The organizer (or a moderator) cancels or moves one occurrence of a series, or (neither
    /// cancelled nor moved) restores it.
    case changeOccurrence(eventID: Int64, change: OccurrenceChange)
    /// The organizer (or a moderator) records who attended one occurrence (for a single event, at
    /// its start): the whole list, replacing the one before. Each attendee gets a certificate; one
    /// taken off the list has theirs revoked.
    case recordAttendance(eventID: Int64, occurrence: Date, attendees: [Int64])
    /// Books one free slot of a consultation, with the question the member brings.
    case bookSlot(eventID: Int64, slot: Date, question: String)
    /// Cancels a booking (its member, the organizer or a moderator): the slot is free again.
    case cancelBooking(bookingID: Int64)
    /// Shares a resource in the library; its files must have been uploaded first. The result names
    /// the new resource.
    case shareResource(resource: ResourceDraft)
    /// Marks a resource useful, or takes the mark back (one per member).
    case markUseful(resourceID: Int64, useful: Bool)
    /// A moderator claims a review item while looking at it (or lets it go): other moderators see
    /// it is taken until the claim expires.
    case claimReview(itemID: Int64, claim: Bool)
    /// A moderator acts on a review item as it stood at `version`, with a reason; `details` carries
    /// what the action needs besides (a new text, a forum, a message, a number of days).
    case moderate(itemID: Int64, version: Int, action: ModerationAction, note: String, details: ModerationDetails? = nil)
    /// The author of a hidden post asks the moderators to look at it again, with a word of why.
    case askForReview(postID: Int64, note: String)
    /// A member flags another member (not one post) for the moderators.
    case flagUser(userID: Int64, reason: FlagReason, note: String)
    /// A moderator or admin writes a note on a member for the other moderators.
    case addStaffNote(userID: Int64, text: String)
    /// The member chooses how much one kind of news reaches them.
    case setNotificationLevel(kind: NotificationKind, level: NotificationLevel)
    /// A moderator takes back their own action of the audit log, shortly after.
    case undoModeration(entryID: Int64)
    /// The member rewrites their own profile: subjects, grades and the text about themselves.
    case updateProfile(profile: ProfileDraft)
    /// A teacher asks a mentor (or, with none named, the coordinators) for mentoring in a subject.
    case requestMentor(mentorID: Int64?, subject: String, grade: Int?, note: String)
    /// The mentor asked, or a coordinator, accepts or declines a request; a coordinator accepting a
    /// request that names no mentor names one.
    case answerMentorship(mentorshipID: Int64, accept: Bool, mentorID: Int64?)
    /// The mentee takes a request back, or the mentee, the mentor or a coordinator ends a pairing.
    case endMentorship(mentorshipID: Int64)
}

/// Why a member flags a post for the moderators.
public enum FlagReason: String, Codable, Sendable, CaseIterable {
    case spam
    case offTopic = "off_topic"
    case offensive
    case other
}

/// What the server did with one mutation.
public struct MutationResult: Codable, Equatable, Sendable {
    public enum Outcome: String, Codable, Sendable {
        /// Applied now.
        case applied
        /// Applied by an earlier request whose answer was lost; not applied again.
        case duplicate
        /// Refused for good (see `code`); the client keeps the text for the user.
        case rejected
        /// Not looked at: its sequence number is not the next one (see `expectedSequence`).
        case outOfOrder = "out_of_order"
    }

    public var sequence: Int64
    public var clientID: String
    public var outcome: Outcome
    public var code: RejectionCode?
    public var message: String?
    /// The topic or post a create made.
    public var entityID: Int64?
    /// With `outOfOrder`: the sequence number the server expects next from this device.
    public var expectedSequence: Int64?

    public init(sequence: Int64, clientID: String, outcome: Outcome, code: RejectionCode? = nil,
                message: String? = nil, entityID: Int64? = nil, expectedSequence: Int64? = nil) {
        self.sequence = sequence
        self.clientID = clientID
        self.outcome = outcome
        self.code = code
        self.message = message
        self.entityID = entityID
        self.expectedSequence = expectedSequence
    }
}

/// Why a mutation was refused for good, or why it was not looked at.
public enum RejectionCode: String, Codable, Sendable {
    case topicLocked = "topic_locked"
    case forbidden
    case notFound = "not_found"
    case tooLong = "too_long"
    case empty
    case notAQuestion = "not_a_question"
    /// The event was cancelled, was held, or is over: it takes no answers.
    case eventClosed = "event_closed"
    /// An event cannot be marked held before it begins.
    case eventNotStarted = "event_not_started"
    /// The consultation slot was booked by someone else first.
    case slotTaken = "slot_taken"
    /// A field of the write is not valid (an event draft's problem); the message says which.
    case invalid
    /// Another moderator acted on the review item first, differently; the message says who, how and when.
    case alreadyHandled = "already_handled"
    /// Another moderator holds the review item's claim; the message says who and until when.
    case claimed
    /// The action can no longer be taken back.
    case tooLate = "too_late"
    /// A moderator silenced the member: they may not write until the time the message names.
    case silenced
    case sequenceGap = "sequence_gap"
    case sequenceReused = "sequence_reused"
}

/// Limits the server enforces on writes.
public enum WriteLimits {
    /// Characters in a post.
    public static let postLength = 20_000
    /// Characters in a topic title.
    public static let titleLength = 200
    /// Characters in a flag's note.
    public static let flagNoteLength = 1_000
}
