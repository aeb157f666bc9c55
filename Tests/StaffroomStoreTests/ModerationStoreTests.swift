import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore

/// Review items and audit entries in a moderator's store: kept as the server last sent them, the
/// queue ordered by score, then age.
@Suite struct ModerationStoreTests {
    private static let day = Date(timeIntervalSince1970: 1_795_996_800)

    private static func item(_ id: Int64, score: Int, hoursAgo: Double, status: ReviewStatus = .pending) -> Change {
        .reviewItem(ReviewItem(id: id, postID: id * 10, topicID: 1, forumID: 1, authorID: 2, text: "Текст \(id)", status: status,
                               score: score, flags: [ReviewFlag(userID: 3, reason: .spam, note: "", createdAt: day, weight: score)],
                               version: 1, createdAt: day.addingTimeInterval(-hoursAgo * 3_600)))
    }

    @Test func theQueueIsPendingItemsByScoreThenAgeAndLaterStatesReplaceEarlierOnes() throws {
        let store = try ClientStore.inMemory()
        try store.apply(SyncPage(changes: [Self.item(1, score: 2, hoursAgo: 1), Self.item(2, score: 5, hoursAgo: 2),
                                           Self.item(3, score: 2, hoursAgo: 3), Self.item(4, score: 9, hoursAgo: 4)],
                                 cursor: "e-4", more: false), syncedAt: Self.day)
        #expect(try store.pendingReviewItems(limit: 10).map(\.id) == [4, 2, 3, 1])
        try store.apply(SyncPage(changes: [Self.item(4, score: 9, hoursAgo: 4, status: .approved),
                                           .auditEntry(AuditEntry(id: 1, moderatorID: 3, itemID: 4, postID: 40, action: .delete, note: "",
                                                                  previousStatus: .pending, createdAt: Self.day))],
                                 cursor: "e-6", more: false), syncedAt: Self.day)
        let queue = try store.pendingReviewItems(limit: 2)
        #expect(queue.map(\.id) == [2, 3], "a judged item leaves the queue")
        #expect(queue.first?.flags.first?.weight == 5 && queue.first?.text == "Текст 2")
        try store.restartSync()
        #expect(try store.pendingReviewItems(limit: 10).isEmpty)
    }

    @Test func aDecisionInTheOutboxHidesItsItemAndUndoWithdrawsItOrUndoesTheLatestStandingOne() throws {
        let store = try ClientStore.inMemory()
        try store.apply(SyncPage(changes: [Fixture.user(3, "Марина Волкова"), Self.item(1, score: 5, hoursAgo: 1), Self.item(2, score: 1, hoursAgo: 2),
                                           .auditEntry(AuditEntry(id: 7, moderatorID: 3, itemID: 9, postID: 90, action: .keep, note: "",
                                                                  previousStatus: .pending, createdAt: Self.day.addingTimeInterval(-60)))],
                                 cursor: "e-4", more: false), syncedAt: Self.day)
        try store.enqueue(.moderate(itemID: 1, version: 1, action: .delete, note: ""))
        #expect(try store.pendingReviewItems(limit: 10).map(\.id) == [2], "decided here, waiting to be sent")
        #expect(try store.undoLastModeration(by: 3, now: Self.day) == .withdrawn)
        #expect(try store.pendingReviewItems(limit: 10).map(\.id) == [1, 2] && (try store.pendingMutations()).isEmpty)
        #expect(try store.undoLastModeration(by: 3, now: Self.day) == .queued)
        #expect(try store.pendingMutations().map(\.action) == [.undoModeration(entryID: 7)])
        #expect(try store.undoLastModeration(by: 3, now: Self.day) == .nothing, "the undo is queued already")
        #expect(try store.undoLastModeration(by: 4, now: Self.day) == .nothing, "another moderator's decision is not theirs to undo")
    }

    @Test func theContextHoldsThePostsAroundTheAuthorsOtherPostsAndEarlierDecisions() throws {
        let store = try ClientStore.inMemory()
        let posts: [Change] = (1...6).map { id in
            .post(Post(id: Int64(id * 10), topicID: 1, authorID: id == 3 || id == 6 ? 4 : 2, body: "Сообщение \(id)", createdAt: Self.day, number: id))
        }
        try store.apply(SyncPage(changes: [Fixture.user(2, "Анна"), Fixture.user(4, "Иван"), Fixture.user(3, "Марина"),
                                           .topic(Topic(id: 1, forumID: 1, title: "Тема", authorID: 2, createdAt: Self.day, lastPostAt: Self.day,
                                                        postCount: 6, lastPostID: 60))] + posts + [
            .auditEntry(AuditEntry(id: 1, moderatorID: 3, itemID: 5, postID: 60, action: .delete, note: "Грубость", previousStatus: .pending,
                                   createdAt: Self.day)),
        ], cursor: "e-9", more: false), syncedAt: Self.day)
        var item = try #require({ if case .reviewItem(let item) = Self.item(3, score: 1, hoursAgo: 1) { item } else { nil } }())
        item.postID = 30
        item.authorID = 4
        let context = try store.reviewContext(for: item)
        #expect(context.around.map(\.post.id) == [10, 20, 30, 40, 50])
        #expect(context.recent.map(\.post.id) == [60])
        #expect(context.history.map(\.note) == ["Грубость"])
        #expect(context.names[4] == "Иван" && context.names[3] == "Марина" && context.topicTitle == "Тема")
    }
}

extension ModerationStoreTests {
    @Test func theAuditLogIsNewestFirstWithItsPostsTextAndNarrowsToOneModerator() throws {
        let store = try ClientStore.inMemory()
        let day = Date(timeIntervalSince1970: 1_795_996_800)
        func entry(_ id: Int64, moderator: Int64, post: Int64, minutes: Double) -> Change {
            .auditEntry(AuditEntry(id: id, moderatorID: moderator, itemID: id, postID: post, action: .keep, note: "", previousStatus: .pending,
                                   createdAt: day.addingTimeInterval(minutes * 60)))
        }
        try store.apply(SyncPage(changes: [.post(Post(id: 5, topicID: 1, authorID: 2, body: "Текст поста", createdAt: day, number: 1)),
                                           entry(1, moderator: 3, post: 5, minutes: 1), entry(2, moderator: 6, post: 9, minutes: 2),
                                           entry(3, moderator: 3, post: 5, minutes: 3)],
                                 cursor: "e-4", more: false), syncedAt: day)
        #expect(try store.auditLog(AuditFilter(), limit: 10).map(\.entry.id) == [3, 2, 1])
        #expect(try store.auditLog(AuditFilter(moderatorID: 3), limit: 10).map(\.entry.id) == [3, 1])
        #expect(try store.auditLog(AuditFilter(), limit: 10).map(\.postText) == ["Текст поста", "", "Текст поста"],
                "a post the store does not have reads as empty")
    }
}
