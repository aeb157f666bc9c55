import StaffroomTerminal
import TOMLKit

/// What is wrong with a theme file: where, and why.
public struct ThemeError: Error, Equatable, Sendable {
    /// The file (or built-in theme name) the error is in.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    public var reason: String

    /// "FILE:LINE: reason".
    public var message: String {
        line.map { "\(file):\($0): \(reason)" } ?? "\(file): \(reason)"
    }
}

/// Reads theme files:
///
///     [styles]
///     top_bar = "white on blue, bold"
///
/// A style is `FOREGROUND [on BACKGROUND]` and/or attributes, separated by commas. Colours are
/// `default`, the 16 ANSI names or `color0`…`color255`; attributes are bold, underline, reverse,
/// dim and italic.
public enum ThemeParser {
    public static func parse(_ source: String, name: String, file: String) throws(ThemeError) -> Theme {
        let document: TOMLTable
        do {
            document = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw ThemeError(file: file, line: error.source.begin.line, reason: error.description)
        } catch {
            throw ThemeError(file: file, line: nil, reason: "\(error)")
        }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard let styles = document["styles"]?.table else {
            throw ThemeError(file: file, line: nil, reason: "missing [styles] table")
        }
        var result: [ThemeRole: Style] = [:]
        for key in styles.keys {
            let line = lineNumber(of: key, in: lines)
            guard let role = ThemeRole(rawValue: key) else {
                throw ThemeError(file: file, line: line, reason: "unknown style “\(key)” (known: "
                                 + ThemeRole.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            guard let text = styles[key]?.string else {
                throw ThemeError(file: file, line: line, reason: "“\(key)” must be a string such as \"white on blue, bold\"")
            }
            do {
                result[role] = try parseStyle(text)
            } catch {
                throw ThemeError(file: file, line: line, reason: "\(key): \(error.reason)")
            }
        }
        return Theme(name: name, styles: result)
    }

    struct StyleError: Error { var reason: String }

    /// Parses one style such as `"black on cyan, bold"`.
    static func parseStyle(_ text: String) throws(StyleError) -> Style {
        var style = Style()
        for rawPart in text.split(separator: ",") {
            let part = rawPart.trimmingCharacters(in: " \t").lowercased()
            if part.isEmpty { continue }
            if let attribute = TextAttributes.named.first(where: { $0.name == part })?.attribute {
                style.attributes.insert(attribute)
                continue
            }
            let colours = part.split(separator: " ").filter { !$0.isEmpty }
            switch colours.count {
            case 1:
                style.foreground = try colour(String(colours[0]))
            case 3 where colours[1] == "on":
                style.foreground = try colour(String(colours[0]))
                style.background = try colour(String(colours[2]))
            case 2 where colours[0] == "on":
                style.background = try colour(String(colours[1]))
            default:
                throw StyleError(reason: "cannot read “\(part)”; write e.g. \"white on blue, bold\"")
            }
        }
        return style
    }

    private static func colour(_ name: String) throws(StyleError) -> TerminalColor {
        guard let colour = TerminalColor(name: name) else {
            throw StyleError(reason: "unknown colour “\(name)” (use default, black…white, bright-black…bright-white or color0…color255)")
        }
        return colour
    }

    private static func lineNumber(of key: String, in lines: [Substring]) -> Int? {
        lines.firstIndex { line in
            guard let equals = line.firstIndex(of: "=") else { return false }
            return line[..<equals].trimmingCharacters(in: " \t\"") == key
        }.map { $0 + 1 }
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
