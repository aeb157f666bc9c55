import Foundation
import TOMLKit

/// Settings from `config.toml`:
///
///     server = "https://staffroom.example.org"
///     user = "anna.smirnova"
///     theme = "high-contrast"
///     language = "ru"
///     cursor = "bar"
///     budget = "2MB"
///     downloads = "~/Documents/lessons"
public struct ClientConfig: Equatable, Sendable {
    public var server: String?
    public var user: String?
    public var theme: String?
    public var language: Language?
    public var cursor: CursorStyle?
    /// How much older content a sync may fetch in the background before it stops (news still comes).
    public var budget: ByteBudget?
    /// The folder downloaded library files land in (`~/` is the home folder).
    public var downloads: String?

    public init(server: String? = nil, user: String? = nil, theme: String? = nil, language: Language? = nil,
                cursor: CursorStyle? = nil, budget: ByteBudget? = nil, downloads: String? = nil) {
        self.downloads = downloads
        self.server = server
        self.user = user
        self.theme = theme
        self.language = language
        self.cursor = cursor
        self.budget = budget
    }

    /// What is wrong with a config file, naming the file and line.
    public struct Problem: Error, Equatable, Sendable {
        public var message: String
    }

    /// Reads the config file; a missing file is an empty config. On a problem, the settings that
    /// could be read are kept and the problem is returned beside them.
    public static func load(from path: String) -> (config: ClientConfig, problem: Problem?) {
        guard let data = FileManager.default.contents(atPath: path) else { return (ClientConfig(), nil) }
        return parse(String(decoding: data, as: UTF8.self), file: path)
    }

    static func parse(_ source: String, file: String) -> (config: ClientConfig, problem: Problem?) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            return (ClientConfig(), Problem(message: "\(file):\(error.source.begin.line): \(error.description)"))
        } catch {
            return (ClientConfig(), Problem(message: "\(file): \(error)"))
        }
        var config = ClientConfig()
        var problem: Problem?
        for key in table.keys {
            let text = table[key]?.string
            switch (key, text) {
            case ("server", let value?): config.server = value
            case ("user", let value?): config.user = value
            case ("theme", let value?): config.theme = value
            case ("language", let value?):
                config.language = Language(code: value)
                if config.language == nil { problem = Problem(message: "\(file): language must be \"en\" or \"ru\"") }
            case ("cursor", let value?):
                config.cursor = CursorStyle(rawValue: value)
                if config.cursor == nil { problem = Problem(message: "\(file): cursor must be \"arrow\" or \"bar\"") }
            case ("budget", let value?):
                config.budget = ByteBudget(value)
                if config.budget == nil { problem = Problem(message: "\(file): budget must be a size such as \"2MB\"") }
            case ("downloads", let value?): config.downloads = value
            case ("server", nil), ("user", nil), ("theme", nil), ("language", nil), ("cursor", nil), ("budget", nil), ("downloads", nil):
                problem = Problem(message: "\(file): \(key) must be a string")
            default:
                problem = Problem(message: "\(file): unknown setting “\(key)” (known: server, user, theme, language, cursor, budget, downloads)")
            }
        }
        return (config, problem)
    }

    /// Writes `server` and `user` into the config file, keeping the other settings.
    public func writeLogin(server: String, user: String, to path: String) throws {
        var lines = ["server = \(Self.quoted(server))", "user = \(Self.quoted(user))"]
        if let theme { lines.append("theme = \(Self.quoted(theme))") }
        if let language { lines.append("language = \(Self.quoted(language.rawValue))") }
        if let cursor { lines.append("cursor = \(Self.quoted(cursor.rawValue))") }
        if let budget { lines.append("budget = \(Self.quoted("\(budget.bytes)B"))") }
        if let downloads { lines.append("downloads = \(Self.quoted(downloads))") }
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
