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
}
