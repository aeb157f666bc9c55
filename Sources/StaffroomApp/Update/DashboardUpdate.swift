import StaffroomProtocol
import StaffroomSync
import StaffroomTerminal

/// The Dashboard (from the Moderation pane, `p`): the pulse is asked of the server on opening;
/// the arrows scroll it, `g` asks again.
enum DashboardUpdate {
    static func open(_ state: inout AppState) -> [Effect] {
        state.stack.append(.dashboard(DashboardState()))
        return [.loadPulse(weeks: DashboardState.weeks)]
    }

    static func loaded(_ pulse: NetworkPulse, state: inout AppState) {
        update(&state) { dashboard in
            dashboard.pulse = pulse
            dashboard.failure = nil
        }
    }

    static func failed(_ error: SyncError, state: inout AppState) {
        update(&state) { $0.failure = Phrase(error) }
    }

    /// A key on the Dashboard; nil when the key map should handle it.
    static func key(_ key: Key, dashboard: inout DashboardState, state: AppState) -> [Effect]? {
        let lines = dashboard.pulse.map { NetworkPulseText.lines($0, language: state.language, dates: state.dates).count } ?? 0
        let rows = max(1, state.contentRows - 1)
        let last = max(0, lines - rows)
        switch key {
        case .down, .character("j"): dashboard.top = min(last, dashboard.top + 1)
        case .up, .character("k"): dashboard.top = max(0, dashboard.top - 1)
        case .pageDown, .control("f"), .character(" "): dashboard.top = min(last, dashboard.top + rows)
        case .pageUp, .control("b"): dashboard.top = max(0, dashboard.top - rows)
        case .character("g"):
            dashboard.failure = nil
            return [.loadPulse(weeks: DashboardState.weeks)]
        default: return nil
        }
        return []
    }

    private static func update(_ state: inout AppState, _ change: (inout DashboardState) -> Void) {
        state.stack = state.stack.map { screen in
            guard case .dashboard(var dashboard) = screen else { return screen }
            change(&dashboard)
            return .dashboard(dashboard)
        }
    }
}
