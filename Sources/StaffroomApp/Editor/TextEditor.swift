/// What the editor can be asked to do besides inserting text.
public enum EditorCommand: Equatable, Sendable {
    case left, right, up, down, wordLeft, wordRight, home, end, pageUp, pageDown, top, bottom
    case newline, backspace, delete, deleteToLineEnd, undo
}

/// A multi-line text editor as a value: lines of graphemes, a cursor, soft-wrapped rows for a
/// given width, a scroll position, and undo of the last edit. Views draw it; nothing here does I/O.
public struct TextEditor: Equatable, Sendable {
    /// A position in the soft-wrapped text: a line and a row of that line.
    struct RowPosition: Equatable, Comparable {
        var line: Int
        var row: Int
        static func < (a: RowPosition, b: RowPosition) -> Bool { (a.line, a.row) < (b.line, b.row) }
    }

    private struct Snapshot: Equatable, Sendable {
        var lines: [[Character]]
        var line: Int
        var column: Int
    }

    private enum EditKind: Equatable, Sendable { case typing, deleting, other }

    public private(set) var lines: [[Character]]
    /// The cursor: a line, and a grapheme offset in it (0…count).
    public private(set) var line = 0
    public private(set) var column = 0
    /// The first visible row.
    private(set) var top = RowPosition(line: 0, row: 0)
    /// The display column up and down aim for.
    private var goalColumn: Int?
    private var undoSnapshot: Snapshot?
    private var lastEdit: EditKind?

