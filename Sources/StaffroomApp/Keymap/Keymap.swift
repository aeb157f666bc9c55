import StaffroomTerminal

/// Which screens a binding works on.
public enum BindingScope: Equatable, Sendable {
    case everywhere
    case thread
}

/// Keys bound to one operation, and how the help overlay names them.
public struct KeyBinding: Equatable, Sendable {
    public var keys: [Key]
    public var label: String
    public var operation: Operation
    public var scope: BindingScope
}

/// The key map, as data: behaviour and the help overlay both read this one table.
public enum Keymap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.character("j"), .down], label: "j ↓", operation: .moveDown, scope: .everywhere),
        KeyBinding(keys: [.character("k"), .up], label: "k ↑", operation: .moveUp, scope: .everywhere),
        KeyBinding(keys: [.pageDown, .control("f")], label: "PgDn ^F", operation: .pageDown, scope: .everywhere),
        KeyBinding(keys: [.pageUp, .control("b")], label: "PgUp ^B", operation: .pageUp, scope: .everywhere),
        KeyBinding(keys: [.character("g"), .home], label: "g Home", operation: .first, scope: .everywhere),
        KeyBinding(keys: [.character("G"), .end], label: "G End", operation: .last, scope: .everywhere),
        KeyBinding(keys: [.enter, .character("l"), .right], label: "Enter l →", operation: .open, scope: .everywhere),
        KeyBinding(keys: [.escape, .character("h"), .left], label: "Esc h ←", operation: .back, scope: .everywhere),
        KeyBinding(keys: [.character("n")], label: "n", operation: .nextPost, scope: .thread),
        KeyBinding(keys: [.character("p")], label: "p", operation: .previousPost, scope: .thread),
        KeyBinding(keys: [.character("r")], label: "r", operation: .sync, scope: .everywhere),
        KeyBinding(keys: [.character("?"), .function(1)], label: "? F1", operation: .help, scope: .everywhere),
        KeyBinding(keys: [.control("l")], label: "^L", operation: .redraw, scope: .everywhere),
        KeyBinding(keys: [.character("q"), .control("c")], label: "q ^C", operation: .quit, scope: .everywhere),
    ]

    /// The operation `key` triggers; `inThread` enables the thread-only bindings.
    public static func operation(for key: Key, inThread: Bool) -> Operation? {
        bindings.first { binding in
            binding.keys.contains(key) && (binding.scope == .everywhere || inThread)
        }?.operation
    }
}
