/// What a key does. The keymap maps keys to operations; the help overlay lists them from the same table.
public enum Operation: String, Equatable, Sendable, CaseIterable {
    case moveDown, moveUp, pageDown, pageUp, first, last
    case open, back, nextPost, previousPost
    case sync, help, redraw, quit

    /// What the help overlay says the operation does.
    public func description(_ language: Language) -> String {
        let ru = language == .russian
        switch self {
        case .moveDown: return ru ? "вниз на строку" : "down one line"
        case .moveUp: return ru ? "вверх на строку" : "up one line"
        case .pageDown: return ru ? "страница вниз" : "page down"
        case .pageUp: return ru ? "страница вверх" : "page up"
        case .first: return ru ? "в начало" : "to the top"
        case .last: return ru ? "в конец" : "to the bottom"
        case .open: return ru ? "открыть" : "open"
        case .back: return ru ? "назад" : "back"
        case .nextPost: return ru ? "следующее сообщение" : "next post"
        case .previousPost: return ru ? "предыдущее сообщение" : "previous post"
        case .sync: return ru ? "синхронизировать сейчас" : "sync now"
        case .help: return ru ? "эта подсказка" : "this help"
        case .redraw: return ru ? "перерисовать экран" : "redraw the screen"
        case .quit: return ru ? "выйти" : "quit"
        }
    }
}
