import Foundation

/// What the feed tells a member of, as their notification settings name it.
public enum NotificationKind: String, Codable, Sendable, CaseIterable {
    /// Replies after the member's own posts in a topic.
    case reply
    /// Posts that name the member (`@username`).
    case mention
    /// Topics opened in forums the member watches.
    case newTopic = "new_topic"
    /// Answers accepted in the member's questions.
    case answer
    /// Changes to events the member goes to.
    case eventChanged = "event_changed"
    /// Bookings of the member's consultations, and cancelled bookings.
    case booking
    /// What the moderators tell the member.
    case moderation
    /// New events for the subjects (and grades) on the member's profile.
    case newEvent = "new_event"
    /// New library resources for the subjects (and grades) on the member's profile.
    case newResource = "new_resource"
    /// Reminders a day and an hour before the events the member goes to.
    case reminder
}

/// How much a kind of news reaches the member: not at all, in the feed, or in the feed and the digest.
public enum NotificationLevel: String, Codable, Sendable, CaseIterable {
    case off
    case feed
    case digest

    /// A kind the member never set is in the feed.
    public static let standard = NotificationLevel.feed
}

/// One of the member's notification settings (only they receive it).
public struct NotificationSetting: Codable, Equatable, Sendable {
    public var kind: NotificationKind
    public var level: NotificationLevel

    public init(kind: NotificationKind, level: NotificationLevel) {
        self.kind = kind
        self.level = level
    }
}
