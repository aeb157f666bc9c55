import Foundation

/// One content line of an iCalendar document: `NAME;PARAM=VALUE:VALUE`, unfolded.
struct ContentLine: Equatable {
    var name: String
    var parameters: [String: String]
    var value: String

    /// The value of a TEXT property with its escapes undone (RFC 5545 §3.3.11).
    var text: String { Self.unescaped(value) }

    /// A list of TEXT values (`CATEGORIES`), split at the commas that are not escaped.
    var textList: [String] {
        var items: [String] = []
        var item = ""
        var escaping = false
        for character in value {
            if character == "," && !escaping {
                items.append(Self.unescaped(item))
                item = ""
                continue
            }
            escaping = character == "\\" && !escaping
            item.append(character)
        }
        items.append(Self.unescaped(item))
        return items.filter { !$0.isEmpty }
    }

    private static func unescaped(_ value: String) -> String {
        var result = ""
        var escaping = false
        for character in value {
            if escaping {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// A component (`VEVENT`, `VTIMEZONE`…) with its own properties and the components inside it.
struct CalendarComponent: Equatable {
    var name: String
    var properties: [ContentLine] = []
    var children: [CalendarComponent] = []

    func first(_ name: String) -> ContentLine? { properties.first { $0.name == name } }
    func all(_ name: String) -> [ContentLine] { properties.filter { $0.name == name } }
}

/// Reads an iCalendar document into components: lines unfolded (a line starting with a space or a
/// tab continues the one before), names upper-cased, quoted parameter values kept whole.
enum CalendarReader {
    /// The document's top-level components (normally one `VCALENDAR`); lines outside any component,
    /// and components left open, are dropped.
    static func components(of document: String) -> [CalendarComponent] {
        var stack: [CalendarComponent] = []
        var done: [CalendarComponent] = []
        for line in unfolded(document).compactMap(parse) {
            switch line.name {
            case "BEGIN":
                stack.append(CalendarComponent(name: line.value.uppercased()))
            case "END":
                guard let component = stack.popLast(), component.name == line.value.uppercased() else { continue }
                if stack.isEmpty { done.append(component) } else { stack[stack.count - 1].children.append(component) }
            default:
                if !stack.isEmpty { stack[stack.count - 1].properties.append(line) }
            }
        }
        return done
    }

    static func unfolded(_ document: String) -> [String] {
        var lines: [String] = []
        for raw in document.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            if let first = raw.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1] += raw.dropFirst()
            } else {
                lines.append(String(raw))
            }
        }
        return lines
    }

    /// `NAME;A=1;B="x:y":value`; nil for a line with no colon outside quotes.
    static func parse(_ line: String) -> ContentLine? {
        var quoted = false
        var head = ""
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "\"" { quoted.toggle() }
            if character == ":" && !quoted { break }
            head.append(character)
            index = line.index(after: index)
        }
        guard index < line.endIndex else { return nil }
        let value = String(line[line.index(after: index)...])
        var pieces: [String] = []
        var piece = ""
        quoted = false
        for character in head {
            if character == "\"" { quoted.toggle(); continue }
            if character == ";" && !quoted {
                pieces.append(piece)
                piece = ""
            } else {
                piece.append(character)
            }
        }
        pieces.append(piece)
        var parameters: [String: String] = [:]
        for parameter in pieces.dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { parameters[parts[0].uppercased()] = parts[1] }
        }
        return ContentLine(name: pieces[0].uppercased(), parameters: parameters, value: value)
    }
}
