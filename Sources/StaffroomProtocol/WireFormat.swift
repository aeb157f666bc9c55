import Foundation

/// Paths and JSON conventions of the protocol (see docs/protocol.md).
public enum WireFormat {
    /// `POST`: exchange a username and password for a token.
    public static let loginPath = "/v1/login"
    /// `GET ?cursor=&limit=`: a page of changes.
    public static let syncPath = "/v1/sync"

    /// `GET` the posts of one topic at once (a thread opened before the sync brought it).
    public static func topicPostsPath(_ topicID: Int64) -> String { "/v1/topics/\(topicID)/posts" }

    /// `GET` who answered an event (its organizer, moderators and admins only).
    public static func eventParticipantsPath(_ eventID: Int64) -> String { "/v1/events/\(eventID)/participants" }

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
