import Foundation
import StaffroomProtocol

/// Small builders for synced entities.
enum Fixture {
    static let epoch = Date(timeIntervalSince1970: 1_790_000_000)

    static func user(_ id: Int64, _ name: String = "Анна Смирнова") -> Change {
        .user(User(id: id, username: "user\(id)", displayName: name, role: .teacher, school: "Школа № 12"))
    }

    static func category(_ id: Int64, position: Int = 0) -> Change {
        .category(StaffroomProtocol.Category(id: id, title: "Категория \(id)", position: position))
    }

    static func forum(_ id: Int64, category: Int64, position: Int = 0) -> Change {
        .forum(Forum(id: id, categoryID: category, title: "Форум \(id)", description: "", position: position))
    }

    static func topic(_ id: Int64, forum: Int64, lastPostAt: Date, lastPostID: Int64, posts: Int = 1) -> Change {
        .topic(Topic(id: id, forumID: forum, title: "Тема \(id)", authorID: 1, createdAt: epoch,
                     lastPostAt: lastPostAt, postCount: posts, lastPostID: lastPostID))
    }

    static func post(_ id: Int64, topic: Int64, body: String = "Текст") -> Change {
        .post(Post(id: id, topicID: topic, authorID: 1, body: body, createdAt: epoch.addingTimeInterval(Double(id))))
    }
}
