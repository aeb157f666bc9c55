/// A key the user pressed, decoded from the terminal.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
    case function(Int)
    /// A control chord such as Ctrl-C, named by its letter.
    case control(Character)
    /// Alt (or Esc, then quickly) with a character, such as Alt-b.
    case alt(Character)
    /// Ctrl with the left or right arrow (word-wise movement).
    case controlLeft, controlRight
}
