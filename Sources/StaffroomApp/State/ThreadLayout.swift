import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// One line of a laid-out thread.
public struct ThreadLine: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// The post's author and date (drawn by the view from the post).
        case header
        case body
        case quote
        /// Code kept as written.
        case code
        /// "[1] https://…" under a post.
        case linkReference
        /// Stands for a deleted post's text.
        case deleted
        /// What a moderator did to the post (and, for a text others may not read, stands for it).
        case moderation(PostModeration)
        /// The blank line after a post.
        case gap
        /// "New since your last visit", before the first unread post.
        case divider
    }

    public var kind: Kind
    public var spans: [TextSpan]
    /// Index of the post in the thread's loaded posts.
    public var postIndex: Int

    init(kind: Kind, spans: [TextSpan] = [], postIndex: Int) {
        self.kind = kind
        self.spans = spans
        self.postIndex = postIndex
    }

    /// The line's text without styles.
    public var text: String { spans.map(\.text).joined() }
}

/// A thread's posts as lines of a given width: a header per post, the text rendered from the
/// Markdown subset (paragraphs re-wrapped, quotes, lists with hanging indents, code as written,
/// emphasis, numbered links listed under the post), and a blank line after each post.
public struct ThreadLayout: Equatable, Sendable {
    /// Columns the text is wrapped to.
    public private(set) var width = 0
    public private(set) var lines: [ThreadLine] = []
    /// The header line of each post.
    public private(set) var postStarts: [Int] = []
    /// The addresses each post links to, numbered from 1 in the order they appear.
    public private(set) var links: [[String]] = []
    /// Posts after this one are new since the last visit; the divider goes before the first.
    public private(set) var unreadAfter: Int64?
    private var dividerPlaced = false

    public init() {}

    /// Lays out `posts` for a screen `columns` wide, with a divider before the first post newer
    /// than `unreadAfter`.
    public init(posts: [ThreadPost], columns: Int, unreadAfter: Int64? = nil) {
        width = Self.bodyWidth(columns: columns)
        self.unreadAfter = unreadAfter
        append(posts)
    }

    /// Lines are never longer than this, however wide the terminal: long lines are hard to read.
    static let maximumBodyWidth = 76

    /// Text is indented by two columns and keeps one free column on the right.
    static func bodyWidth(columns: Int) -> Int { min(maximumBodyWidth, max(10, columns - 3)) }

    /// Adds posts after the ones laid out already.
    public mutating func append(_ posts: [ThreadPost]) {
        for post in posts {
            let index = postStarts.count
            if let unreadAfter, !dividerPlaced, post.post.id > unreadAfter {
                lines.append(ThreadLine(kind: .divider, postIndex: index))
                dividerPlaced = true
            }
            postStarts.append(lines.count)
            lines.append(ThreadLine(kind: .header, postIndex: index))
            let moderation = post.post.moderation
            if post.post.deletedAt != nil {
                lines.append(ThreadLine(kind: .deleted, postIndex: index))
                if let moderation, moderation.kind == .deleted { lines.append(ThreadLine(kind: .moderation(moderation), postIndex: index)) }
                links.append([])
            } else if let moderation, moderation.hidesText, post.post.body.isEmpty {
                lines.append(ThreadLine(kind: .moderation(moderation), postIndex: index))
                links.append([])
            } else {
                links.append(appendBody(post.post.body, postIndex: index))
                if let moderation { lines.append(ThreadLine(kind: .moderation(moderation), postIndex: index)) }
            }
            lines.append(ThreadLine(kind: .gap, postIndex: index))
        }
    }

    /// The post shown on line `line`.
    public func postIndex(atLine line: Int) -> Int? {
        lines.indices.contains(line) ? lines[line].postIndex : nil
    }

    /// Renders a post's text; returns the addresses it links to.
    private mutating func appendBody(_ body: String, postIndex: Int) -> [String] {
        var links: [String] = []
        var previous: MarkdownBlock?
        for block in MarkdownBlock.parse(body) {
            switch (previous, block) {
            case (nil, _), (.listItem?, .listItem): break
            default: lines.append(ThreadLine(kind: .body, postIndex: postIndex))
            }
            previous = block
            switch block {
            case .paragraph(let text):
                for line in StyledWrap.wrap(MarkdownInline.spans(text, links: &links), width: width) {
                    lines.append(ThreadLine(kind: .body, spans: line, postIndex: postIndex))
                }
            case .quote(let text, let depth):
                let prefix = String(repeating: "> ", count: min(depth, 4))
                let wrapped = StyledWrap.wrap(MarkdownInline.spans(text, links: &links), width: width - prefix.count)
                for line in wrapped {
                    lines.append(ThreadLine(kind: .quote, spans: [TextSpan(prefix)] + line, postIndex: postIndex))
                }
            case .listItem(let marker, let text):
                let indent = marker.count + 1
                let wrapped = StyledWrap.wrap(MarkdownInline.spans(text, links: &links), width: width - indent)
                for (offset, line) in wrapped.enumerated() {
                    let lead = offset == 0 ? marker + " " : String(repeating: " ", count: indent)
                    lines.append(ThreadLine(kind: .body, spans: [TextSpan(lead)] + line, postIndex: postIndex))
                }
            case .code(let codeLines):
                for codeLine in codeLines {
                    for piece in StyledWrap.hardWrap(codeLine, width: width) {
                        lines.append(ThreadLine(kind: .code, spans: [TextSpan(piece, .code)], postIndex: postIndex))
                    }
                }
            }
        }
        if !links.isEmpty {
            lines.append(ThreadLine(kind: .body, postIndex: postIndex))
            for (number, link) in links.enumerated() {
                for piece in StyledWrap.hardWrap("[\(number + 1)] \(link)", width: width) {
                    lines.append(ThreadLine(kind: .linkReference, spans: [TextSpan(piece, .link)], postIndex: postIndex))
                }
            }
        }
        return links
    }
}
