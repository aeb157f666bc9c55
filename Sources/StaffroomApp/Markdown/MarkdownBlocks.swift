/// A post's text split into the blocks of the Markdown subset Staffroom shows: paragraphs, quotes,
/// list items, and code kept verbatim.
enum MarkdownBlock: Equatable {
    /// Lines joined into one paragraph (re-wrapped when shown).
    case paragraph(String)
    /// A quoted paragraph; `depth` counts the `>` marks.
    case quote(String, depth: Int)
    /// A list item: its marker (`•` for bullets, `3.` for numbers) and its text.
    case listItem(marker: String, text: String)
    /// Lines shown exactly as written.
    case code([String])

    /// Splits `text` into blocks. Blank lines end paragraphs, quotes and items; ``` fences and
    /// lines indented by four spaces are code.
    static func parse(_ text: String) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var paragraph: [String] = []
        var quote: (lines: [String], depth: Int)?
        var item: (marker: String, lines: [String])?
        var indented: [String]?
        var fenced: [String]?

        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))) }
            if let quote, !quote.lines.isEmpty { blocks.append(.quote(quote.lines.joined(separator: " "), depth: quote.depth)) }
            if let item { blocks.append(.listItem(marker: item.marker, text: item.lines.joined(separator: " "))) }
            if let indented { blocks.append(.code(indented)) }
            paragraph = []
            quote = nil
            item = nil
            indented = nil
        }

        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let trimmed = line.trimmingLeadingSpaces()
            if fenced != nil {
                if trimmed.hasPrefix("```") {
                    blocks.append(.code(fenced!))
                    fenced = nil
                } else {
                    fenced!.append(line)
                }
                continue
            }
            if trimmed.hasPrefix("```") {
                flush()
                fenced = []
                continue
            }
            let isIndented = line.hasPrefix("    ") || line.hasPrefix("\t")
            if isIndented, paragraph.isEmpty, quote == nil, item == nil {
                if indented == nil { flush() }
                indented = (indented ?? []) + [String(line.dropFirst(line.hasPrefix("\t") ? 1 : 4))]
                continue
            }
            if trimmed.isEmpty {
                flush()
                continue
            }
            if indented != nil { flush() }
            if line.hasPrefix(">") {
                let (depth, content) = Self.quoteContent(line)
                if quote == nil || quote!.depth != depth {
                    flush()
                    quote = ([], depth)
                }
                if !content.isEmpty { quote!.lines.append(content) }
                continue
            }
            if let (marker, content) = Self.listMarker(trimmed) {
                flush()
                item = (marker, [content])
                continue
            }
            if item != nil, line.hasPrefix("  ") {
                item!.lines.append(trimmed)
                continue
            }
            if quote != nil || item != nil { flush() }
            paragraph.append(trimmed)
        }
        if let fenced { blocks.append(.code(fenced)) }
        flush()
        return blocks
    }

    private static func quoteContent(_ line: String) -> (depth: Int, content: String) {
        var depth = 0
        var rest = Substring(line)
        while rest.first == ">" {
            depth += 1
            rest = rest.dropFirst()
            if rest.first == " " { rest = rest.dropFirst() }
        }
        return (depth, String(rest).trimmingLeadingSpaces())
    }

    private static func listMarker(_ line: String) -> (String, String)? {
        for bullet in ["- ", "* ", "+ ", "• "] where line.hasPrefix(bullet) {
            return ("•", String(line.dropFirst(2)))
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let after = line.dropFirst(digits.count)
        guard after.hasPrefix(". ") || after.hasPrefix(") ") else { return nil }
        return (digits + ".", String(after.dropFirst(2)))
    }
}

extension String {
    fileprivate func trimmingLeadingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" })
    }
}
