import StaffroomProtocol
import StaffroomStore

/// Keys and data for a thread.
enum ThreadUpdate {
    static func visibleRows(_ state: AppState) -> Int { state.contentRows }

    static func navigate(_ operation: Operation, thread: inout ThreadState, state: AppState) -> NavigationStep {
        let visible = visibleRows(state)
        if operation != .deletePost { thread.confirmingDelete = nil }
        switch operation {
        case .moveDown: scroll(&thread, to: thread.top + 1, visible: visible)
        case .moveUp: scroll(&thread, to: thread.top - 1, visible: visible)
        case .pageDown: scroll(&thread, to: thread.top + max(1, visible - 1), visible: visible)
        case .pageUp: scroll(&thread, to: thread.top - max(1, visible - 1), visible: visible)
        case .first:
            if thread.hasMoreBefore { return NavigationStep(effects: load(.first, .jumpToStart, thread: &thread)) }
            scroll(&thread, to: 0, visible: visible)
        case .last:
            if thread.hasMoreAfter {
                thread.pendingScroll = .end
                return NavigationStep(effects: load(.last, .jumpToEnd, thread: &thread))
            }
            scroll(&thread, to: thread.layout.lines.count, visible: visible)
        case .nextPost:
            if thread.current + 1 < thread.posts.count {
                select(thread.current + 1, in: &thread, visible: visible)
            } else if thread.hasMoreAfter, let last = thread.posts.last {
                thread.pendingScroll = .postAfter(id: last.post.id)
                return NavigationStep(effects: load(.after(last.post.id), .extendAfter, thread: &thread))
            }
        case .previousPost:
            if thread.current > 0 { select(thread.current - 1, in: &thread, visible: visible) }
        case .back:
            return NavigationStep(effects: saveReadMark(thread), transition: .pop)
        case .reply, .replyInEditor:
            let purpose = ComposeState.Purpose.reply(topicID: thread.topic.id, topicTitle: thread.topic.title)
            return NavigationStep(effects: [.openCompose(purpose, quote: nil, external: operation == .replyInEditor)])
        case .quoteReply:
            guard let post = currentPost(thread) else { return .none }
            let purpose = ComposeState.Purpose.reply(topicID: thread.topic.id, topicTitle: thread.topic.title)
            return NavigationStep(effects: [.openCompose(purpose, quote: ComposeOpening.quote(post), external: false)])
        case .editPost, .deletePost, .flagPost, .askForReview, .pinTopic, .lockTopic, .acceptAnswer:
            return PostActions.step(operation, thread: &thread, state: state)
        case .nextUnread:
            return UnreadUpdate.nextUnread(in: &thread, state: state)
        case .bookmark:
            return FollowingUpdate.bookmark(&thread)
        case .planEvent:
            let form = EventFormState(newOn: state.calendar.startOfDay(for: state.now), proposing: !state.me.role.organizesEvents,
                                      calendar: state.calendar, language: state.language, topic: (thread.topic.id, thread.topic.title))
            return NavigationStep(effects: [.openEventForm(form)])
        case .pageOrNextUnread:
            if thread.top < max(0, thread.layout.lines.count - visible) || thread.hasMoreAfter {
                return navigate(.pageDown, thread: &thread, state: state)
            }
            return UnreadUpdate.nextUnreadTopic(after: thread)
        default:
            return .none
        }
        return NavigationStep(effects: extendIfNeeded(&thread, visible: visible))
    }

    static func loaded(_ page: Page<ThreadPost>, load: PostLoad, topicID: Int64, state: inout AppState) -> [Effect] {
        let visible = visibleRows(state)
        let columns = state.size.columns
        var effects: [Effect] = []
        state.stack = state.stack.map { screen in
            guard case .thread(var thread) = screen, thread.topic.id == topicID else { return screen }
            apply(page, load: load, to: &thread, columns: columns, visible: visible)
            if thread.refreshWhenLoaded {
                thread.refreshWhenLoaded = false
                effects += refresh(&thread)
            }
            effects += extendIfNeeded(&thread, visible: visible)
            return .thread(thread)
        }
        return effects
    }

