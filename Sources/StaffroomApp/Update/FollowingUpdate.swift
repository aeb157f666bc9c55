import StaffroomProtocol
import StaffroomStore

/// Watching and muting (S), bookmarks (b), and their lists (W, B).
enum FollowingUpdate {
    /// The next level for `S`: topics go as usual → watched → muted → as usual; forums are watched or not.
    static func next(after level: SubscriptionLevel, forum: Bool) -> SubscriptionLevel {
        switch level {
        case .none: .watch
        case .watch: forum ? .none : .mute
        case .mute: .none
        }
    }

    static func follow(_ state: inout AppState) -> [Effect] {
        switch state.stack.last {
        case .thread(var thread):
            let level = next(after: thread.followLevel, forum: false)
            thread.followLevel = level
            state.stack[state.stack.count - 1] = .thread(thread)
            state.notice = .followLevel(level)
            return [.setSubscription(.topic(thread.topic.id), level), .sync]
        case .topics(var list):
            guard let selected = list.selectedTopic else { return [] }
            let level = next(after: selected.followLevel, forum: false)
            list.topics[list.cursor.selected].followLevel = level
            state.stack[state.stack.count - 1] = .topics(list)
            state.notice = .followLevel(level)
            return [.setSubscription(.topic(selected.topic.id), level), .sync]
        case nil:
            guard let forum = state.forumList.selectedForum else { return [] }
            let level = next(after: forum.followLevel, forum: true)
            state.notice = .followLevel(level)
            return [.setSubscription(.forum(forum.forum.id), level), .sync]
        default:
            return []
        }
    }

    static func bookmark(_ thread: inout ThreadState) -> NavigationStep {
        guard thread.posts.indices.contains(thread.current), thread.posts[thread.current].post.id > 0 else { return .none }
        let post = thread.posts[thread.current]
        thread.posts[thread.current].bookmarked.toggle()
        return NavigationStep(effects: [.setBookmark(postID: post.post.id, bookmarked: !post.bookmarked), .sync],
                              notice: post.bookmarked ? .bookmarkRemoved : .bookmarkAdded)
    }

    static func loaded(_ state: inout AppState, _ action: Action) {
        let visible = ListScreensUpdate.visibleRows(state)
        state.stack = state.stack.map { screen in
            switch (screen, action) {
            case (.followed(var list), .followedLoaded(let items)):
                list.items = items
                list.loaded = true
                list.cursor = list.cursor.selecting(list.cursor.selected, count: items.count, visibleRows: visible)
                return .followed(list)
            case (.bookmarks(var list), .bookmarksLoaded(let bookmarks)):
                list.bookmarks = bookmarks
                list.loaded = true
                list.cursor = list.cursor.selecting(list.cursor.selected, count: bookmarks.count, visibleRows: visible)
                return .bookmarks(list)
            default:
                return screen
            }
        }
    }

    static func navigate(_ operation: Operation, followed list: inout FollowedListState, state: AppState) -> NavigationStep {
        if let moved = ListScreensUpdate.move(operation, cursor: list.cursor, count: list.items.count, state: state) {
            list.cursor = moved
            return .none
        }
        switch operation {
        case .back:
            return NavigationStep(transition: .pop)
        case .open where list.items.indices.contains(list.cursor.selected):
            let item = list.items[list.cursor.selected]
            switch item.subscription.target {
            case .topic(let id):
                return NavigationStep(effects: [.openTopic(id)])
            case .forum(let id):
                let forum = state.forumList.rows.compactMap(\.forum).first { $0.forum.id == id }?.forum
                    ?? Forum(id: id, categoryID: 0, title: item.title, description: "", position: 0)
                var topics = TopicListState(forum: forum)
                topics.loading = .first
                return NavigationStep(effects: [.loadTopics(forumID: id, page: .first, limit: AppUpdate.topicPageSize, .open)],
                                      transition: .replaceTop(.topics(topics)))
            }
        default:
            return .none
        }
    }

    static func navigate(_ operation: Operation, bookmarks list: inout BookmarkListState, state: AppState) -> NavigationStep {
        if let moved = ListScreensUpdate.move(operation, cursor: list.cursor, count: list.bookmarks.count, state: state) {
            list.cursor = moved
            return .none
        }
        switch operation {
        case .back:
            return NavigationStep(transition: .pop)
        case .open where list.bookmarks.indices.contains(list.cursor.selected):
            let (thread, effects) = ThreadUpdate.open(list.bookmarks[list.cursor.selected].hit)
            return NavigationStep(effects: effects, transition: .push(.thread(thread)))
        default:
            return .none
        }
    }
}
