import StaffroomTerminal

/// Wraps styled text by display width: at spaces where a word fits, between graphemes where it
/// does not. Linear in the length of the text.
enum StyledWrap {
    /// The lines of `spans` at most `width` columns wide (at least one line, possibly empty).
    static func wrap(_ spans: [TextSpan], width: Int) -> [[TextSpan]] {
        let width = max(1, width)
        var lines: [[TextSpan]] = []
        var line: [TextSpan] = []
        var lineWidth = 0
        var pendingSpace: SpanStyle?

        func append(_ text: String, _ style: SpanStyle) {
            if let last = line.last, last.style == style {
                line[line.count - 1].text += text
            } else {
                line.append(TextSpan(text, style))
            }
        }
        func newLine() {
            lines.append(line)
            line = []
            lineWidth = 0
        }

        for word in words(of: spans) {
            if word.isSpace {
                if lineWidth > 0 { pendingSpace = word.pieces.first?.style ?? .plain }
                continue
            }
            let wordWidth = word.pieces.reduce(0) { $0 + DisplayWidth.of($1.text) }
            let gap = pendingSpace == nil ? 0 : 1
            if lineWidth > 0 && lineWidth + gap + wordWidth > width {
                newLine()
                pendingSpace = nil
            }
            if let style = pendingSpace, lineWidth > 0 {
                append(" ", style)
                lineWidth += 1
            }
            pendingSpace = nil
            for piece in word.pieces {
                if lineWidth + DisplayWidth.of(piece.text) <= width {
                    append(piece.text, piece.style)
                    lineWidth += DisplayWidth.of(piece.text)
                    continue
                }
                for character in piece.text {
                    let columns = DisplayWidth.of(character)
                    if lineWidth + columns > width && lineWidth > 0 { newLine() }
                    append(String(character), piece.style)
                    lineWidth += columns
                }
            }
        }
        lines.append(line)
        return lines
    }

    private struct Word {
        var pieces: [TextSpan]
        var isSpace: Bool
    }

    /// Spans cut into words (runs without spaces, perhaps in several styles) and single spaces.
    private static func words(of spans: [TextSpan]) -> [Word] {
        var words: [Word] = []
        var current: [TextSpan] = []
        for span in spans {
            var piece = ""
            for character in span.text {
                if character == " " {
                    if !piece.isEmpty { current.append(TextSpan(piece, span.style)) }
                    piece = ""
                    if !current.isEmpty { words.append(Word(pieces: current, isSpace: false)) }
                    current = []
                    words.append(Word(pieces: [TextSpan(" ", span.style)], isSpace: true))
                } else {
                    piece.append(character)
                }
            }
            if !piece.isEmpty { current.append(TextSpan(piece, span.style)) }
        }
        if !current.isEmpty { words.append(Word(pieces: current, isSpace: false)) }
        return words
    }
}

extension StyledWrap {
    /// `text` cut into pieces of at most `width` columns, between graphemes, keeping every space.
    static func hardWrap(_ text: String, width: Int) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var used = 0
        for character in text {
            let columns = DisplayWidth.of(character)
            if used + columns > max(1, width) && !piece.isEmpty {
                pieces.append(piece)
                piece = ""
                used = 0
            }
            piece.append(character)
            used += columns
        }
        pieces.append(piece)
        return pieces
    }
}
