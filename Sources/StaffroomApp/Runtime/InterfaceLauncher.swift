import Foundation
import StaffroomStore
import StaffroomSync
import StaffroomTerminal

/// Starts the interface from the command line: resolves language and theme, builds the first
/// state and runs the UI loop on its own thread, so effect tasks keep every cooperative thread.
public struct InterfaceLauncher: Sendable {
    public var store: ClientStore
    public var connection: ServerConnection?
    public var language: Language
    public var cursorStyle: CursorStyle
    public var requestedTheme: String?
    public var paths: AppPaths
    public var environment: [String: String]
    /// A problem with the config file, shown in the status line at start.
    public var configProblem: String?
    /// How much older content this session may fetch in the background (nil: all of it).
    public var budget: ByteBudget?

    public init(store: ClientStore, connection: ServerConnection?, language: Language, cursorStyle: CursorStyle,
                requestedTheme: String?, paths: AppPaths, environment: [String: String], configProblem: String? = nil,
                budget: ByteBudget? = nil) {
        self.budget = budget
        self.store = store
        self.connection = connection
        self.language = language
        self.cursorStyle = cursorStyle
        self.requestedTheme = requestedTheme
        self.paths = paths
        self.environment = environment
        self.configProblem = configProblem
    }

    /// Runs the interface until the user quits.
    public func run() async throws {
        let account = try store.account()
        var state = AppState(size: Size(columns: 80, rows: 24), language: language, timeZone: .current, now: Date(),
                             accountLabel: account.map { "\($0.username)@\(Self.host(of: $0.serverURL))" } ?? "—")
        state.pane = .feed
        state.cursorStyle = cursorStyle
        state.firstWeekday = WeekStart.firstWeekday(language: language, environment: environment)
        state.lastSyncAt = try store.syncState().lastSyncAt
        state.communityName = try store.communityName()
        if let configProblem { state.notice = .configProblem(configProblem) }
        let synchronizer = connection.map { Synchronizer(connection: $0, store: store) }
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let theme = requestedTheme
        let themesDirectory = paths.themesDirectory
        let initialState = state
        let environment = self.environment
        let budget = self.budget?.bytes
        let downloadsFolder = paths.downloadsDirectory
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let thread = Thread { [store] in
                let runtime = AppRuntime(state: initialState, store: store, synchronizer: synchronizer, budget: budget,
                                         downloadsFolder: downloadsFolder, environment: environment) { hasColor in
                    let choice = ThemeLoader.load(requested: theme, noColor: noColor, terminalHasColor: hasColor,
                                                  userThemesDirectory: themesDirectory)
                    return (choice.theme, choice.problem)
                }
                do {
                    try runtime.run()
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.name = "staffroom-ui"
            thread.start()
        }
    }

    /// "host:port" of a server URL, for the status line.
    static func host(of serverURL: String) -> String {
        guard let components = URLComponents(string: serverURL), let host = components.host else { return serverURL }
        return components.port.map { "\(host):\($0)" } ?? host
    }
}
