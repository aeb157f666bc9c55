/// Reads a forum's threads from the demo text format:
///
///     ## Topic title
///     @username -12d 09:15
///     Body paragraphs…
///
/// A `## ` line starts a topic; a header line `@username -Nd HH:MM` starts a post written N days
/// before seeding at that time (`accepted` after it marks the accepted answer of a question);
/// everything until the next header is the post's body.
public enum DemoThreadParser {
    /// What is wrong with a demo text, with its line number (1-based, within the text).
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// Parses `text` into topics, checking that every post has an author, a body and a valid time.
    public static func parse(_ text: String) throws(Failure) -> [DemoTopic] {
        var topics: [DemoTopic] = []
        var body: [Substring] = []

        func finishPost(line: Int) throws(Failure) {
            guard !topics.isEmpty, !topics[topics.count - 1].posts.isEmpty else { return }
            let text = body.joined(separator: "\n").trimmingBlankLines()
            guard !text.isEmpty else { throw Failure(line: line, reason: "empty post") }
            let last = topics[topics.count - 1].posts.count - 1
            topics[topics.count - 1].posts[last].body = text
            body = []
        }

        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            if line.hasPrefix("## ") {
                try finishPost(line: number)
                topics.append(DemoTopic(title: String(line.dropFirst(3)), posts: []))
            } else if let header = PostHeader(line) {
                try finishPost(line: number)
                guard !topics.isEmpty else { throw Failure(line: number, reason: "post before the first topic") }
                topics[topics.count - 1].posts.append(
                    DemoPost(author: header.author, daysAgo: header.daysAgo, minuteOfDay: header.minuteOfDay, body: "",
                             accepted: header.accepted))
            } else if topics.last?.posts.isEmpty == false {
                body.append(line)
            } else if !line.allSatisfy(\.isWhitespace) {
                throw Failure(line: number, reason: "text outside a post")
            }
        }
        try finishPost(line: text.split(separator: "\n", omittingEmptySubsequences: false).count)
        if let empty = topics.first(where: { $0.posts.isEmpty }) {
            throw Failure(line: 0, reason: "topic “\(empty.title)” has no posts")
        }
        return topics
    }

    private struct PostHeader {
        var author: String
        var daysAgo: Int
        var minuteOfDay: Int
        var accepted: Bool

        init?(_ line: Substring) {
            let parts = line.split(separator: " ")
            guard parts.count == 3 || (parts.count == 4 && parts[3] == "accepted"), parts[0].hasPrefix("@"), parts[0].count > 1,
                  parts[1].hasPrefix("-"), parts[1].hasSuffix("d"),
                  let days = Int(parts[1].dropFirst().dropLast()), days >= 0 else { return nil }
            let clock = parts[2].split(separator: ":")
            guard clock.count == 2, let hours = Int(clock[0]), let minutes = Int(clock[1]),
                  (0..<24).contains(hours), (0..<60).contains(minutes) else { return nil }
            author = String(parts[0].dropFirst())
            daysAgo = days
            minuteOfDay = hours * 60 + minutes
            accepted = parts.count == 4
        }
    }
}

extension String {
    /// The string without blank lines at its start and end.
    fileprivate func trimmingBlankLines() -> String {
        var lines = split(separator: "\n", omittingEmptySubsequences: false)
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
