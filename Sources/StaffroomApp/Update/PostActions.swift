import StaffroomProtocol
import StaffroomStore

/// What a member may do to the current post and its topic: edit or delete their own post, flag
/// someone else's, pin and lock (moderators), accept an answer (questions forums). The interface
/// offers only what the role allows; the server decides.
enum PostActions {
    static func step(_ operation: Operation, thread: inout ThreadState, state: AppState) -> NavigationStep {
        if operation == .askForReview { return askForReview(thread, state: state) }
        guard let post = ThreadUpdate.currentPost(thread), post.post.id > 0, post.post.deletedAt == nil else { return .none }
        let me = state.me
        let mayChange = post.post.authorID == me.userID || me.moderates
        let topic = thread.topic
        switch operation {
        case .editPost:
            guard mayChange else { return NavigationStep(notice: .onlyOwnPosts) }
            let purpose = ComposeState.Purpose.edit(postID: post.post.id, topicID: topic.id, topicTitle: topic.title)
            return NavigationStep(effects: [.openEdit(purpose, original: post.post.body)])
        case .deletePost:
            guard mayChange else { return NavigationStep(notice: .onlyOwnPosts) }
            guard thread.confirmingDelete == post.post.id else {
                thread.confirmingDelete = post.post.id
                return NavigationStep(notice: .pressAgainToDelete)
            }
            thread.confirmingDelete = nil
            return NavigationStep(effects: [.write(.deletePost(postID: post.post.id)), .sync])
        case .flagPost:
            guard post.post.authorID != me.userID else { return .none }
            let excerpt = post.authorName + ": " + (post.post.body.split(separator: "\n").first.map(String.init) ?? "")
            return NavigationStep(transition: .push(.flag(FlagState(postID: post.post.id, excerpt: excerpt,
                                                                    author: (post.post.authorID, post.authorName)))))
        case .pinTopic:
            guard me.moderates else { return NavigationStep(notice: .onlyModerators) }
            return NavigationStep(effects: [.write(.setTopicPinned(topicID: topic.id, pinned: !topic.pinned)), .sync])
        case .lockTopic:
            guard me.moderates else { return NavigationStep(notice: .onlyModerators) }
            return NavigationStep(effects: [.write(.setTopicLocked(topicID: topic.id, locked: !topic.locked)), .sync])
        case .acceptAnswer:
            guard thread.forumKind == .questions else { return NavigationStep(notice: .notAQuestionsForum) }
            guard me.role != .teacher || topic.authorID == me.userID else { return NavigationStep(notice: .onlyAskerOrMentors) }
            let accepted = topic.acceptedPostID == post.post.id ? nil : post.post.id
            return NavigationStep(effects: [.write(.acceptAnswer(topicID: topic.id, postID: accepted)), .sync])
        default:
            return .none
        }
    }

    /// The author of a post a moderator hid or deleted asks for another look, with a word of why.
    private static func askForReview(_ thread: ThreadState, state: AppState) -> NavigationStep {
        guard let post = ThreadUpdate.currentPost(thread), post.post.authorID == state.me.userID,
              let moderation = post.post.moderation, moderation.kind == .hidden || moderation.kind == .deleted else {
            return NavigationStep(notice: .moderation(.nothingToReview))
        }
        guard !moderation.reviewAsked else { return NavigationStep(notice: .moderation(.reviewAlreadyAsked)) }
        let excerpt = ModerationPhrase.postNote(moderation, mine: false).text(state.language)
        return NavigationStep(transition: .push(.flag(FlagState(postID: post.post.id, excerpt: excerpt, appeal: true))))
    }
}
