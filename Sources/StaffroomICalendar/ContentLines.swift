/// RFC 5545 content lines: text values escaped, lines folded at 75 octets, CRLF between them.
struct ContentLines {
    private(set) var lines: [String] = []

    /// Adds `NAME;PARAMETERS:VALUE` with `value` written as is (dates, numbers, URIs).
    mutating func add(_ name: String, _ value: String) {
        lines.append("\(name):\(value)")
    }

    /// Adds a TEXT property: backslashes, semicolons, commas and line breaks escaped (RFC 5545 §3.3.11).
    mutating func addText(_ name: String, _ value: String) {
        add(name, Self.escaped(value))
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            case "\r": break
            default:
                if character.unicodeScalars.allSatisfy({ !Self.isControl($0) }) { result.append(character) }
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
    }

    /// Whether `value` can stand in a line as it is: no control characters, so no line can be added.
    static func isSafe(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy { !isControl($0) }
    }

    /// The lines folded (RFC 5545 §3.1: at most 75 octets, continuations start with a space,
    /// never inside a UTF-8 sequence) and joined with CRLF, ending with one.
    var text: String {
        lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    private static func folded(_ line: String) -> String {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
