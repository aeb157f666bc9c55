import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore

/// What moderation leaves in a member's store: a post's moderation kept with it, notices shown once,
/// the silence in force, the outcome of each decision this device sent, and the audit log narrowed
/// by action and by author.
@Suite struct ModerationNoticeStoreTests {
    private static let day = Date(timeIntervalSince1970: 1_795_996_800)

    private static func notice(_ id: Int64, _ kind: MemberNotice.Kind, text: String = "", until: Date? = nil, lifted: Bool = false) -> Change {
        .notice(MemberNotice(id: id, kind: kind, text: text, postID: 10, until: until, createdAt: day.addingTimeInterval(Double(id)),
                             liftedAt: lifted ? day : nil))
    }

    @Test func aPostKeepsWhatModerationDidToIt() throws {
        let store = try ClientStore.inMemory()
        let moderation = PostModeration(kind: .hidden, reason: "Не по теме", at: Self.day, reviewAsked: true)
        try store.apply(SyncPage(changes: [.post(Post(id: 10, topicID: 1, authorID: 2, body: "Текст", createdAt: Self.day, number: 1,
                                                      moderation: moderation))], cursor: "e-1", more: false), syncedAt: Self.day)
        let posts = try store.posts(inTopic: 1, page: .first, limit: 10).items
        #expect(posts.first?.post.moderation == moderation)
    }

    @Test func noticesAreShownOnceAndASilenceHoldsUntilItEndsOrIsLifted() throws {
        let store = try ClientStore.inMemory()
        try store.apply(SyncPage(changes: [Self.notice(1, .postHidden, text: "Реклама"),
                                           Self.notice(2, .silenced, text: "Грубость", until: Self.day.addingTimeInterval(3 * 86_400))],
                                 cursor: "e-2", more: false), syncedAt: Self.day)
        #expect(try store.unseenNotices().map(\.id) == [1, 2])
        try store.markNoticesSeen([1, 2], at: Self.day)
        #expect(try store.unseenNotices().isEmpty)
        #expect(try store.silence(at: Self.day)?.text == "Грубость")
        #expect(try store.silence(at: Self.day.addingTimeInterval(4 * 86_400)) == nil, "over")
        try store.apply(SyncPage(changes: [Self.notice(2, .silenced, text: "Грубость", until: Self.day.addingTimeInterval(3 * 86_400), lifted: true)],
                                 cursor: "e-3", more: false), syncedAt: Self.day)
        #expect(try store.silence(at: Self.day) == nil, "a lifted silence no longer holds")
        #expect(try store.unseenNotices().isEmpty, "a notice changed later is not shown again")
    }

    @Test func eachDecisionsOutcomeIsKeptAppliedAlreadyHandledOrRefused() throws {
        let store = try ClientStore.inMemory()
        let item = ReviewItem(id: 5, postID: 50, topicID: 1, forumID: 1, authorID: 2, text: "Купите курсы", status: .pending, score: 1,
                              flags: [], version: 1, createdAt: Self.day)
        try store.apply(SyncPage(changes: [.reviewItem(item)], cursor: "e-1", more: false), syncedAt: Self.day)
        let hide = try store.enqueue(.moderate(itemID: 5, version: 1, action: .hide, note: ""), at: Self.day)
        let keep = try store.enqueue(.moderate(itemID: 5, version: 1, action: .keep, note: ""), at: Self.day)
        let ban = try store.enqueue(.moderate(itemID: 5, version: 2, action: .silence, note: "", details: ModerationDetails(days: 0)), at: Self.day)
        let reply = try store.enqueue(.reply(topicID: 1, body: "Спасибо"), at: Self.day)
        let answered = Self.day.addingTimeInterval(60)
        try store.apply(SyncPage(results: [
            MutationResult(sequence: hide.sequence, clientID: hide.clientID, outcome: .applied),
            MutationResult(sequence: keep.sequence, clientID: keep.clientID, outcome: .rejected, code: .alreadyHandled,
                           message: "Already handled by Marina: hide at 12:01 UTC."),
            MutationResult(sequence: ban.sequence, clientID: ban.clientID, outcome: .rejected, code: .invalid, message: "Give a number of days."),
            MutationResult(sequence: reply.sequence, clientID: reply.clientID, outcome: .applied),
        ], changes: [], cursor: "e-2", more: false), syncedAt: answered)
        let outcomes = try store.moderationOutcomes(limit: 10)
        #expect(outcomes.map(\.kind) == [.refused, .alreadyHandled, .applied], "newest first; the reply is not a decision")
        #expect(outcomes.map(\.action) == [.silence, .keep, .hide])
        #expect(outcomes[1].message == "Already handled by Marina: hide at 12:01 UTC." && outcomes[2].postText == "Купите курсы")
        #expect(outcomes.allSatisfy { $0.answeredAt == answered && $0.decidedAt == Self.day })
    }

