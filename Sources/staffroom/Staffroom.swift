import ArgumentParser
import Foundation
import StaffroomApp
import StaffroomStore
import StaffroomSync

/// `staffroom`: the terminal client. Without a subcommand it opens the interface.
@main
struct Staffroom: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staffroom",
        abstract: "A calm, keyboard-first terminal client for a network of school teachers.",
        subcommands: [OpenInterface.self, Demo.self, Login.self, Sync.self, DigestCommand.self, Events.self, Library.self, Stats.self],
        defaultSubcommand: OpenInterface.self
    )
}

/// Options of every command that shows text to the user.
struct InterfaceOptions: ParsableArguments {
    @Option(help: "Interface language: en or ru (default: from the config, then LANG).")
    var lang: String?

    @Option(help: "Theme: default, monochrome, high-contrast, a theme in ~/.config/staffroom/themes, or a path.")
    var theme: String?

    @Option(help: "How lists mark the selected row: arrow (fewest bytes over a slow link) or bar.")
    var cursor: CursorStyle?
}

extension CursorStyle: ExpressibleByArgument {}

/// The environment, config and paths every command starts from.
struct ClientContext {
    let environment: [String: String]
    let paths: AppPaths
    let config: ClientConfig
    let configProblem: String?
    let language: Language
    let cursorStyle: CursorStyle

    init(options: InterfaceOptions, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        self.environment = environment
        let standardPaths = AppPaths.fromEnvironment(environment)
        let loaded = ClientConfig.load(from: standardPaths.configFile)
        paths = standardPaths.downloading(into: loaded.config.downloads,
                                          home: environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory())
        config = loaded.config
        configProblem = loaded.problem?.message
        cursorStyle = options.cursor ?? config.cursor ?? .arrow
        if let code = options.lang {
            guard let language = Language(code: code) else { throw ValidationError("--lang must be en or ru.") }
            self.language = language
        } else {
            language = config.language ?? Language.fromEnvironment(environment)
        }
    }

    func openStore() throws -> ClientStore {
        do {
            return try ClientStore.open(at: paths.storeFile)
        } catch {
            throw CommandFailure(Phrase(.store(error)).text(language))
        }
    }
}

/// A failure explained to the user; the command exits with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
