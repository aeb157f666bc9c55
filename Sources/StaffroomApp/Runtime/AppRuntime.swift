import Foundation
import StaffroomStore
import StaffroomSync
import StaffroomTerminal

/// The UI loop: waits for keys, signals and effect results, runs `update`, hands effects to the
/// runner and presents a new frame only when the state changed. Blocks its thread until quit.
public final class AppRuntime {
    private var state: AppState
    private let store: ClientStore
    private let synchronizer: Synchronizer?
    private let chooseTheme: (_ terminalHasColor: Bool) -> (Theme, ThemeError?)

    /// How often the clock in the state moves on while idle (for "today"/"yesterday").
    private static let tickMilliseconds: Int32 = 30_000

    /// - Parameter chooseTheme: picks the theme once the terminal says whether it has colour.
    public init(state: AppState, store: ClientStore, synchronizer: Synchronizer?,
                chooseTheme: @escaping (_ terminalHasColor: Bool) -> (Theme, ThemeError?)) {
        self.state = state
        self.store = store
        self.synchronizer = synchronizer
        self.chooseTheme = chooseTheme
    }

    /// Takes over the terminal and runs until the user quits or the terminal goes away.
    public func run() throws(TerminalError) {
        let wake = try WakeSignal()
        let screen = try CursesScreen(wake: wake)
        defer { screen.stop() }
        let (theme, themeProblem) = chooseTheme(screen.supportsColor)
        let mailbox = Mailbox(wake: wake)
        let runner = EffectRunner(store: store, synchronizer: synchronizer, mailbox: mailbox)
        state.size = screen.size
        if let themeProblem { state.notice = .themeProblem(themeProblem.message) }
        runner.run(AppUpdate.start(state))

        var shown: AppState?
        while true {
            if shown != state {
                screen.present(AppView.render(state, theme: theme))
                shown = state
            }
            let events = screen.waitForEvents(timeoutMilliseconds: Self.tickMilliseconds)
            if events.isEmpty { dispatch(.tick(Date()), runner) }
            for event in events {
                switch event {
                case .key(let key): dispatch(.key(key), runner)
                case .resize(let size): dispatch(.resized(size), runner)
                case .signal: dispatch(.quitRequested, runner)
                case .wake: break
                }
            }
            for message in mailbox.drain() {
                switch message {
                case .action(let action): dispatch(action, runner)
                case .repaint: screen.repaintAll(); shown = nil
                case .quit: return
                }
            }
        }
    }

    private func dispatch(_ action: Action, _ runner: EffectRunner) {
        runner.run(AppUpdate.update(&state, action))
    }
}
