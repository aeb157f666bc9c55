import Foundation
import StaffroomProtocol

/// What a line of the feed tells of.
public enum FeedKind: String, CaseIterable, Sendable {
    /// Someone wrote in a topic after the member did.
    case reply
    /// A post names the member (`@username`).
    case mention
    /// A topic opened in a forum the member watches.
    case newTopic = "new_topic"
    /// An answer was accepted in the member's question.
    case answer
    /// An event the member goes to changed its time, place or status.
    case eventChanged = "event_changed"
    /// A consultation slot of the member's was booked or a booking was cancelled.
    case booking
    case bookingCancelled = "booking_cancelled"
    /// The moderators told the member something (see `MemberNotice`).
    case moderation
    /// A new event for a subject on the member's profile (and one of its grades, when both name grades).
    case newEvent = "new_event"
    /// A new library resource for a subject on the member's profile (and one of its grades, when both name grades).
    case newResource = "new_resource"
    /// An event the member goes to starts in a day, or in an hour (`text` says which: `24h`, `1h`).
    case reminder

    /// The setting that decides whether entries of this kind show.
    public var notificationKind: NotificationKind {
        self == .bookingCancelled ? .booking : NotificationKind(rawValue: rawValue) ?? .reply
    }
}

/// One line of the feed, with what it needs to be shown and opened.
public struct FeedEntry: Equatable, Sendable {
    public var kind: FeedKind
    /// The entity it rests on: a post, a topic (`answer`), a feed event, a notice.
    public var ref: Int64
    public var at: Date
    /// Who did it (absent for the moderators' notices).
    public var actorName: String?
    public var postID: Int64?
    public var topicID: Int64?
    public var eventID: Int64?
    public var resourceID: Int64?
    /// The topic's, the event's or the resource's title.
    public var title: String
    /// The post's text, the notice's words, the booking's question, or what changed in an event.
    public var text: String
    /// For a notice: what it was about.
    public var noticeKind: MemberNotice.Kind?
    public var read: Bool

    public init(kind: FeedKind, ref: Int64, at: Date, actorName: String? = nil, postID: Int64? = nil, topicID: Int64? = nil,
                eventID: Int64? = nil, resourceID: Int64? = nil, title: String, text: String, noticeKind: MemberNotice.Kind? = nil,
                read: Bool = false) {
        self.kind = kind
        self.ref = ref
        self.at = at
        self.actorName = actorName
        self.postID = postID
        self.topicID = topicID
        self.eventID = eventID
        self.resourceID = resourceID
        self.title = title
        self.text = text
        self.noticeKind = noticeKind
        self.read = read
    }

    /// The entry's identity for its read mark.
    public var key: String { "\(kind.rawValue):\(ref)" }

    /// Where the next page starts (entries come newest first).
    public var position: FeedPosition { FeedPosition(at: at, kind: kind.rawValue, ref: ref) }
}

/// A place in the feed's order: newest first, then by kind and entity, so pages follow on exactly.
public struct FeedPosition: Equatable, Sendable {
    public var at: Date
    public var kind: String
    public var ref: Int64
}

/// The feed's limits.
public enum FeedLimits {
    /// How far back the feed looks.
    public static let horizon: TimeInterval = 30 * 86_400

    /// How long before an event its reminders come: a day, then an hour.
    public static let reminderLeads: [TimeInterval] = [86_400, 3_600]

    /// How a reminder's lead is written in its entry's text: `24h`, `1h`.
    public static func reminderLabel(_ lead: TimeInterval) -> String { "\(Int(lead / 3_600))h" }
}
