import StaffroomStore

/// Keys and data for a forum's topic list.
enum TopicListUpdate {
    /// List rows under the column header.
    static func visibleRows(_ state: AppState) -> Int { max(1, state.contentRows - 1) }

    static func navigate(_ operation: Operation, list: inout TopicListState, state: AppState) -> NavigationStep {
        let visible = visibleRows(state)
        let count = list.topics.count
        switch operation {
        case .moveDown: list.cursor = list.cursor.selecting(list.cursor.selected + 1, count: count, visibleRows: visible)
        case .moveUp: list.cursor = list.cursor.selecting(list.cursor.selected - 1, count: count, visibleRows: visible)
        case .pageDown: list.cursor = page(list.cursor, by: visible, count: count, visible: visible)
        case .pageUp: list.cursor = page(list.cursor, by: -visible, count: count, visible: visible)
        case .first:
            if list.hasMoreBefore { return NavigationStep(effects: load(.first, .jumpToStart, list: &list)) }
            list.cursor = ListCursor()
        case .last:
            if list.hasMoreAfter { return NavigationStep(effects: load(.last, .jumpToEnd, list: &list)) }
            list.cursor = list.cursor.selecting(count - 1, count: count, visibleRows: visible)
        case .open:
            guard let summary = list.selectedTopic else { return .none }
            let (thread, effects) = ThreadUpdate.open(summary, in: list.forum)
            return NavigationStep(effects: effects, transition: .push(.thread(thread)))
        case .back:
            return NavigationStep(effects: [.loadForums], transition: .pop)
        case .newTopic, .replyInEditor:
            let purpose = ComposeState.Purpose.newTopic(forumID: list.forum.id, forumTitle: list.forum.title)
            return NavigationStep(effects: [.openCompose(purpose, quote: nil, external: operation == .replyInEditor)])
        default:
            return .none
        }
        return NavigationStep(effects: extendIfNeeded(&list, visible: visible))
    }

    static func loaded(_ page: Page<TopicSummary>, load: TopicLoad, forumID: Int64, state: inout AppState) -> [Effect] {
        let visible = visibleRows(state)
        var effects: [Effect] = []
        state.stack = state.stack.map { screen in
            guard case .topics(var list) = screen, list.forum.id == forumID else { return screen }
            apply(page, load: load, to: &list, visible: visible)
            effects += extendIfNeeded(&list, visible: visible)
            return .topics(list)
        }
        return effects
    }

    /// After reading a thread: its read mark moves on at once (the counts are read again after).
    static func markRead(topicID: Int64, upTo postID: Int64, state: inout AppState) {
        state.stack = state.stack.map { screen in
            guard case .topics(var list) = screen,
                  let index = list.topics.firstIndex(where: { $0.topic.id == topicID }) else { return screen }
            list.topics[index].lastReadPostID = max(list.topics[index].lastReadPostID, postID)
            if !list.topics[index].isUnread { list.topics[index].unreadCount = 0 }
            return .topics(list)
        }
    }

    /// The load that re-reads the list after a sync, when its window starts at the top.
    static func refresh(_ list: inout TopicListState) -> [Effect] {
        guard list.loaded, list.loading == nil, !list.hasMoreBefore else { return [] }
        list.loading = .first
        return [.loadTopics(forumID: list.forum.id, page: .first,
                            limit: max(AppUpdate.topicPageSize, list.topics.count),
                            .refresh(keeping: list.selectedTopic?.topic.id))]
    }

    private static func apply(_ page: Page<TopicSummary>, load: TopicLoad, to list: inout TopicListState, visible: Int) {
        list.loading = nil
        list.loaded = true
        switch load {
        case .open, .jumpToStart:
            replace(with: page, in: &list)
            list.cursor = ListCursor()
        case .jumpToEnd:
            replace(with: page, in: &list)
            list.cursor = ListCursor().selecting(page.items.count - 1, count: page.items.count, visibleRows: visible)
        case .refresh(let keeping):
            replace(with: page, in: &list)
            let index = list.topics.firstIndex { $0.topic.id == keeping } ?? list.cursor.selected
            list.cursor = list.cursor.selecting(index, count: list.topics.count, visibleRows: visible)
        case .extendAfter:
            list.topics += page.items
            list.hasMoreAfter = page.hasMoreAfter
        case .extendBefore:
            list.topics = page.items + list.topics
            list.hasMoreBefore = page.hasMoreBefore
            list.cursor = list.cursor.shifted(by: page.items.count)
        }
    }

    private static func replace(with page: Page<TopicSummary>, in list: inout TopicListState) {
        list.topics = page.items
        list.hasMoreBefore = page.hasMoreBefore
        list.hasMoreAfter = page.hasMoreAfter
    }

    private static func page(_ cursor: ListCursor, by rows: Int, count: Int, visible: Int) -> ListCursor {
        let top = min(max(0, cursor.top + rows), max(0, count - visible))
        return ListCursor(selected: cursor.selected, top: top)
            .selecting(cursor.selected + rows, count: count, visibleRows: visible)
    }

    /// Asks for the next or previous page when the selection nears the loaded window's edge.
    private static func extendIfNeeded(_ list: inout TopicListState, visible: Int) -> [Effect] {
        guard list.loading == nil else { return [] }
        if list.hasMoreAfter, list.cursor.selected + visible >= list.topics.count, let last = list.topics.last {
            return load(.after(last.key), .extendAfter, list: &list)
        }
        if list.hasMoreBefore, list.cursor.selected < visible, let first = list.topics.first {
            return load(.before(first.key), .extendBefore, list: &list)
        }
        return []
    }

    private static func load(_ request: PageRequest<TopicKey>, _ kind: TopicLoad, list: inout TopicListState) -> [Effect] {
        guard list.loading == nil else { return [] }
        list.loading = request
        return [.loadTopics(forumID: list.forum.id, page: request, limit: AppUpdate.topicPageSize, kind)]
    }
}
