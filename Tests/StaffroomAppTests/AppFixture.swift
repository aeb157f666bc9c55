import Foundation
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

/// Entities and states for update and view tests; times are fixed and in UTC.
enum AppFixture {
    /// 25 November 2026, 12:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_608_000)

    static func state(columns: Int = 80, rows: Int = 24, language: Language = .russian) -> AppState {
        AppState(size: Size(columns: columns, rows: rows), language: language, timeZone: TimeZone(identifier: "UTC")!,
                 now: now, accountLabel: "anna.smirnova@127.0.0.1:8080")
    }

    static func forum(_ id: Int64, _ title: String, category: String, description: String = "",
                      topics: Int = 10, unread: Int = 0) -> ForumSummary {
        ForumSummary(forum: Forum(id: id, categoryID: 1, title: title, description: description, position: Int(id)),
                     categoryTitle: category, topicCount: topics, unreadTopicCount: unread)
    }

    static let forums = [
        forum(1, "Чтение в начальной школе", category: "Начальная школа", description: "Планы уроков чтения", topics: 11, unread: 2),
        forum(2, "Primary Maths Lab", category: "Начальная школа", description: "Number sense", topics: 11),
        forum(3, "Первый год в школе", category: "Наставничество", topics: 1, unread: 1),
    ]

    static func topic(_ id: Int64, _ title: String, forum: Int64 = 1, posts: Int = 3, author: String = "Ольга Петрова",
                      hoursAgo: Double = 1, unread: Bool = false, lastPostID: Int64? = nil) -> TopicSummary {
        let last = now.addingTimeInterval(-hoursAgo * 3600)
        let lastPost = lastPostID ?? id * 100
        return TopicSummary(topic: Topic(id: id, forumID: forum, title: title, authorID: 2, createdAt: last,
                                         lastPostAt: last, postCount: posts, lastPostID: lastPost),
                            authorName: author, lastReadPostID: unread ? 0 : lastPost, unreadCount: unread ? posts : 0)
    }

    /// `count` topics numbered from `first`, newest first.
    static func topics(_ count: Int, from first: Int64 = 1) -> [TopicSummary] {
        (0..<Int64(count)).map { topic(first + $0, "Тема \(first + $0)", hoursAgo: Double(first + $0)) }
    }

    static func post(_ id: Int64, topic: Int64 = 1, author: String = "Анна Смирнова", body: String, hoursAgo: Double = 2) -> ThreadPost {
        ThreadPost(post: Post(id: id, topicID: topic, authorID: 1, body: body, createdAt: now.addingTimeInterval(-hoursAgo * 3600)),
                   authorName: author)
    }

    /// `count` posts of a five-item list each (7 lines with header and gap at 80 columns).
    static func posts(_ count: Int, from first: Int64 = 1, topic: Int64 = 1) -> [ThreadPost] {
        (0..<Int64(count)).map { offset in
            post(first + offset, topic: topic, body: (1...5).map { "- Абзац \($0) сообщения \(first + offset)." }.joined(separator: "\n"))
        }
    }

    static func page<Item>(_ items: [Item], before: Bool = false, after: Bool = false) -> Page<Item> {
        Page(items: items, hasMoreBefore: before, hasMoreAfter: after)
    }

    /// A state with the forum list loaded.
    static func withForums(columns: Int = 80, rows: Int = 24, language: Language = .russian) -> AppState {
        var state = state(columns: columns, rows: rows, language: language)
        _ = AppUpdate.update(&state, .forumsLoaded(forums, communityName: "Сеть школ «Перекрёсток»"))
        return state
    }

    /// A state with forum 1's topics open and loaded.
    static func withTopics(_ topics: [TopicSummary], more: Bool = false, rows: Int = 24) -> AppState {
        var state = withForums(rows: rows)
        _ = AppUpdate.update(&state, .key(.enter))
        _ = AppUpdate.update(&state, .topicsLoaded(forumID: 1, .open, page(topics, after: more)))
        return state
    }

    /// A state with the first topic's thread open and loaded.
    static func withThread(_ posts: [ThreadPost], more: Bool = false, topic: TopicSummary? = nil,
                           columns: Int = 80, rows: Int = 24) -> AppState {
        var state = withTopics([topic ?? self.topic(1, "Дети, которые читают медленно", posts: posts.count, unread: true,
                                                    lastPostID: posts.last?.post.id)], rows: rows)
        state.size = Size(columns: columns, rows: rows)
        _ = AppUpdate.update(&state, .key(.enter))
        _ = AppUpdate.update(&state, .postsLoaded(topicID: 1, .open, page(posts, after: more)))
        return state
    }

}

extension AppState {
    /// The thread on top of the stack.
    var openThread: ThreadState? {
        if case .thread(let thread) = stack.last { return thread }
        return nil
    }

    /// The topic list on the stack.
    var openTopics: TopicListState? {
        for screen in stack.reversed() { if case .topics(let list) = screen { return list } }
        return nil
    }

    mutating func press(_ keys: Key...) -> [Effect] {
        keys.flatMap { AppUpdate.update(&self, .key($0)) }
    }
}

func render(_ state: AppState, theme: Theme = ThemeLoader.builtIn("default")) -> CellGrid {
    AppView.render(state, theme: theme)
}
