import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the UI loop receives from the terminal.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    case signal(TerminalSignal)
    /// Another thread called `WakeSignal.wake()`.
    case wake
}

/// The ncursesw terminal: the only place in Staffroom that calls curses. It writes into curses'
/// virtual screen only the cells that changed since the last frame and lets `doupdate` send the
/// difference (with `idlok`, scrolled text moves by the terminal's own scrolling), so a cursor
/// move costs a few dozen bytes.
public final class CursesScreen: TerminalScreen {
    public private(set) var size: Size
    public let supportsColor: Bool
    private let wake: WakeSignal
    private var shown: CellGrid?
    private var cursorVisible = false
    private var colorPairs: [ColorKey: Int16] = [:]
    private var screen: OpaquePointer?

    private struct ColorKey: Hashable {
        let foreground: TerminalColor
        let background: TerminalColor
    }

    /// Takes over the terminal: UTF-8 locale, raw keys, no echo, hidden cursor.
    public init(wake: WakeSignal) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        shim_setlocale_utf8()
        TerminalSignals.install(waking: wake)
        guard let screen = shim_newterm() else {
            TerminalSignals.uninstall()
            throw .cannotInitialize(term: getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        self.wake = wake
        raw()
        noecho()
        nonl()
        keypad(shim_stdscr(), true)
        Self.defineHomeAndEndVariants()
        nodelay(shim_stdscr(), true)
        idlok(shim_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        if has_colors() {
            start_color()
            use_default_colors()
            supportsColor = true
        } else {
            supportsColor = false
        }
        size = Size(columns: Int(shim_cols()), rows: Int(shim_lines()))
    }

    /// Home and End as PuTTY, the Linux console, tmux and screen (`ESC [1~`, `ESC [4~`) and rxvt
    /// (`ESC [7~`, `ESC [8~`) send them: a session that says `TERM=xterm` from one of these would
    /// otherwise get stray characters for the keys.
    private static func defineHomeAndEndVariants() {
        for (sequence, code) in [("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END)]
        where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }

    /// Gives the terminal back as it was.
    public func stop() {
        guard let screen else { return }
        endwin()
        delscreen(screen)
        self.screen = nil
        TerminalSignals.uninstall()
    }

    deinit { stop() }

    public func present(_ grid: CellGrid) {
        guard grid.size == size else { return }
        let window = shim_stdscr()
        for position in GridDiff.changes(from: shown, to: grid) {
            write(grid[position.x, position.y], x: position.x, y: position.y, window: window)
        }
        shown = grid
        if let cursor = grid.cursor {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            if !cursorVisible { curs_set(1) }
        } else if cursorVisible {
            curs_set(0)
        }
        cursorVisible = grid.cursor != nil
        wnoutrefresh(window)
        doupdate()
    }

    /// Hands the terminal to another program (an external editor) until `resume()`.
    public func suspend() {
        endwin()
    }

    /// Takes the terminal back after `suspend()`: signals that arrived meanwhile (a Ctrl-C in the
    /// editor) are dropped, the size is read again and everything is repainted. Returns the size.
    public func resume() -> Size {
        _ = TerminalSignals.takePending()
        wrefresh(shim_stdscr())
        return resizeToTerminal()
    }

    /// Forgets what the terminal shows and repaints every cell on the next `present` (Ctrl-L).
    public func repaintAll() {
        shown = nil
        clearok(shim_stdscr(), true)
    }

    /// Waits up to `timeoutMilliseconds` (-1: forever) for keys, signals or a wake-up and returns
    /// everything that arrived.
    public func waitForEvents(timeoutMilliseconds: Int32) -> [TerminalEvent] {
        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wake.readDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        _ = poll(&descriptors, 2, timeoutMilliseconds)
        var events: [TerminalEvent] = []
        if descriptors[1].revents != 0 {
            wake.drain()
            events.append(.wake)
        }
        for caught in TerminalSignals.takePending() {
            if caught == .resize {
                events.append(.resize(resizeToTerminal()))
            } else {
                events.append(.signal(caught))
            }
        }
        if descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 && descriptors[0].revents & Int16(POLLIN) == 0 {
            events.append(.signal(.hangup))
        }
        events.append(contentsOf: readKeys())
        return events
    }

    private func readKeys() -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        while true {
            var code: wint_t = 0
            let status = get_wch(&code)
            if status == ERR { break }
            if status == KEY_CODE_YES && Int32(code) == KEY_RESIZE {
                // curses resized itself already (and `resizeterm` queues this key): only read the size.
                events.append(.resize(adoptCursesSize()))
            } else if let key = CursesKeyDecoder.decode(isKeyCode: status == KEY_CODE_YES, value: UInt32(code)) {
                events.append(.key(key))
            } else if status == KEY_CODE_YES, let name = keyname(Int32(code)).map({ String(cString: $0) }),
                      let key = CursesKeyDecoder.decode(extendedKeyName: name) {
                events.append(.key(key))
            }
        }
        return CursesKeyDecoder.combiningAlt(events)
    }

    /// After SIGWINCH: tells curses the terminal's new size.
    private func resizeToTerminal() -> Size {
        var rows: Int32 = 0, columns: Int32 = 0
        if shim_terminal_size(STDOUT_FILENO, &rows, &columns) == 0 {
            resizeterm(rows, columns)
        }
        return adoptCursesSize()
    }

    /// Takes the size curses now has and repaints everything on the next frame.
    private func adoptCursesSize() -> Size {
        size = Size(columns: Int(shim_cols()), rows: Int(shim_lines()))
        shown = nil
        clearok(shim_stdscr(), true)
        return size
    }

    private func write(_ cell: Cell, x: Int, y: Int, window: UnsafeMutablePointer<WINDOW>?) {
        var characters: [wchar_t] = []
        var glyphWidth = Int(cell.width)
        for (index, scalar) in cell.grapheme.unicodeScalars.enumerated() {
            let systemWidth = Int(shim_wcwidth(wchar_t(bitPattern: scalar.value)))
            if index == 0 {
                if systemWidth != glyphWidth {
                    characters = [wchar_t(0x3F)]
                    glyphWidth = 1
                    break
                }
                characters.append(wchar_t(bitPattern: scalar.value))
            } else if systemWidth == 0 && characters.count < 4 {
                characters.append(wchar_t(bitPattern: scalar.value))
            }
        }
        characters.append(0)
        var complex = cchar_t()
        let pair = supportsColor ? colorPair(for: cell.style) : 0
        setcchar(&complex, characters, attributes(of: cell.style), pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &complex)
        if glyphWidth < Int(cell.width) {
            var blank = cchar_t()
            setcchar(&blank, [wchar_t(0x20), 0], attributes(of: cell.style), pair, nil)
            mvwadd_wch(window, Int32(y), Int32(x + 1), &blank)
        }
    }

    private func attributes(of style: Style) -> attr_t {
        var result: attr_t = 0
        if style.attributes.contains(.bold) { result |= shim_a_bold() }
        if style.attributes.contains(.underline) { result |= shim_a_underline() }
        if style.attributes.contains(.reverse) { result |= shim_a_reverse() }
        if style.attributes.contains(.dim) { result |= shim_a_dim() }
        if style.attributes.contains(.italic) { result |= shim_a_italic() }
        return result
    }

    private func colorPair(for style: Style) -> Int16 {
        let key = ColorKey(foreground: style.foreground, background: style.background)
        if key.foreground == .standard && key.background == .standard { return 0 }
        if let pair = colorPairs[key] { return pair }
        let next = Int16(colorPairs.count + 1)
        guard Int32(next) < min(shim_color_pairs(), 256) else { return 0 }
        init_pair(next, curses(key.foreground), curses(key.background))
        colorPairs[key] = next
        return next
    }

    private func curses(_ color: TerminalColor) -> Int16 {
        switch color {
        case .standard: return -1
        case .indexed(let index):
            let available = max(Int32(8), shim_colors())
            return Int16(Int32(index) < available ? Int32(index) : Int32(index) % 8)
        }
    }
}

/// Turns what `get_wch` returned into a `Key`.
public enum CursesKeyDecoder {
    /// Decodes a character (`isKeyCode == false`) or a curses key code; nil for keys Staffroom ignores.
    public static func decode(isKeyCode: Bool, value: UInt32) -> Key? {
        if isKeyCode { return keyCodes[Int32(value)] ?? functionKey(Int32(value)) }
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(value + 0x60)!))
        case 0x00, 0x1C...0x1F: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    private static let keyCodes: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown, KEY_HOME: .home, KEY_END: .end,
        KEY_ENTER: .enter, KEY_BACKSPACE: .backspace, KEY_DC: .delete, KEY_IC: .insert,
        KEY_BTAB: .backTab,
    ]

    /// Decodes keys terminfo knows only by name, such as `kLFT5` (Ctrl-Left).
    public static func decode(extendedKeyName name: String) -> Key? {
        switch name {
        case "kLFT5", "kLFT3": .controlLeft
        case "kRIT5", "kRIT3": .controlRight
        default: nil
        }
    }

    /// Turns Esc followed at once by a character (how terminals send Alt-x) into `.alt(x)`.
    public static func combiningAlt(_ events: [TerminalEvent]) -> [TerminalEvent] {
        var result: [TerminalEvent] = []
        var index = 0
        while index < events.count {
            if events[index] == .key(.escape), index + 1 < events.count, case .key(.character(let next)) = events[index + 1] {
                result.append(.key(.alt(next)))
                index += 2
            } else {
                result.append(events[index])
                index += 1
            }
        }
        return result
    }

    private static func functionKey(_ code: Int32) -> Key? {
        let number = code - KEY_F0
        return (1...12).contains(number) ? .function(Int(number)) : nil
    }
}
