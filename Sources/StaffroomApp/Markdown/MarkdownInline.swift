/// How a run of text inside a line looks.
public enum SpanStyle: Equatable, Sendable {
    case plain
    /// `**strong**` (and `__strong__`): bold.
    case strong
    /// `*emphasis*` (and `_emphasis_`): underlined.
    case emphasis
    /// `` `code` `` and code blocks.
    case code
    /// A link's text and its reference number, such as `[1]`.
    case link
}

/// A run of text in one style.
public struct TextSpan: Equatable, Sendable {
    public var text: String
    public var style: SpanStyle

    public init(_ text: String, _ style: SpanStyle = .plain) {
        self.text = text
        self.style = style
    }
}

/// Inline Markdown: emphasis, code and links. A link `[text](url)` shows as its text and a
/// reference number; a bare `http(s)://` address shows as just the number. The addresses are
/// collected in order, to be listed under the post (and never opened by Staffroom).
enum MarkdownInline {
    /// The spans of `text`; `links` receives the addresses found, numbered from `links.count + 1`.
    static func spans(_ text: String, links: inout [String]) -> [TextSpan] {
        var spans: [TextSpan] = []
        var plain = ""
        var index = text.startIndex

        func emit(_ span: TextSpan) {
            if !plain.isEmpty { spans.append(TextSpan(plain)) }
            plain = ""
            spans.append(span)
        }

        while index < text.endIndex {
            let rest = text[index...]
            if rest.hasPrefix("**") || rest.hasPrefix("__"), let end = closing(String(rest.prefix(2)), in: rest.dropFirst(2)) {
                emit(TextSpan(String(rest.dropFirst(2)[..<end]), .strong))
                index = text.index(end, offsetBy: 2)
                continue
            }
            if let marker = rest.first, marker == "*" || (marker == "_" && isWordStart(text, index)),
               rest.dropFirst().first.map({ !$0.isWhitespace }) == true,
               let end = closing(String(marker), in: rest.dropFirst()), marker != "_" || isWordEnd(text, text.index(after: end)) {
                emit(TextSpan(String(rest.dropFirst()[..<end]), .emphasis))
                index = text.index(after: end)
                continue
            }
            if rest.first == "`", let end = rest.dropFirst().firstIndex(of: "`") {
                emit(TextSpan(String(rest.dropFirst()[..<end]), .code))
                index = text.index(after: end)
                continue
            }
            if rest.first == "[", let close = rest.firstIndex(of: "]"), text.index(after: close) < text.endIndex,
               text[text.index(after: close)] == "(", let end = text[close...].firstIndex(of: ")") {
                let label = String(text[text.index(after: index)..<close])
                links.append(String(text[text.index(close, offsetBy: 2)..<end]))
                emit(TextSpan(label + "[\(links.count)]", .link))
                index = text.index(after: end)
                continue
            }
            if (rest.hasPrefix("http://") || rest.hasPrefix("https://")) && isWordStart(text, index) {
                var end = rest.firstIndex { $0.isWhitespace } ?? text.endIndex
                while end > index, let last = text[..<end].last, ".,;:!?)»\"'".contains(last) { end = text.index(before: end) }
                links.append(String(text[index..<end]))
                emit(TextSpan("[\(links.count)]", .link))
                index = end
                continue
            }
            plain.append(text[index])
            index = text.index(after: index)
        }
        if !plain.isEmpty { spans.append(TextSpan(plain)) }
        return spans
    }

    /// Where `marker` closes the span that starts at `text` (not right after an opening space).
    private static func closing(_ marker: String, in text: Substring) -> Substring.Index? {
        guard let first = text.first, !first.isWhitespace else { return nil }
        var search = text.startIndex
        while let range = text[search...].range(of: marker) {
            if range.lowerBound > text.startIndex, !text[text.index(before: range.lowerBound)].isWhitespace {
                return range.lowerBound
            }
            search = range.upperBound
        }
        return nil
    }

    private static func isWordStart(_ text: String, _ index: String.Index) -> Bool {
        index == text.startIndex || !(text[text.index(before: index)].isLetter || text[text.index(before: index)].isNumber)
    }

    private static func isWordEnd(_ text: String, _ index: String.Index) -> Bool {
        index == text.endIndex || !(text[index].isLetter || text[index].isNumber)
    }
}