    /// A thread opened at its first unread post (with the last read one above it), or at its start.
    static func open(_ summary: TopicSummary, in forum: Forum) -> (ThreadState, [Effect]) {
        var thread = ThreadState(topic: summary.topic, forumTitle: forum.title)
        thread.forumKind = forum.kind
        thread.followLevel = summary.followLevel
        thread.readMarkAtOpen = summary.lastReadPostID
        let request: PageRequest<Int64>
        if summary.isUnread && summary.lastReadPostID > 0 {
            request = .after(summary.lastReadPostID - 1)
            thread.pendingScroll = .postAfter(id: summary.lastReadPostID)
        } else {
            request = .first
        }
        thread.loading = request
        return (thread, [.loadPosts(topicID: summary.topic.id, page: request, limit: AppUpdate.postPageSize, .open),
                         .fetchThreadIfIncomplete(topicID: summary.topic.id, expected: summary.topic.postCount)])
    }

    /// A thread opened at a post found by search.
    static func open(_ hit: SearchHit) -> (ThreadState, [Effect]) {
        var thread = ThreadState(topic: hit.topic, forumTitle: hit.forum.title)
        thread.forumKind = hit.forum.kind
        let request = PageRequest<Int64>.after(hit.post.id - 1)
        thread.pendingScroll = .postAfter(id: hit.post.id - 1)
        thread.loading = request
        return (thread, [.loadPosts(topicID: hit.topic.id, page: request, limit: AppUpdate.postPageSize, .open)])
    }

    /// The current post: the one reply, edit, flag and accept act on.
    static func currentPost(_ thread: ThreadState) -> ThreadPost? {
        thread.posts.indices.contains(thread.current) ? thread.posts[thread.current] : nil
    }

    /// Scrolls the current post's header to the top and asks for more posts when near an edge.
    static func scrollToCurrent(_ thread: inout ThreadState, visible: Int) -> [Effect] {
        select(thread.current, in: &thread, visible: visible)
        return extendIfNeeded(&thread, visible: visible)
    }

    /// Makes post `index` current and scrolls its header to the top (as far as the end allows).
    private static func select(_ index: Int, in thread: inout ThreadState, visible: Int) {
        thread.current = index
        scroll(&thread, to: thread.layout.postStarts[index], visible: visible)
    }

    /// The effect that saves how far the thread was read (none when nothing was shown).
    static func saveReadMark(_ thread: ThreadState) -> [Effect] {
        thread.seenUpTo > 0 ? [.markRead(topicID: thread.topic.id, upTo: thread.seenUpTo)] : []
    }

    /// Lays the thread out again for a new width, keeping the top line's post in place.
    static func relayout(_ thread: inout ThreadState, state: AppState) {
        let anchor = thread.anchor
        thread.layout = ThreadLayout(posts: thread.posts, columns: state.size.columns, unreadAfter: thread.unreadAfter)
        scroll(&thread, to: anchor.map { line(of: $0, in: thread) } ?? 0, visible: visibleRows(state))
    }

    /// The load that re-reads the loaded window after a sync, keeping the reader's place.
    static func refresh(_ thread: inout ThreadState) -> [Effect] {
        guard thread.loading == nil else {
            thread.refreshWhenLoaded = true
            return []
        }
        guard thread.loaded else { return [] }
        let request: PageRequest<Int64> = thread.posts.first.map { .after($0.post.id - 1) } ?? .first
        thread.loading = request
        let anchor = thread.anchor ?? ThreadAnchor(postID: 0, lineOffset: 0)
        return [.loadPosts(topicID: thread.topic.id, page: request,
                           limit: thread.posts.count + AppUpdate.postPageSize, .refresh(anchor: anchor))]
    }

