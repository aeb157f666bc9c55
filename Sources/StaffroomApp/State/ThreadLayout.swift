import StaffroomStore
import StaffroomTerminal

/// One line of a laid-out thread.
public struct ThreadLine: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// The post's author and date (drawn by the view from the post).
        case header
        case body
        case quote
        /// Stands for a deleted post's text.
        case deleted
        /// The blank line after a post.
        case gap
        /// "New since your last visit", before the first unread post.
        case divider
    }

    public var kind: Kind
    public var text: String
    /// Index of the post in the thread's loaded posts.
    public var postIndex: Int
}

/// A thread's posts as lines of a given width: a header per post, the body wrapped with quotes
/// and list items indented, and a blank line after each post.
public struct ThreadLayout: Equatable, Sendable {
    /// Columns the body text is wrapped to.
    public private(set) var width = 0
    public private(set) var lines: [ThreadLine] = []
    /// The header line of each post.
    public private(set) var postStarts: [Int] = []
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

    /// Body text is indented by two columns and keeps one free column on the right.
    static func bodyWidth(columns: Int) -> Int { min(maximumBodyWidth, max(10, columns - 3)) }

    /// Adds posts after the ones laid out already.
    public mutating func append(_ posts: [ThreadPost]) {
        for post in posts {
            let index = postStarts.count
            if let unreadAfter, !dividerPlaced, post.post.id > unreadAfter {
                lines.append(ThreadLine(kind: .divider, text: "", postIndex: index))
                dividerPlaced = true
            }
            postStarts.append(lines.count)
            lines.append(ThreadLine(kind: .header, text: "", postIndex: index))
            if post.post.deletedAt != nil {
                lines.append(ThreadLine(kind: .deleted, text: "", postIndex: index))
            } else {
                for source in post.post.body.split(separator: "\n", omittingEmptySubsequences: false) {
                    appendBodyLine(source, postIndex: index)
                }
            }
            lines.append(ThreadLine(kind: .gap, text: "", postIndex: index))
        }
    }

    /// The post shown on line `line`.
    public func postIndex(atLine line: Int) -> Int? {
        lines.indices.contains(line) ? lines[line].postIndex : nil
    }

    private mutating func appendBodyLine(_ source: Substring, postIndex: Int) {
        if source.hasPrefix(">") {
            let quoted = source.dropFirst().drop { $0 == " " }
            for line in TextLayout.wrap(String(quoted), width: width - 2) {
                lines.append(ThreadLine(kind: .quote, text: "> " + line, postIndex: postIndex))
            }
            return
        }
        let hanging = Self.listIndent(of: source)
        guard hanging > 0, width - hanging >= 8 else {
            lines.append(contentsOf: TextLayout.wrap(String(source), width: width)
                .map { ThreadLine(kind: .body, text: $0, postIndex: postIndex) })
            return
        }
        let marker = String(source.prefix(hanging))
        let pad = String(repeating: " ", count: hanging)
        for (offset, line) in TextLayout.wrap(String(source.dropFirst(hanging)), width: width - hanging).enumerated() {
            lines.append(ThreadLine(kind: .body, text: (offset == 0 ? marker : pad) + line, postIndex: postIndex))
        }
    }

    /// Width of a list marker such as "- ", "* " or "12. " at the start of a line (0 when none).
    private static func listIndent(of line: Substring) -> Int {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("• ") { return 2 }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3, line.dropFirst(digits.count).hasPrefix(". ") { return digits.count + 2 }
        return 0
    }
}
