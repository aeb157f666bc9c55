import Foundation
import StaffroomThemes

/// Picks and loads the theme: `NO_COLOR` or a terminal without colour → monochrome; otherwise the
/// requested theme (a path, a user theme in the config folder, or a built-in), and the default
/// when the requested one is missing or broken, with the reason to show.
public enum ThemeLoader {
    /// The theme to use and, when the requested theme could not be used, why.
    public static func load(requested: String?, noColor: Bool, terminalHasColor: Bool,
                            userThemesDirectory: String) -> (theme: Theme, problem: ThemeError?) {
        let fallback = builtIn("default")
        if noColor || !terminalHasColor {
            return (builtIn("monochrome").filled(from: fallback.withoutColors), nil)
        }
        guard let requested, requested != "default" else { return (fallback, nil) }
        do {
            return (try load(requested, userThemesDirectory: userThemesDirectory).filled(from: fallback), nil)
        } catch {
            return (fallback, error)
        }
    }

    /// A built-in theme; the built-ins are checked by tests, so this cannot fail in a release.
    public static func builtIn(_ name: String) -> Theme {
        guard let source = BuiltInThemes.source(named: name),
              let theme = try? ThemeParser.parse(source, name: name, file: "Themes/\(name).toml") else {
            return Theme(name: name, styles: [:])
        }
        return theme
    }

    private static func load(_ requested: String, userThemesDirectory: String) throws(ThemeError) -> Theme {
        let isPath = requested.contains("/") || requested.hasSuffix(".toml")
        let userFile = (userThemesDirectory as NSString).appendingPathComponent("\(requested).toml")
        let file = isPath ? requested : userFile
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        if FileManager.default.fileExists(atPath: file) {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ThemeError(file: file, line: nil, reason: "cannot be read")
            }
            return try ThemeParser.parse(String(decoding: data, as: UTF8.self), name: name, file: file)
        }
        if !isPath, let source = BuiltInThemes.source(named: requested) {
            return try ThemeParser.parse(source, name: requested, file: "Themes/\(requested).toml")
        }
        throw ThemeError(file: file, line: nil, reason: "no such theme (built in: "
                         + BuiltInThemes.names.joined(separator: ", ") + ")")
    }
}
