import Foundation
import Dispatch
import GRDB
import Testing
import StaffroomProtocol
import StaffroomStore

@Suite struct ClientStoreSyncTests {
    @Test func aFreshStoreHasNoAccountAndNoCursor() throws {
        let store = try ClientStore.inMemory()
        #expect(try store.account() == nil)
        #expect(try store.syncState() == SyncState(cursor: nil, lastSyncAt: nil))
    }

    @Test func applyingAPageStoresItsEntitiesAndCursorTogether() throws {
        let store = try ClientStore.inMemory()
        let page = SyncPage(changes: [Fixture.user(1), Fixture.category(1), Fixture.forum(1, category: 1),
                                      Fixture.topic(1, forum: 1, lastPostAt: Fixture.epoch, lastPostID: 1),
                                      Fixture.post(1, topic: 1), .community(Community(name: "Сеть"))],
                            cursor: "e-6", more: false)
        try store.apply(page, syncedAt: Fixture.epoch)
        #expect(try store.syncState() == SyncState(cursor: "e-6", lastSyncAt: Fixture.epoch))
        #expect(try store.communityName() == "Сеть")
        #expect(try store.forumSummaries().map(\.forum.id) == [1])
        #expect(try store.posts(inTopic: 1, page: .first, limit: 10).items.map(\.authorName) == ["Анна Смирнова"])
    }

    @Test func theLastSyncTimeIsSetOnlyByTheLastPage() throws {
        let store = try ClientStore.inMemory()
        try store.apply(SyncPage(changes: [Fixture.user(1)], cursor: "e-1", more: true), syncedAt: Fixture.epoch)
        #expect(try store.syncState().lastSyncAt == nil)
        #expect(try store.syncState().cursor == "e-1")
    }

    @Test func aRepeatedChangeReplacesTheEntity() throws {
        let store = try ClientStore.inMemory()
        try store.apply(SyncPage(changes: [Fixture.user(1, "Старое имя"), Fixture.user(1, "Новое имя")],
                                 cursor: "e-2", more: false), syncedAt: Fixture.epoch)
        try store.apply(SyncPage(changes: [Fixture.post(5, topic: 1), Fixture.post(5, topic: 1, body: "Правка")],
                                 cursor: "e-4", more: false), syncedAt: Fixture.epoch)
        let posts = try store.posts(inTopic: 1, page: .first, limit: 10).items
        #expect(posts.map(\.post.body) == ["Правка"])
        #expect(posts.map(\.authorName) == ["Новое имя"])
    }

    @Test func aPageThatFailsHalfwayLeavesNothingBehind() throws {
        let path = NSTemporaryDirectory() + "staffroom-store-\(UUID().uuidString)/store.sqlite"
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let store = try ClientStore.open(at: path)
        try store.apply(SyncPage(changes: [Fixture.post(1, topic: 1)], cursor: "e-1", more: true), syncedAt: Fixture.epoch)
        let saboteur = try DatabaseQueue(path: path)
        try saboteur.write { db in
            try db.execute(sql: """
                CREATE TRIGGER failOnPost3 BEFORE INSERT ON post WHEN NEW.id = 3
                BEGIN SELECT RAISE(ABORT, 'disk trouble'); END
                """)
        }
        let page = SyncPage(changes: [Fixture.post(2, topic: 1), Fixture.post(3, topic: 1)], cursor: "e-3", more: false)
        #expect(throws: StoreError.self) { try store.apply(page, syncedAt: Fixture.epoch) }
        #expect(try store.syncState().cursor == "e-1", "the cursor did not move past the failed page")
        #expect(try store.posts(inTopic: 1, page: .first, limit: 10).items.map(\.post.id) == [1],
                "post 2 of the failed page was rolled back")
    }

    @Test func loggingInElsewhereDropsSyncedContentButKeepsTheNewAccount() throws {
        let store = try ClientStore.inMemory()
        let first = Account(serverURL: "http://a", userID: 1, username: "anna", displayName: "Анна", token: "t1")
        try store.saveLogin(first)
        try store.apply(SyncPage(changes: [Fixture.category(1), Fixture.forum(1, category: 1)], cursor: "e-2", more: false),
                        syncedAt: Fixture.epoch)
        try store.saveLogin(Account(serverURL: "http://a", userID: 1, username: "anna", displayName: "Анна", token: "t2"))
        #expect(try store.forumSummaries().count == 1, "a new token for the same account keeps the data")
        let other = Account(serverURL: "http://b", userID: 7, username: "olga", displayName: "Ольга", token: "t3")
        try store.saveLogin(other)
        #expect(try store.forumSummaries().isEmpty)
        #expect(try store.syncState().cursor == nil)
        #expect(try store.account() == other)
    }

    @Test func restartingSyncForgetsContentAndCursor() throws {
        let store = try ClientStore.inMemory()
        try store.apply(SyncPage(changes: [Fixture.category(1), Fixture.forum(1, category: 1)], cursor: "e-2", more: false),
                        syncedAt: Fixture.epoch)
        try store.restartSync()
        #expect(try store.forumSummaries().isEmpty)
        #expect(try store.syncState().cursor == nil)
    }

    @Test func theStoreFileIsPrivateAndReopens() throws {
        let folder = NSTemporaryDirectory() + "staffroom-store-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/data/store.sqlite"
        do {
            let store = try ClientStore.open(at: path)
            try store.apply(SyncPage(changes: [Fixture.user(1)], cursor: "e-1", more: false), syncedAt: Fixture.epoch)
        }
        let reopened = try ClientStore.open(at: path)
        #expect(try reopened.syncState().cursor == "e-1")
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test func aFileThatIsNotADatabaseIsReportedClearly() throws {
        let path = NSTemporaryDirectory() + "staffroom-not-a-db-\(UUID().uuidString).sqlite"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("this is not sqlite, just text that is long enough to be a header".utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try ClientStore.open(at: path)
        } throws: { error in
            guard case StoreError.cannotOpen(let failedPath, _) = error else { return false }
            return failedPath == path
        }
    }
}

@Suite struct ClientStoreSharingTests {
    @Test func aSecondProcessWritingMeanwhileIsWaitedFor() throws {
        let folder = NSTemporaryDirectory() + "staffroom-store-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/store.sqlite"
        let store = try ClientStore.open(at: path)
        let other = try DatabaseQueue(path: path)
        let released = DispatchSemaphore(value: 0)
        let holder = Thread {
            try? other.inDatabase { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                released.signal()
                Thread.sleep(forTimeInterval: 0.3)
                try db.execute(sql: "COMMIT")
            }
        }
        holder.start()
        released.wait()
        try store.markRead(topicID: 1, upTo: 5)
        try store.apply(SyncPage(changes: [Fixture.user(1)], cursor: "e-1", more: false), syncedAt: Fixture.epoch)
        #expect(try store.syncState().cursor == "e-1")
    }
}
