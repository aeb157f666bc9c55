import StaffroomSync
import StaffroomTerminal

/// The password prompt after the server ended the session: typing fills the hidden field, Enter
/// logs in again, Esc puts it off (the next sync asks again). Nothing in the outbox is touched.
enum SessionRenewalUpdate {
    static func key(_ key: Key, state: inout AppState) -> [Effect] {
        guard var renewal = state.sessionRenewal else { return [] }
        defer { if state.sessionRenewal != nil { state.sessionRenewal = renewal } }
        guard !renewal.sending else { return [] }
        switch key {
        case .escape:
            state.sessionRenewal = nil
        case .enter:
            return submit(&renewal)
        case .backspace:
            _ = renewal.password.popLast()
        case .character(let character):
            renewal.password.append(character)
        default:
            break
        }
        return []
    }

    /// Pasted text goes into the field; a line break in it sends.
    static func typed(_ text: String, state: inout AppState) -> [Effect] {
        guard var renewal = state.sessionRenewal, !renewal.sending else { return [] }
        let line = text.prefix { $0 != "\n" && $0 != "\r" }
        renewal.password += line
        let effects = line.count < text.count ? submit(&renewal) : []
        state.sessionRenewal = renewal
        return effects
    }

    /// What the login brought: the prompt closes, or says why and asks again.
    static func answered(_ action: Action, state: inout AppState) {
        switch action {
        case .sessionRenewed:
            state.sessionRenewal = nil
            state.notice = .loggedInAgain
        case .sessionRenewalFailed(let error):
            var renewal = state.sessionRenewal ?? SessionRenewal()
            renewal.sending = false
            renewal.password = ""
            renewal.failure = Phrase(error)
            state.sessionRenewal = renewal
        default:
            break
        }
    }

    private static func submit(_ renewal: inout SessionRenewal) -> [Effect] {
        guard !renewal.password.isEmpty else { return [] }
        renewal.sending = true
        renewal.failure = nil
        return [.renewSession(password: renewal.password)]
    }
}
