import Foundation

/// Paths and JSON conventions of the protocol (see docs/protocol.md).
public enum WireFormat {
    /// `POST`: exchange a username and password for a token.
    public static let loginPath = "/v1/login"
    /// `GET ?cursor=&limit=`: a page of changes.
    public static let syncPath = "/v1/sync"

    /// `GET` the posts of one topic at once (a thread opened before the sync brought it).
    public static func topicPostsPath(_ topicID: Int64) -> String { "/v1/topics/\(topicID)/posts" }

    /// `GET ?occurrence=` who answered an event, and who attended that occurrence (by default its
    /// first): its organizer, moderators and admins only.
    public static func eventParticipantsPath(_ eventID: Int64) -> String { "/v1/events/\(eventID)/participants" }

    /// `GET ?months=`: the network's events month by month (any signed-in member).
    public static let eventStatisticsPath = "/v1/stats/events"
    /// `GET`: the network's pulse (`NetworkPulse`; moderators and admins).
    public static let pulsePath = "/v1/stats/pulse"

    /// `GET` the member's calendar subscription (made on first use); `POST` a new one.
    public static let calendarFeedPath = "/v1/calendar-feed"

    /// `GET` a member's calendar as an iCalendar file, by the secret token of their subscription.
    public static func calendarPath(_ token: String) -> String { "/v1/calendars/\(token).ics" }

    /// `GET` a certificate of participation by its code: for anyone, signed in or not, to check it.
    public static func certificatePath(_ code: String) -> String { "/v1/certificates/\(code)" }

    /// `GET` the contents of a resource's file (its place in `files`, from 0), whole or a byte range
    /// (`Range`, `If-Range`); any signed-in member.
    public static func resourceFilePath(_ resourceID: Int64, file index: Int) -> String { "/v1/resources/\(resourceID)/files/\(index)" }

    /// `GET` how much of a file (by its SHA-256) the server holds; `PUT ?offset=&size=` the next
    /// chunk of it.
    public static func uploadPath(_ sha256: String) -> String { "/v1/uploads/\(sha256)" }

    /// The encoder both sides use: dates as seconds since 1970 (the server writes whole seconds),
    /// keys in camelCase and sorted,
    /// so the same data always encodes to the same bytes.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }

    /// The decoder matching `makeEncoder()`.
    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }
}
