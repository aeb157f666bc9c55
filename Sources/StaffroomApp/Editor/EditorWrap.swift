import StaffroomTerminal

/// Where a line of the editor breaks into screen rows: at spaces when a word fits, between
/// graphemes when it does not. Row `i` holds the graphemes from `starts[i]` to `starts[i + 1]`.
enum EditorWrap {
    /// Offsets of the first grapheme of each row of `line` wrapped to `width` columns (always at
    /// least one row, starting at 0). The cursor may stand after the last grapheme, so a full row
    /// leaves room for it by wrapping one grapheme earlier.
    static func rowStarts(_ line: [Character], width: Int) -> [Int] {
        let limit = max(1, width - 1)
        var starts = [0]
        var rowStart = 0
        var rowWidth = 0
        var afterLastSpace: Int?
        var index = 0
        while index < line.count {
            let graphemeWidth = DisplayWidth.of(line[index])
            if rowWidth + graphemeWidth > limit && index > rowStart {
                let start = afterLastSpace.flatMap { $0 > rowStart ? $0 : nil } ?? index
                starts.append(start)
                rowStart = start
                rowWidth = columns(line, from: start, to: index)
                afterLastSpace = nil
                continue
            }
            rowWidth += graphemeWidth
            if line[index] == " " { afterLastSpace = index + 1 }
            index += 1
        }
        return starts
    }

    /// Display columns of `line[from..<to]`.
    static func columns(_ line: [Character], from: Int, to: Int) -> Int {
        var total = 0
        for index in from..<min(to, line.count) { total += DisplayWidth.of(line[index]) }
        return total
    }

    /// The grapheme offset in the row starting at `start` (and ending before `end`) closest to
    /// display column `column`.
    static func offset(in line: [Character], rowFrom start: Int, to end: Int, atColumn column: Int) -> Int {
        var used = 0
        var index = start
        while index < end {
            let next = used + DisplayWidth.of(line[index])
            if next > column { break }
            used = next
            index += 1
        }
        return index
    }
}
