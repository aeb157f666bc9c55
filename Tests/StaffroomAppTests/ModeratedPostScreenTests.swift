import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

/// The other side of moderation at 80×24: a hidden post stands as a line for others and keeps its
/// text and the reason for its author, who may ask for another review with `R`; the moderators'
/// notices reach the status line once; a silenced member is told why and until when instead of
/// getting an editor whose words could not be sent.
@Suite struct ModeratedPostScreenTests {
    private static let hidden = PostModeration(kind: .hidden, reason: "Реклама курсов", at: AppFixture.now)

    /// Post 1 by member 1 (hidden, with the reason: the signed-in author sees it), post 2 by member 2
    /// (hidden; others see no text), post 3 held.
    private static func thread(me: Int64) -> AppState {
        var posts = AppFixture.posts(3)
        posts[0].post.body = "Мой курс по чтению"
        posts[0].post.moderation = hidden
        posts[1].post.authorID = 2
        posts[1].post.body = ""
        posts[1].post.moderation = PostModeration(kind: .hidden, reason: "", at: AppFixture.now)
        posts[2].post.authorID = 3
        posts[2].post.body = ""
        posts[2].post.moderation = PostModeration(kind: .held, reason: "", at: AppFixture.now)
        var state = AppFixture.withThread(posts)
        state.me = Member(userID: me, role: .teacher)
        return state
    }

    @Test func othersSeeThatAPostIsHiddenOrHeldAndItsAuthorSeesWhy() {
        let lines = render(Self.thread(me: 1)).lines.map { $0.trimmingTrailingSpaces() }
        #expect(lines.contains("  Мой курс по чтению"), "the author still reads their text")
        #expect(lines.contains("  [скрыто модератором: Реклама курсов] · R — попросить пересмотреть"))
        #expect(lines.contains("  [скрыто модератором]"))
        #expect(lines.contains("  [сообщение ждёт одобрения модератора]"))
    }

    @Test func theAuthorAsksForAnotherReviewWithAWordOfWhy() {
        var state = Self.thread(me: 1)
        #expect(state.press(.character("R")).isEmpty)
        guard case .flag(let appeal) = state.stack.last, appeal.appeal else {
            Issue.record("R opens the request")
            return
        }
        #expect(render(state).lines[1].hasPrefix(" Просьба пересмотреть"))
        #expect(render(state).lines[2].hasPrefix(" Почему решение стоит пересмотреть?"))
        _ = AppUpdate.update(&state, .typed("Это мой авторский курс, не реклама"))
        _ = state.press(.character("2"))
        #expect(state.press(.enter) == [.write(.askForReview(postID: 1, note: "Это мой авторский курс, не реклама2")), .sync],
                "a digit is a letter here, not a flag reason")
        #expect(state.notice == .moderation(.reviewAsked))
        var other = Self.thread(me: 2)
        _ = other.press(.character("n"))
        _ = other.press(.character("n"))
        #expect(other.press(.character("R")).isEmpty && other.notice == .moderation(.nothingToReview), "not their post")
    }

    @Test func aNoticeReachesTheStatusLineOnceAndASilenceExplainsItselfInsteadOfAnEditor() {
        var state = Self.thread(me: 1)
        let until = AppFixture.now.addingTimeInterval(3 * 86_400)
        let silence = MemberNotice(id: 2, kind: .silenced, text: "Грубость", until: until, createdAt: AppFixture.now)
        _ = AppUpdate.update(&state, .noticesLoaded(unseen: [silence], silence: silence))
        let told = render(state).lines[23]
        #expect(told.contains("модератор запретил вам писать до") && told.contains("Грубость"))
        #expect(state.press(.character("a")).count == 1, "the reply is asked for")
        let purpose = ComposeState.Purpose.reply(topicID: 1, topicTitle: "Дети, которые читают медленно")
        #expect(AppUpdate.update(&state, .composeOpened(purpose, nil, quote: nil, external: false)).isEmpty)
        #expect(state.openThread != nil, "no editor opens")
        #expect(render(state).lines[23].contains("запретил вам писать"))
        state.now = until.addingTimeInterval(1)
        _ = AppUpdate.update(&state, .composeOpened(purpose, nil, quote: nil, external: false))
        guard case .compose = state.stack.last else {
            Issue.record("once the silence is over the editor opens")
            return
        }
    }
}