    private static func apply(_ page: Page<ThreadPost>, load: PostLoad, to thread: inout ThreadState, columns: Int, visible: Int) {
        thread.loading = nil
        thread.loaded = true
        switch load {
        case .open, .jumpToStart:
            replace(with: page, in: &thread, columns: columns)
            thread.current = 0
            scroll(&thread, to: 0, visible: visible)
        case .jumpToEnd:
            replace(with: page, in: &thread, columns: columns)
            thread.current = max(0, thread.posts.count - 1)
        case .refresh(let anchor):
            let keepsStart = thread.hasMoreBefore
            let currentID = ThreadUpdate.currentPost(thread)?.post.id
            replace(with: page, in: &thread, columns: columns)
            thread.hasMoreBefore = keepsStart
            thread.current = thread.posts.firstIndex { $0.post.id == currentID } ?? 0
            scroll(&thread, to: line(of: anchor, in: thread), visible: visible)
        case .extendAfter:
            thread.posts += page.items
            thread.layout.append(page.items)
            thread.hasMoreAfter = page.hasMoreAfter
        case .extendBefore:
            let linesBefore = thread.layout.lines.count
            thread.posts = page.items + thread.posts
            thread.layout = ThreadLayout(posts: thread.posts, columns: columns, unreadAfter: thread.unreadAfter)
            thread.hasMoreBefore = page.hasMoreBefore
            thread.current += page.items.count
            scroll(&thread, to: thread.top + thread.layout.lines.count - linesBefore, visible: visible)
        }
        switch thread.pendingScroll {
        case .end?:
            thread.pendingScroll = nil
            scroll(&thread, to: thread.layout.lines.count, visible: visible)
        case .postAfter(let id)?:
            if let index = thread.posts.firstIndex(where: { $0.post.id > id }) {
                thread.pendingScroll = nil
                select(index, in: &thread, visible: visible)
            } else if !thread.hasMoreAfter {
                thread.pendingScroll = nil
            }
        case nil:
            break
        }
    }

    private static func replace(with page: Page<ThreadPost>, in thread: inout ThreadState, columns: Int) {
        thread.posts = page.items
        thread.hasMoreBefore = page.hasMoreBefore
        thread.hasMoreAfter = page.hasMoreAfter
        thread.layout = ThreadLayout(posts: page.items, columns: columns, unreadAfter: thread.unreadAfter)
    }

    /// Scrolls so `line` is at the top (as far as the end allows) and notes which posts were seen.
    private static func scroll(_ thread: inout ThreadState, to line: Int, visible: Int) {
        let maxTop = max(0, thread.layout.lines.count - visible)
        thread.top = min(max(0, line), maxTop)
        if thread.posts.indices.contains(thread.current) {
            let start = thread.layout.postStarts[thread.current]
            let end = thread.current + 1 < thread.posts.count ? thread.layout.postStarts[thread.current + 1] : thread.layout.lines.count
            if end <= thread.top || start >= thread.top + visible {
                thread.current = thread.layout.postIndex(atLine: thread.top) ?? 0
            }
        } else {
            thread.current = thread.layout.postIndex(atLine: thread.top) ?? 0
        }
        let lastVisible = min(thread.layout.lines.count, thread.top + visible) - 1
        if let index = thread.layout.postIndex(atLine: lastVisible) {
            thread.seenUpTo = max(thread.seenUpTo, thread.posts[index].post.id)
        }
    }

    private static func line(of anchor: ThreadAnchor, in thread: ThreadState) -> Int {
        guard let index = thread.posts.firstIndex(where: { $0.post.id >= anchor.postID }) else { return 0 }
        let start = thread.layout.postStarts[index]
        guard thread.posts[index].post.id == anchor.postID else { return start }
        let end = index + 1 < thread.layout.postStarts.count ? thread.layout.postStarts[index + 1] : thread.layout.lines.count
        return min(start + anchor.lineOffset, end - 1)
    }

    private static func extendIfNeeded(_ thread: inout ThreadState, visible: Int) -> [Effect] {
        guard thread.loading == nil else { return [] }
        if thread.hasMoreAfter, thread.top + 2 * visible >= thread.layout.lines.count, let last = thread.posts.last {
            return load(.after(last.post.id), .extendAfter, thread: &thread)
        }
        if thread.hasMoreBefore, thread.top < visible, let first = thread.posts.first {
            return load(.before(first.post.id), .extendBefore, thread: &thread)
        }
        return []
    }

    private static func load(_ request: PageRequest<Int64>, _ kind: PostLoad, thread: inout ThreadState) -> [Effect] {
        guard thread.loading == nil else { return [] }
        thread.loading = request
        return [.loadPosts(topicID: thread.topic.id, page: request, limit: AppUpdate.postPageSize, kind)]
    }
}
