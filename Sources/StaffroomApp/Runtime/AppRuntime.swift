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
    private let budget: Int?
    private let downloadsFolder: String
    private let environment: [String: String]
    private let chooseTheme: (_ terminalHasColor: Bool) -> (Theme, ThemeError?)
    /// Effects asked for since the last hand-over to the runner.
    private var effects: [Effect] = []

    /// How often the clock in the state moves on while idle (for "today"/"yesterday").
    private static let tickMilliseconds: Int32 = 30_000

    /// - Parameters:
    ///   - environment: for `$VISUAL`/`$EDITOR`, `TMPDIR` and `HOME`.
    ///   - chooseTheme: picks the theme once the terminal says whether it has colour.
    ///   - budget: bytes of older content the session may fetch in the background (nil: no limit).
    ///   - downloadsFolder: where library files land.
    public init(state: AppState, store: ClientStore, synchronizer: Synchronizer?, budget: Int? = nil, downloadsFolder: String,
                environment: [String: String], chooseTheme: @escaping (_ terminalHasColor: Bool) -> (Theme, ThemeError?)) {
        self.downloadsFolder = downloadsFolder
        self.state = state
        self.store = store
        self.synchronizer = synchronizer
        self.budget = budget
        self.environment = environment
        self.chooseTheme = chooseTheme
    }

    /// Takes over the terminal and runs until the user quits or the terminal goes away.
    public func run() throws(TerminalError) {
        let wake = try WakeSignal()
        let screen = try CursesScreen(wake: wake)
        defer { screen.stop() }
        let (theme, themeProblem) = chooseTheme(screen.supportsColor)
        let mailbox = Mailbox(wake: wake)
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let runner = EffectRunner(store: store, synchronizer: synchronizer, budget: budget, mailbox: mailbox, copyFolder: home,
                                  downloadsFolder: downloadsFolder)
        let editor = ExternalEditor(environment: environment)
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
            if events.isEmpty { dispatch(.tick(Date())) }
            for action in Self.actions(from: events) { dispatch(action) }
            for message in mailbox.drain() {
                switch message {
                case .action(let action):
                    dispatch(action)
                case .repaint:
                    screen.repaintAll()
                    shown = nil
                case .editExternally(let text):
                    runner.run(Self.coalesced(effects))
                    effects = []
                    screen.suspend()
                    let outcome = Result { () throws(ExternalEditor.Failure) in try editor.edit(text) }
                    dispatch(.resized(screen.resume()))
                    shown = nil
                    switch outcome {
                    case .success(let edited): dispatch(.externalEditFinished(edited))
                    case .failure(let failure): dispatch(.externalEditFailed(failure.reason))
                    }
                case .quit:
                    runner.stopSyncing()
                    return
                }
            }
            runner.run(Self.coalesced(effects))
            effects = []
        }
    }

    private func dispatch(_ action: Action) {
        effects += AppUpdate.update(&state, action)
    }

    /// Terminal events as actions; characters and Enter that arrived together (a paste, or fast
    /// typing) become one `.typed` action, so a long paste is inserted at once.
    static func actions(from events: [TerminalEvent]) -> [Action] {
        var actions: [Action] = []
        var run = ""
        var runLength = 0
        func flush() {
            if runLength == 1, let single = run.first {
                actions.append(.key(single == "\n" ? .enter : .character(single)))
            } else if runLength > 1 {
                actions.append(.typed(run))
            }
            run = ""
            runLength = 0
        }
        for event in events {
            switch event {
            case .key(.character(let character)):
                run.append(character)
                runLength += 1
            case .key(.enter):
                run.append("\n")
                runLength += 1
            case .key(let key):
                flush()
                actions.append(.key(key))
            case .resize(let size):
                flush()
                actions.append(.resized(size))
            case .signal:
                flush()
                actions.append(.quitRequested)
            case .wake:
                continue
            }
        }
        flush()
        return actions
    }

    /// The effects to run, with all but the last save of each draft dropped.
    static func coalesced(_ effects: [Effect]) -> [Effect] {
        var lastSave: [String: Int] = [:]
        for (index, effect) in effects.enumerated() {
            if case .saveDraft(let draft) = effect { lastSave["\(draft.kind.rawValue)-\(draft.targetID)"] = index }
        }
        return effects.enumerated().compactMap { index, effect in
            if case .saveDraft(let draft) = effect, lastSave["\(draft.kind.rawValue)-\(draft.targetID)"] != index { return nil }
            return effect
        }
    }
}
