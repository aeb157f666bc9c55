import StaffroomProtocol
import StaffroomStore

/// Moving through unread posts as tin does: Tab goes to the next unread post, in this thread or
/// the next topic with unread posts (across forums); Space pages down and then does the same.
/// `m` marks a topic read, `M` a whole forum.
enum UnreadUpdate {
    /// Tab in a thread: the next unread post here, or else the next unread topic.
    static func nextUnread(in thread: inout ThreadState, state: AppState) -> NavigationStep {
        let visible = ThreadUpdate.visibleRows(state)
        if let index = thread.posts.indices.first(where: { $0 > thread.current && thread.posts[$0].post.id > thread.readMarkAtOpen
                                                        && thread.posts[$0].post.id > 0 }) {
            thread.current = index
            return NavigationStep(effects: ThreadUpdate.scrollToCurrent(&thread, visible: visible))
        }
        return nextUnreadTopic(after: thread)
    }

    /// Space at the end of a thread: everything here has been on screen; on to the next topic.
    static func nextUnreadTopic(after thread: ThreadState) -> NavigationStep {
        let key = TopicKey(pinned: thread.topic.pinned, lastPostAt: thread.topic.lastPostAt, id: thread.topic.id)
        return NavigationStep(effects: [.findNextUnread(after: key, forumID: thread.topic.forumID)])
    }

    /// Tab in a topic list or the forum list: the next unread topic after the selection.
    static func nextUnread(state: AppState) -> [Effect] {
        switch state.stack.last {
        case .topics(let list):
            [.findNextUnread(after: list.selectedTopic?.key, forumID: list.forum.id)]
        default:
            [.findNextUnread(after: nil, forumID: state.forumList.selectedForum?.forum.id)]
        }
    }

    /// Opens the topic found, at its first unread post, in its forum's list.
    static func found(_ summary: TopicSummary?, in forum: Forum?, state: inout AppState) -> [Effect] {
        guard let summary, let forum else {
            state.notice = .noMoreUnread
            return []
        }
        var effects: [Effect] = []
        if case .thread(let current) = state.stack.last {
            effects += ThreadUpdate.saveReadMark(current)
            TopicListUpdate.markRead(topicID: current.topic.id, upTo: current.seenUpTo, state: &state)
        }
        var list: TopicListState
        if case .topics(let existing)? = state.stack.first, existing.forum.id == forum.id {
            list = existing
            if let index = list.topics.firstIndex(where: { $0.topic.id == summary.topic.id }) {
                list.cursor = list.cursor.selecting(index, count: list.topics.count, visibleRows: TopicListUpdate.visibleRows(state))
            }
        } else {
            list = TopicListState(forum: forum)
            list.loading = .first
            effects.append(.loadTopics(forumID: forum.id, page: .first, limit: AppUpdate.topicPageSize, .refresh(keeping: summary.topic.id)))
        }
        ForumListUpdate.select(forumID: forum.id, state: &state)
        let (thread, threadEffects) = ThreadUpdate.open(summary, in: forum)
        state.pane = .forums
        state.stack = [.topics(list), .thread(thread)]
        return effects + threadEffects
    }

    /// `m`: the whole topic is read, here at once and on the server after sync.
    static func markTopicRead(_ topic: Topic, state: inout AppState) -> [Effect] {
        TopicListUpdate.markRead(topicID: topic.id, upTo: topic.lastPostID, state: &state)
        state.stack = state.stack.map { screen in
            guard case .thread(var thread) = screen, thread.topic.id == topic.id else { return screen }
            thread.seenUpTo = max(thread.seenUpTo, topic.lastPostID)
            return .thread(thread)
        }
        return [.markRead(topicID: topic.id, upTo: topic.lastPostID), .loadForums]
    }
}
