import StaffroomTerminal

/// The keys every text field shares: a character typed, or an editing or movement command.
enum EditorKeys {
    enum Edit {
        case insert(String)
        case command(EditorCommand)

        /// Whether the edit changes the text (so a draft is saved).
        var changesText: Bool {
            switch self {
            case .insert: true
            case .command(let command): [.newline, .backspace, .delete, .deleteToLineEnd, .undo].contains(command)
            }
        }
    }

    /// What `key` does in a text field; nil for keys that are not editing.
    static func edit(for key: Key) -> Edit? {
        switch key {
        case .character(let character): .insert(String(character))
        case .enter: .command(.newline)
        case .backspace: .command(.backspace)
        case .delete: .command(.delete)
        case .left: .command(.left)
        case .right: .command(.right)
        case .up: .command(.up)
        case .down: .command(.down)
        case .home: .command(.home)
        case .end: .command(.end)
        case .pageUp: .command(.pageUp)
        case .pageDown: .command(.pageDown)
        case .controlLeft, .alt("b"): .command(.wordLeft)
        case .controlRight, .alt("f"): .command(.wordRight)
        case .control("k"): .command(.deleteToLineEnd)
        case .control("z"): .command(.undo)
        default: nil
        }
    }
}