    @Test func theAuditLogNarrowsByActionAndByAuthor() throws {
        let store = try ClientStore.inMemory()
        func entry(_ id: Int64, _ action: ModerationAction, post: Int64) -> Change {
            .auditEntry(AuditEntry(id: id, moderatorID: 3, itemID: id, postID: post, action: action, note: "", previousStatus: .pending,
                                   createdAt: Self.day.addingTimeInterval(Double(id) * 60)))
        }
        try store.apply(SyncPage(changes: [.post(Post(id: 5, topicID: 1, authorID: 2, body: "Анна пишет", createdAt: Self.day, number: 1)),
                                           .post(Post(id: 6, topicID: 1, authorID: 4, body: "Иван пишет", createdAt: Self.day, number: 2)),
                                           entry(1, .hide, post: 5), entry(2, .keep, post: 6), entry(3, .hide, post: 6)],
                                 cursor: "e-5", more: false), syncedAt: Self.day)
        #expect(try store.auditLog(AuditFilter(action: .hide), limit: 10).map(\.entry.id) == [3, 1])
        #expect(try store.auditLog(AuditFilter(memberID: 4), limit: 10).map(\.entry.id) == [3, 2])
        #expect(try store.auditLog(AuditFilter(action: .hide, memberID: 2), limit: 10).map(\.authorID) == [2])
    }

    @Test func anItemAboutAMemberHasTheirPostsAndTheStaffNotesOnThem() throws {
        let store = try ClientStore.inMemory()
        let member = ReviewItem(id: 7, postID: nil, topicID: nil, forumID: nil, authorID: 4, text: "", status: .pending, score: 1,
                                flags: [], version: 1, createdAt: Self.day)
        try store.apply(SyncPage(changes: [Fixture.user(4, "Иван"), Fixture.user(3, "Марина"),
                                           .post(Post(id: 5, topicID: 1, authorID: 4, body: "Пост Ивана", createdAt: Self.day, number: 1)),
                                           .reviewItem(member),
                                           .staffNote(StaffNote(id: 1, userID: 4, authorID: 3, text: "Первое замечание", createdAt: Self.day)),
                                           .staffNote(StaffNote(id: 2, userID: 4, authorID: 3, text: "Второе", createdAt: Self.day.addingTimeInterval(60))),
                                           .staffNote(StaffNote(id: 3, userID: 9, authorID: 3, text: "О другом", createdAt: Self.day))],
                                 cursor: "e-6", more: false), syncedAt: Self.day)
        let context = try store.reviewContext(for: member)
        #expect(context.around.isEmpty && context.topicTitle == nil)
        #expect(context.recent.map(\.post.id) == [5])
        #expect(context.notes.map(\.text) == ["Второе", "Первое замечание"] && context.names[3] == "Марина")
        #expect(try store.pendingReviewItems(limit: 10).map(\.id) == [7])
    }
}
