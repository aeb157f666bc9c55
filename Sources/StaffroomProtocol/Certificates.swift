import Foundation

/// A certificate of participation: issued by the server to a member whose attendance at an event
/// (one occurrence of a series) the organizer recorded. The holder receives it in their sync; anyone
/// holding the code can check it at `GET /v1/certificates/{code}`. Texts are members' words:
/// untrusted until sanitized.
public struct Certificate: Codable, Equatable, Sendable {
    /// The verification code, as printed: `SR-` and three groups of four letters and digits.
    public var code: String
    public var eventID: Int64
    /// When the occurrence attended was due (for a single event, its start).
    public var occurrence: Date
    public var holderName: String
    public var holderSchool: String
    public var eventTitle: String
    public var kind: EventKind
    public var organizerName: String
    /// When the occurrence attended started and ended (it may have moved from `occurrence`).
    public var startsAt: Date
    public var endsAt: Date
    /// The organizer's zone, in which the certificate states the time.
    public var timeZone: String
    /// The network that issues it.
    public var networkName: String
    public var issuedAt: Date
    /// The organizer took the attendance back: the certificate no longer stands.
    public var revoked: Bool

    public init(code: String, eventID: Int64, occurrence: Date, holderName: String, holderSchool: String, eventTitle: String,
                kind: EventKind, organizerName: String, startsAt: Date, endsAt: Date, timeZone: String, networkName: String,
                issuedAt: Date, revoked: Bool = false) {
        self.code = code
        self.eventID = eventID
        self.occurrence = occurrence
        self.holderName = holderName
        self.holderSchool = holderSchool
        self.eventTitle = eventTitle
        self.kind = kind
        self.organizerName = organizerName
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.timeZone = timeZone
        self.networkName = networkName
        self.issuedAt = issuedAt
        self.revoked = revoked
    }
}

/// Verification codes: `SR-` and twelve characters of Crockford's base 32 (no I, L, O or U), in
/// three groups; 60 random bits, read aloud or typed without ambiguity.
public enum CertificateCode {
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// A new random code.
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<12).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return "SR-" + stride(from: 0, to: 12, by: 4).map { String(characters[$0..<$0 + 4]) }.joined(separator: "-")
    }

    /// The code as stored, from what someone typed: upper case, `O` read as `0`, `I` and `L` as `1`,
    /// the prefix and dashes put back; nil when it cannot be a code.
    public static func normalized(_ text: String) -> String? {
        var characters = text.uppercased().filter { $0 != "-" && $0 != " " }
        if characters.hasPrefix("SR") && characters.count == 14 { characters.removeFirst(2) }
        let mapped = characters.map { character -> Character in
            switch character {
            case "O": "0"
            case "I", "L": "1"
            default: character
            }
        }
        guard mapped.count == 12, mapped.allSatisfy(alphabet.contains) else { return nil }
        return "SR-" + stride(from: 0, to: 12, by: 4).map { String(mapped[$0..<$0 + 4]) }.joined(separator: "-")
    }
}
