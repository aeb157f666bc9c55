import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

@Suite struct EffectRunnerTests {
    /// Collects what the runner posts, waiting until `count` messages arrived (up to 180 s: the whole
    /// suite shares two cores, and while the server suites seed their databases at the start a quick
    /// effect may wait its turn for a minute).
    private func messages(_ mailbox: Mailbox, count: Int) async throws -> [RuntimeMessage] {
        var collected: [RuntimeMessage] = []
        let deadline = Date().addingTimeInterval(180)
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

    @Test func sharingReadsTheChosenFilesAndQueuesTheResourceWithThem() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("staffroom-share-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("plan.txt").path
        try "План урока".write(toFile: path, atomically: true, encoding: .utf8)
        let store = try store()
        let mailbox = Mailbox(wake: try WakeSignal())
        let runner = EffectRunner(store: store, synchronizer: nil, mailbox: mailbox, copyFolder: NSTemporaryDirectory(),
                                  downloadsFolder: NSTemporaryDirectory())
        let draft = ResourceDraft(title: "План урока", type: .lessonPlan, language: "ru")
        runner.run([.share(draft, paths: [path, folder.appendingPathComponent("nope.pdf").path])])
        let refused = try await messages(mailbox, count: 1)
        guard case .action(.shareRefused(.file(.missing))) = refused.first else {
            Issue.record("a missing file goes back to the form: \(refused)")
            return
        }
        runner.run([.share(draft, paths: [path])])
        let queued = try await messages(mailbox, count: 2)
        guard case .action(.shareQueued(title: "План урока")) = queued.first else {
            Issue.record("unexpected messages: \(queued)")
            return
        }
        let pending = try store.pendingMutations()
        guard case .shareResource(let sent) = pending.first?.action else {
            Issue.record("the resource waits in the outbox")
            return
        }
        #expect(sent.files.map(\.name) == ["plan.txt"] && sent.files.first?.size == Int64("План урока".utf8.count))
        #expect(try store.pendingFile(sha256: sent.files[0].sha256)?.path == path)
    }
}
