import StaffroomTerminal

/// Draws an editor's visible rows into an area and places the terminal's cursor at the insertion
/// point, where screen readers and the eye expect it.
enum TextEditorView {
    static func draw(_ editor: TextEditor, style: Style, focused: Bool, into grid: inout CellGrid, area: Rect) {
        guard !area.isEmpty else { return }
        let width = area.width
        var position = editor.top
        var y = area.y
        var starts = EditorWrap.rowStarts(editor.lines[position.line], width: width)
        while y < area.maxY && position.line < editor.lines.count {
            let line = editor.lines[position.line]
            let end = position.row + 1 < starts.count ? starts[position.row + 1] : line.count
            grid.draw(String(line[starts[position.row]..<end]), x: area.x, y: y, style: style, clip: area)
            y += 1
            if position.row + 1 < starts.count {
                position.row += 1
            } else {
                position = TextEditor.RowPosition(line: position.line + 1, row: 0)
                if position.line < editor.lines.count {
                    starts = EditorWrap.rowStarts(editor.lines[position.line], width: width)
                }
            }
        }
        guard focused else { return }
        let cursor = editor.cursorRow(width: width)
        if let offset = rowsBetween(editor.top, cursor.position, in: editor, width: width, limit: area.height) {
            grid.cursor = CellPosition(x: area.x + min(cursor.x, width - 1), y: area.y + offset)
        }
    }

    /// How many rows `to` is below `from`, if fewer than `limit`.
    private static func rowsBetween(_ from: TextEditor.RowPosition, _ to: TextEditor.RowPosition, in editor: TextEditor,
                                    width: Int, limit: Int) -> Int? {
        guard from <= to else { return nil }
        var position = from
        var count = 0
        while position < to && count < limit {
            let rows = EditorWrap.rowStarts(editor.lines[position.line], width: width).count
            if position.row + 1 < rows { position.row += 1 } else { position = .init(line: position.line + 1, row: 0) }
            count += 1
        }
        return position == to && count < limit ? count : nil
    }
}