    public init(text: String = "") {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array(String($0)) }
        if lines.isEmpty { lines = [[]] }
    }

    /// The whole text, lines joined with `\n`.
    public var text: String { lines.map { String($0) }.joined(separator: "\n") }

    /// True when there is nothing but white space.
    public var isBlank: Bool { lines.allSatisfy { $0.allSatisfy(\.isWhitespace) } }

    /// Moves the cursor to the end of the text.
    public mutating func moveToEnd(width: Int, height: Int) {
        perform(.bottom, width: width, height: height)
    }

    // MARK: Editing

    /// Replaces the whole text (as `$EDITOR` wrote it back) as one edit that undo reverts.
    public mutating func replaceAll(with text: String, width: Int, height: Int) {
        undoSnapshot = Snapshot(lines: lines, line: line, column: column)
        lastEdit = .other
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array(String($0)) }
        if lines.isEmpty { lines = [[]] }
        line = lines.count - 1
        column = lines[line].count
        top = RowPosition(line: 0, row: 0)
        goalColumn = nil
        scrollToCursor(width: width, height: height)
    }

    /// Inserts typed or pasted text at the cursor; `\n` starts a new line and a tab becomes spaces.
    public mutating func insert(_ text: String, width: Int, height: Int) {
        beginEdit(.typing)
        let pieces = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\t", with: "    ")
            .split(separator: "\n", omittingEmptySubsequences: false).map { Array(String($0)) }
        let tail = Array(lines[line][column...])
        lines[line].removeSubrange(column...)
        lines[line].append(contentsOf: pieces[0])
        if pieces.count == 1 {
            column = lines[line].count
            lines[line].append(contentsOf: tail)
        } else {
            var newLines = Array(pieces.dropFirst())
            column = newLines[newLines.count - 1].count
            newLines[newLines.count - 1].append(contentsOf: tail)
            lines.insert(contentsOf: newLines, at: line + 1)
            line += newLines.count
        }
        goalColumn = nil
        scrollToCursor(width: width, height: height)
    }

    /// Carries out a movement or editing command.
    public mutating func perform(_ command: EditorCommand, width: Int, height: Int) {
        switch command {
        case .newline:
            insert("\n", width: width, height: height)
            return
        case .backspace:
            beginEdit(.deleting)
            if column > 0 {
                column -= 1
                lines[line].remove(at: column)
            } else if line > 0 {
                column = lines[line - 1].count
                lines[line - 1].append(contentsOf: lines.remove(at: line))
                line -= 1
            }
        case .delete:
            beginEdit(.deleting)
            if column < lines[line].count {
                lines[line].remove(at: column)
            } else if line + 1 < lines.count {
                lines[line].append(contentsOf: lines.remove(at: line + 1))
            }
        case .deleteToLineEnd:
            beginEdit(.other)
            if column < lines[line].count {
                lines[line].removeSubrange(column...)
            } else if line + 1 < lines.count {
                lines[line].append(contentsOf: lines.remove(at: line + 1))
            }
        case .undo:
            guard let snapshot = undoSnapshot else { return }
            undoSnapshot = Snapshot(lines: lines, line: line, column: column)
            (lines, line, column) = (snapshot.lines, snapshot.line, snapshot.column)
            lastEdit = nil
        default:
            move(command, width: width, height: height)
            lastEdit = nil
            scrollToCursor(width: width, height: height)
            return
        }
        goalColumn = nil
        scrollToCursor(width: width, height: height)
    }

    /// Keeps one undo step: the state before the current run of typing, deleting or other edit.
    private mutating func beginEdit(_ kind: EditKind) {
        if lastEdit != kind || kind == .other {
            undoSnapshot = Snapshot(lines: lines, line: line, column: column)
        }
        lastEdit = kind
    }

    // MARK: Moving

    private mutating func move(_ command: EditorCommand, width: Int, height: Int) {
        switch command {
        case .left:
            if column > 0 { column -= 1 } else if line > 0 { line -= 1; column = lines[line].count }
            goalColumn = nil
        case .right:
            if column < lines[line].count { column += 1 } else if line + 1 < lines.count { line += 1; column = 0 }
            goalColumn = nil
        case .wordLeft:
            moveWord(forward: false)
        case .wordRight:
            moveWord(forward: true)
        case .home:
            let starts = EditorWrap.rowStarts(lines[line], width: width)
            column = starts[rowIndex(of: column, in: starts)]
            goalColumn = nil
        case .end:
            let starts = EditorWrap.rowStarts(lines[line], width: width)
            let row = rowIndex(of: column, in: starts)
            column = row + 1 < starts.count ? starts[row + 1] - 1 : lines[line].count
            goalColumn = nil
        case .up: moveVertically(by: -1, width: width)
        case .down: moveVertically(by: 1, width: width)
        case .pageUp: moveVertically(by: -max(1, height - 1), width: width)
        case .pageDown: moveVertically(by: max(1, height - 1), width: width)
        case .top:
            (line, column, goalColumn) = (0, 0, nil)
        case .bottom:
            line = lines.count - 1
            column = lines[line].count
            goalColumn = nil
        default:
            break
        }
    }

    private mutating func moveWord(forward: Bool) {
        goalColumn = nil
        if forward {
            if column == lines[line].count {
                if line + 1 < lines.count { line += 1; column = 0 }
                return
            }
            while column < lines[line].count && !lines[line][column].isWordCharacter { column += 1 }
            while column < lines[line].count && lines[line][column].isWordCharacter { column += 1 }
        } else {
            if column == 0 {
                if line > 0 { line -= 1; column = lines[line].count }
                return
            }
            while column > 0 && !lines[line][column - 1].isWordCharacter { column -= 1 }
            while column > 0 && lines[line][column - 1].isWordCharacter { column -= 1 }
        }
    }

    private mutating func moveVertically(by rows: Int, width: Int) {
        var starts = EditorWrap.rowStarts(lines[line], width: width)
        var row = rowIndex(of: column, in: starts)
        let goal = goalColumn ?? EditorWrap.columns(lines[line], from: starts[row], to: column)
        var remaining = abs(rows)
        while remaining > 0 {
            if rows < 0 {
                if row > 0 { row -= 1 } else if line > 0 {
                    line -= 1
                    starts = EditorWrap.rowStarts(lines[line], width: width)
                    row = starts.count - 1
                } else { break }
            } else {
                if row + 1 < starts.count { row += 1 } else if line + 1 < lines.count {
                    line += 1
                    starts = EditorWrap.rowStarts(lines[line], width: width)
                    row = 0
                } else { break }
            }
            remaining -= 1
        }
        let end = row + 1 < starts.count ? starts[row + 1] - 1 : lines[line].count
        column = EditorWrap.offset(in: lines[line], rowFrom: starts[row], to: end, atColumn: goal)
        goalColumn = goal
    }

    /// The row (of a line wrapped at `starts`) that shows `column`.
    func rowIndex(of column: Int, in starts: [Int]) -> Int {
        var row = 0
        while row + 1 < starts.count && starts[row + 1] <= column { row += 1 }
        return row
    }

    // MARK: Scrolling

    /// The cursor's row position and its display column in that row.
    func cursorRow(width: Int) -> (position: RowPosition, x: Int) {
        let starts = EditorWrap.rowStarts(lines[line], width: width)
        let row = rowIndex(of: column, in: starts)
        return (RowPosition(line: line, row: row), EditorWrap.columns(lines[line], from: starts[row], to: column))
    }

    /// Scrolls as little as possible so the cursor's row is one of the `height` visible rows.
    private mutating func scrollToCursor(width: Int, height: Int) {
        let cursor = cursorRow(width: width).position
        if cursor < top {
            top = cursor
            return
        }
        var earliest = cursor
        var rowsAbove = 0
        while rowsAbove < max(1, height) - 1 {
            if earliest.row > 0 {
                earliest.row -= 1
            } else if earliest.line > 0 {
                earliest.line -= 1
                earliest.row = EditorWrap.rowStarts(lines[earliest.line], width: width).count - 1
            } else { break }
            rowsAbove += 1
        }
        if top < earliest { top = earliest }
        if top.line < lines.count {
            let rows = EditorWrap.rowStarts(lines[top.line], width: width).count
            if top.row >= rows { top.row = rows - 1 }
        }
    }

    /// Re-fits the scroll position after the width changed.
    public mutating func relayout(width: Int, height: Int) {
        top = RowPosition(line: min(top.line, lines.count - 1), row: 0)
        scrollToCursor(width: width, height: height)
    }
}

extension Character {
    /// Letters, digits and the underscore make words for word-wise movement.
    var isWordCharacter: Bool { isLetter || isNumber || self == "_" }
}
