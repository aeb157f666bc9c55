import Foundation

/// Answer of `GET` and `POST /v1/calendar-feed`: the path of the member's calendar subscription, a
/// secret address calendar programs fetch without signing in. `POST` makes a new one and the old
/// one stops working.
public struct CalendarFeed: Codable, Equatable, Sendable {
    /// `/v1/calendars/TOKEN.ics`, to append to the server's address.
    public var path: String

    public init(path: String) { self.path = path }
}
