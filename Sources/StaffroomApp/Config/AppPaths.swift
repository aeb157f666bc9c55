import Foundation

/// Where the client keeps its files, following the XDG base directories.
public struct AppPaths: Equatable, Sendable {
    /// `$XDG_DATA_HOME/staffroom` (default `~/.local/share/staffroom`): the local store.
    public var dataDirectory: String
    /// `$XDG_CONFIG_HOME/staffroom` (default `~/.config/staffroom`): config and user themes.
    public var configDirectory: String
    /// Where downloaded library files land: `downloads` in the config, else `$XDG_DOWNLOAD_DIR`,
    /// else `~/Downloads/staffroom`.
    public var downloadsDirectory: String

    public init(dataDirectory: String, configDirectory: String, downloadsDirectory: String) {
        self.dataDirectory = dataDirectory
        self.configDirectory = configDirectory
        self.downloadsDirectory = downloadsDirectory
    }

    /// The paths the environment asks for.
    public static func fromEnvironment(_ environment: [String: String]) -> AppPaths {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        func base(_ variable: String, _ fallback: String) -> String {
            if let value = environment[variable], value.hasPrefix("/") { return value }
            return (home as NSString).appendingPathComponent(fallback)
        }
        return AppPaths(
            dataDirectory: (base("XDG_DATA_HOME", ".local/share") as NSString).appendingPathComponent("staffroom"),
            configDirectory: (base("XDG_CONFIG_HOME", ".config") as NSString).appendingPathComponent("staffroom"),
            downloadsDirectory: base("XDG_DOWNLOAD_DIR", "Downloads/staffroom"))
    }

    /// These paths with the downloads folder the config names (`~/` is the home folder).
    public func downloading(into folder: String?, home: String) -> AppPaths {
        guard let folder, !folder.isEmpty else { return self }
        var copy = self
        copy.downloadsDirectory = folder.hasPrefix("~/") ? (home as NSString).appendingPathComponent(String(folder.dropFirst(2))) : folder
        return copy
    }

    /// The SQLite store.
    public var storeFile: String { (dataDirectory as NSString).appendingPathComponent("staffroom.sqlite") }
    /// The config file.
    public var configFile: String { (configDirectory as NSString).appendingPathComponent("config.toml") }
    /// The folder of the user's own themes.
    public var themesDirectory: String { (configDirectory as NSString).appendingPathComponent("themes") }
}
