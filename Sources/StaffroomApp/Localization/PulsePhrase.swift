import Foundation

/// The strings of the Dashboard, where coordinators read the network's pulse, in English and Russian.
public enum PulsePhrase: Equatable, Sendable {
    case pulseTitle, pulseHints
    case pulseFailed(String)
    case keyPulse, keyScroll, keyPulseAgain

    public func text(_ language: Language) -> String {
        let ru = language == .russian
        switch self {
        case .pulseTitle: return ru ? "Пульс сети" : "The network's pulse"
        case .pulseHints: return ru ? "↑↓ листать  g обновить  Esc назад" : "↑↓ scroll  g again  Esc back"
        case .pulseFailed(let reason): return (ru ? "Пульс сети не получен: " : "The pulse could not be read: ") + reason
        case .keyPulse: return ru ? "пульс сети: участие, форумы, вопросы, события" : "the network's pulse: members, forums, questions, events"
        case .keyScroll: return ru ? "листать" : "scroll"
        case .keyPulseAgain: return ru ? "спросить сервер снова" : "ask the server again"
        }
    }
}
