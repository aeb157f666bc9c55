/// Wrapping and truncation of text by display width (not by characters or bytes).
public enum TextLayout {
    /// The ellipsis that marks truncated text.
    public static let ellipsis: Character = "…"

    /// `text` cut (with `…`) or padded with spaces to exactly `width` columns, for a column of a table.
    public static func fitted(_ text: String, width: Int) -> String {
        let cut = truncate(text, width: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }

    /// `text` right-aligned in `width` columns (never cut).
    public static func rightAligned(_ text: String, width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }

    /// Shortens `text` to at most `width` columns, ending with `…` when something was cut.
    public static func truncate<S: StringProtocol>(_ text: S, width: Int) -> String {
        guard width > 0 else { return "" }
        var used = 0
        var end = text.startIndex
        var lastFitting = text.startIndex
        for index in text.indices {
            let columns = DisplayWidth.of(text[index])
            if used + columns > width {
                return String(text[..<lastFitting]) + String(ellipsis)
            }
            used += columns
            if used <= width - 1 { lastFitting = text.index(after: index) }
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// Wraps `text` into lines of at most `width` columns. Each `\n` starts a new line; lines break
    /// at spaces, and a word longer than the width is broken between graphemes. Runs in linear time.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            wrapParagraph(paragraph, width: width, into: &lines)
        }
        return lines
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int, into lines: inout [String]) {
        var line = ""
        var lineWidth = 0
        var word = ""
        var wordWidth = 0
        var spaces = 0

        func flushLine() {
            lines.append(line)
            line = ""
            lineWidth = 0
        }
        func placeWord() {
            guard !word.isEmpty else { return }
            if lineWidth > 0 && lineWidth + spaces + wordWidth > width {
                flushLine()
                spaces = 0
            }
            if lineWidth > 0 || spaces > 0 {
                let gap = min(spaces, width - lineWidth)
                line += String(repeating: " ", count: gap)
                lineWidth += gap
            }
            if wordWidth <= width - lineWidth {
                line += word
                lineWidth += wordWidth
            } else {
                for character in word {
                    let columns = DisplayWidth.of(character)
                    if lineWidth + columns > width && lineWidth > 0 { flushLine() }
                    line.append(character)
                    lineWidth += columns
                }
            }
            word = ""
            wordWidth = 0
            spaces = 0
        }

        for character in paragraph {
            if character == " " {
                placeWord()
                spaces += 1
            } else {
                word.append(character)
                wordWidth += DisplayWidth.of(character)
            }
        }
        placeWord()
        lines.append(line)
    }
}
