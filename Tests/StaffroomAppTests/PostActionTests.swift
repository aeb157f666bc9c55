import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

@Suite struct PostActionTests {
    /// A thread of two posts: post 1 by member 1 (the signed-in teacher), post 2 by member 2.
    private func thread(role: Role = .teacher, forumKind: ForumKind = .discussion, topicAuthor: Int64 = 2) -> AppState {
        var posts = AppFixture.posts(2)
        posts[1].post.authorID = 2
        posts[1].authorName = "Ольга Петрова"
        var state = AppFixture.withThread(posts)
        state.me = Member(userID: 1, role: role)
        if case .thread(var thread) = state.stack.last {
            thread.forumKind = forumKind
            thread.topic.authorID = topicAuthor
            state.stack[state.stack.count - 1] = .thread(thread)
        }
        return state
    }

    @Test func authorsEditTheirOwnPostsFromItsText() {
        var state = thread()
        let purpose = ComposeState.Purpose.edit(postID: 1, topicID: 1, topicTitle: "Дети, которые читают медленно")
        #expect(state.press(.character("e")) == [.openEdit(purpose, original: AppFixture.posts(1)[0].post.body)])
        _ = state.press(.character("n"))
        #expect(state.press(.character("e")).isEmpty)
        #expect(state.notice == .onlyOwnPosts)
        var moderator = thread(role: .moderator)
        _ = moderator.press(.character("n"))
        #expect(moderator.press(.character("e")).count == 1, "moderators may edit any post")
    }

    @Test func deletingTakesASecondPress() {
        var state = thread()
        #expect(state.press(.character("D")).isEmpty)
        #expect(state.notice == .pressAgainToDelete)
        #expect(state.press(.character("D")) == [.write(.deletePost(postID: 1)), .sync])
        var changedMind = thread()
        _ = changedMind.press(.character("D"), .character("j"))
        #expect(changedMind.press(.character("D")).isEmpty, "moving away cancels the first press")
    }

    @Test func flaggingPicksAReasonAndANote() {
        var state = thread()
        _ = state.press(.character("n"), .character("F"))
        #expect(state.screenKind == .flag)
        #expect(render(state).lines[4].contains("Ольга Петрова: - Абзац 1 сообщения 2."))
        _ = state.press(.character("1"))
        _ = AppUpdate.update(&state, .typed("реклама курсов"))
        #expect(render(state).lines.contains { $0.contains("> 1. спам") })
        #expect(state.press(.enter) == [.write(.flagPost(postID: 2, reason: .spam, note: "реклама курсов")), .sync])
        #expect(state.notice == .flagSent && state.screenKind == .thread)
        var own = thread()
        _ = own.press(.character("F"))
        #expect(own.screenKind == .thread, "one's own post is not flagged")
    }

    @Test func tabTurnsTheFlagFromThePostToItsAuthor() {
        var state = thread()
        _ = state.press(.character("n"), .character("F"))
        #expect(render(state).lines.contains { $0.hasPrefix(" жалоба на сообщение (Tab — на автора)") })
        _ = state.press(.tab)
        #expect(render(state).lines.contains { $0.hasPrefix(" жалоба на участника: Ольга Петрова (Tab — на сообщение)") })
        _ = state.press(.character("3"))
        _ = AppUpdate.update(&state, .typed("грубит в каждой теме"))
        #expect(state.press(.enter) == [.write(.flagUser(userID: 2, reason: .offensive, note: "грубит в каждой теме")), .sync])
    }

    @Test func onlyModeratorsPinAndLock() {
        var teacher = thread()
        #expect(teacher.press(.character("P")).isEmpty)
        #expect(teacher.notice == .onlyModerators)
        var moderator = thread(role: .moderator)
        #expect(moderator.press(.character("P")) == [.write(.setTopicPinned(topicID: 1, pinned: true)), .sync])
        #expect(moderator.press(.character("L")) == [.write(.setTopicLocked(topicID: 1, locked: true)), .sync])
    }

    @Test func answersAreAcceptedInQuestionsForumsByTheAsker() {
        var discussion = thread()
        _ = discussion.press(.character("n"))
        #expect(discussion.press(.character("A")).isEmpty && discussion.notice == .notAQuestionsForum)
        var otherTeacher = thread(forumKind: .questions)
        _ = otherTeacher.press(.character("n"))
        #expect(otherTeacher.press(.character("A")).isEmpty && otherTeacher.notice == .onlyAskerOrMentors)
        var asker = thread(forumKind: .questions, topicAuthor: 1)
        _ = asker.press(.character("n"))
        #expect(asker.press(.character("A")) == [.write(.acceptAnswer(topicID: 1, postID: 2)), .sync])
        var mentor = thread(role: .mentor, forumKind: .questions)
        _ = mentor.press(.character("n"))
        #expect(mentor.press(.character("A")).first == .write(.acceptAnswer(topicID: 1, postID: 2)))
    }

    @Test func topicsShowPinnedLockedAndUnansweredTags() {
        var pinned = AppFixture.topic(1, "Правила раздела", author: "Марина Волкова")
        pinned.topic.pinned = true
        pinned.topic.locked = true
        var question = AppFixture.topic(2, "Как проверять технику чтения?")
        question.topic.acceptedPostID = nil
        var state = AppFixture.withTopics([pinned, question])
        if case .topics(var list) = state.stack.last {
            list.forum.kind = .questions
            state.stack[0] = .topics(list)
        }
        _ = AppUpdate.update(&state, .resized(Size(columns: 140, rows: 24)))
        let lines = render(state).lines
        #expect(lines[3].contains("Правила раздела") && lines[3].contains("[закреплена, закрыта, ждёт ответа]"))
        #expect(lines[4].contains("[ждёт ответа]"))
    }
}
