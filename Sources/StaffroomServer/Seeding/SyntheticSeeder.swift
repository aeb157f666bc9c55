import Foundation
import StaffroomProtocol

/// Fills a server database with a large, deterministic synthetic network for benchmarks:
/// 40 members, 3 categories, 12 forums, topics of 1–60 posts and one very long thread.
public struct SyntheticSeeder {
    let database: ServerDatabase
    let accounts: Accounts

    public init(database: ServerDatabase, accounts: Accounts) {
        self.database = database
        self.accounts = accounts
    }

    /// The username of every synthetic member is `memberN`; all share this password.
    public static let password = "synthetic"
    /// Posts in the long thread (first topic of the first forum).
    public static let longThreadPosts = 3_000

    /// Seeds `postCount` posts spread over the year before `now`.
    public func seed(postCount: Int, now: Date = Date(), seed: UInt64 = 42) throws {
        var random = SplitMix64(seed: seed)
        let passwordHash = accounts.hashPassword(Self.password)
        try database.setCommunityName("Synthetic network")
        var memberIDs: [Int64] = []
        for index in 1...40 {
            let role: Role = index == 1 ? .admin : index <= 3 ? .moderator : index <= 8 ? .mentor : .teacher
            memberIDs.append(try database.addMember(username: "member\(index)", displayName: "Участник \(index) Member",
                                                    role: role, school: "School \(index % 9 + 1)",
                                                    passwordHash: passwordHash).id)
        }
        let forumIDs = try database.batch { writer in
            try (1...3).flatMap { categoryIndex in
                let categoryID = try writer.addCategory(title: "Category \(categoryIndex) · Раздел \(categoryIndex)")
                return try (1...4).map { forumIndex in
                    try writer.addForum(categoryID: categoryID, title: "Forum \(categoryIndex).\(forumIndex) · Форум",
                                        description: "Synthetic forum for benchmarks")
                }
            }
        }
        let start = now.addingTimeInterval(-365 * 86_400)
        let step = 365 * 86_400 / Double(max(postCount, 1))
        var written = 0
        while written < postCount {
            try database.batch { writer in
                let batchEnd = min(postCount, written + 5_000)
                while written < batchEnd {
                    let isLongThread = written == 0
                    let length = isLongThread ? min(Self.longThreadPosts, postCount) : Int(random.next() % 60) + 1
                    let forumID = forumIDs[isLongThread ? 0 : Int(random.next() % UInt64(forumIDs.count))]
                    var date = start.addingTimeInterval(Double(written) * step)
                    let author = memberIDs[Int(random.next() % UInt64(memberIDs.count))]
                    let topicID = try writer.addTopic(forumID: forumID, title: SyntheticText.title(&random),
                                                      authorID: author, body: SyntheticText.body(&random), at: date)
                    written += 1
                    for _ in 1..<max(1, min(length, postCount - written + 1)) {
                        date.addTimeInterval(step)
                        try writer.addPost(topicID: topicID, authorID: memberIDs[Int(random.next() % UInt64(memberIDs.count))],
                                           body: SyntheticText.body(&random), at: date)
                        written += 1
                    }
                }
            }
        }
    }
}

/// A small deterministic random generator (SplitMix64), so synthetic networks are reproducible.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Sentences for synthetic posts, made from a few Russian and English word lists.
enum SyntheticText {
    private static let words = [
        "урок", "чтение", "задача", "класс", "ученики", "план", "оценка", "текст", "вопрос", "методика",
        "lesson", "reading", "problem", "pupils", "plan", "assessment", "question", "worksheet", "group", "fluency",
        "олимпиада", "наставник", "расписание", "проект", "mentor", "project", "timetable", "network", "школа", "school",
    ]

    static func title(_ random: inout SplitMix64) -> String {
        let count = Int(random.next() % 6) + 3
        return sentence(count, &random)
    }

    static func body(_ random: inout SplitMix64) -> String {
        let paragraphs = Int(random.next() % 3) + 1
        return (0..<paragraphs).map { _ in sentence(Int(random.next() % 40) + 8, &random) + "." }
            .joined(separator: "\n\n")
    }

    private static func sentence(_ count: Int, _ random: inout SplitMix64) -> String {
        let text = (0..<count).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
