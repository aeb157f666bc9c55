import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

@Suite struct EffectRunnerTests {
    /// Collects what the runner posts, waiting until `count` messages arrived (up to 60 s: the whole
    /// suite shares two cores, so a quick effect may wait its turn for seconds).
    private func messages(_ mailbox: Mailbox, count: Int) async throws -> [RuntimeMessage] {
        var collected: [RuntimeMessage] = []
        let deadline = Date().addingTimeInterval(60)
        while collected.count < count, Date() < deadline {
            collected += mailbox.drain()
            try await Task.sleep(for: .milliseconds(5))
        }
        return collected
    }

    private func store() throws -> ClientStore {
        let store = try ClientStore.inMemory()
        let date = Date(timeIntervalSince1970: 1_790_000_000)
        try store.apply(SyncPage(changes: [
            .community(Community(name: "Сеть\u{1B}[31m")),
            .category(StaffroomProtocol.Category(id: 1, title: "Начальная школа", position: 0)),
            .forum(Forum(id: 1, categoryID: 1, title: "Чтение\nвслух", description: "", position: 0)),
            .topic(Topic(id: 1, forumID: 1, title: "Тема", authorID: 1, createdAt: date, lastPostAt: date, postCount: 1, lastPostID: 9)),
            .post(Post(id: 9, topicID: 1, authorID: 1, body: "Текст\u{07}", createdAt: date)),
        ], cursor: "e-5", more: false), syncedAt: date)
        return store
    }

    @Test func storeEffectsRunInOrderAndComeBackCleaned() async throws {
        let mailbox = Mailbox(wake: try WakeSignal())
        let runner = EffectRunner(store: try store(), synchronizer: nil, mailbox: mailbox, copyFolder: NSTemporaryDirectory(),
                                  downloadsFolder: NSTemporaryDirectory())
        runner.run([.loadForums, .markRead(topicID: 1, upTo: 9), .loadForums,
                    .loadPosts(topicID: 1, page: .first, limit: 10, .open)])
        let results = try await messages(mailbox, count: 3)
        guard results.count == 3,
              case .action(.forumsLoaded(let before, let name)) = results[0],
              case .action(.forumsLoaded(let after, _)) = results[1],
              case .action(.postsLoaded(1, .open, let posts)) = results[2] else {
            Issue.record("unexpected messages: \(results)")
            return
        }
        #expect(name == "Сеть")
        #expect(before.first?.forum.title == "Чтение вслух")
        #expect(before.first?.unreadTopicCount == 1)
        #expect(after.first?.unreadTopicCount == 0, "the read mark was saved before the second read")
        #expect(posts.items.first?.post.body == "Текст\u{2407}")
    }

    @Test func syncingWithoutAnAccountIsReportedNotIgnored() async throws {
        let mailbox = Mailbox(wake: try WakeSignal())
        let runner = EffectRunner(store: try store(), synchronizer: nil, mailbox: mailbox, copyFolder: NSTemporaryDirectory(),
                                  downloadsFolder: NSTemporaryDirectory())
        runner.run([.sync, .quit])
        let results = try await messages(mailbox, count: 2)
        guard results.count == 2, case .action(.syncFailed(.notLoggedIn)) = results[0], case .quit = results[1] else {
            Issue.record("unexpected messages: \(results)")
            return
        }
    }
}
