/// A terminal colour: the terminal's default, one of the 16 named ANSI colours, or an index of the
/// 256-colour palette.
public enum TerminalColor: Hashable, Sendable {
    case standard
    case indexed(UInt8)

    /// The 16 classic colour names a theme may use, in ANSI order (`bright-` variants follow).
    public static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// Parses `default`, a name from `names`, or `colorN` with N in 0...255.
    public init?(name: String) {
        let lowered = name.lowercased()
        if lowered == "default" {
            self = .standard
        } else if let index = Self.names.firstIndex(of: lowered) {
            self = .indexed(UInt8(index))
        } else if lowered.hasPrefix("color"), let index = UInt8(lowered.dropFirst(5)) {
            self = .indexed(index)
        } else {
            return nil
        }
    }
}

/// Text attributes a cell can carry; every terminal supports at least bold, underline and reverse.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let underline = TextAttributes(rawValue: 1 << 1)
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)
    public static let italic = TextAttributes(rawValue: 1 << 4)

    /// Attribute names as theme files spell them.
    public static let named: [(name: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("dim", .dim), ("italic", .italic),
    ]
}

/// How a cell looks: foreground, background and attributes.
public struct Style: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: TextAttributes

    public init(foreground: TerminalColor = .standard, background: TerminalColor = .standard,
                attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default look.
    public static let plain = Style()

    /// The same style with colours dropped, for terminals without colour.
    public var withoutColors: Style { Style(attributes: attributes) }
}
