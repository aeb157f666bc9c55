import Foundation
import StaffroomStore
import StaffroomTerminal

/// The Feed pane: moving (older pages read as the cursor nears the end), `Enter` opening an entry
/// where it belongs (a post in its thread, an event), `m` marking one read, `M` all, `1` going
/// round the kinds.
enum FeedUpdate {
    /// Switches to the pane; the first time in a session it is a visit (the divider moves on).
    static func open(_ state: inout AppState, visiting: Bool = false) -> [Effect] {
        state.pane = .feed
        state.stack.removeAll()
        return [.loadFeed(FeedQuery(kind: state.feed.kind, visiting: visiting || !state.feed.loaded)), .countUnreadFeed]
    }

    /// What to read again after a sync: the first page and the unread count, while the pane shows
    /// (only its breadcrumb shows the count).
    static func refreshEffects(_ state: AppState) -> [Effect] {
        state.pane == .feed && state.stack.isEmpty ? [.loadFeed(FeedQuery(kind: state.feed.kind)), .countUnreadFeed] : []
    }

    static func visibleRows(_ state: AppState) -> Int { max(1, state.contentRows - 2) }

    /// A key on the pane; nil when the key map should handle it.
    static func key(_ key: Key, state: inout AppState) -> [Effect]? {
        var feed = state.feed
        defer { state.feed = feed }
        let rows = visibleRows(state)
        let count = feed.entries.count
        if let moved = feed.cursor.moved(by: key, count: count, visibleRows: rows) {
            feed.cursor = moved
            return moreIfNeeded(&feed)
        }
        switch key {
        case .character(" "): feed.cursor = feed.cursor.selecting(feed.cursor.selected + rows, count: count, visibleRows: rows)
        case .home, .character("g"): feed.cursor = feed.cursor.selecting(0, count: count, visibleRows: rows)
        case .end, .character("G"): feed.cursor = feed.cursor.selecting(count - 1, count: count, visibleRows: rows)
        case .enter, .right, .character("l"):
            guard let entry = feed.selected else { return [] }
            feed.entries[feed.cursor.selected].read = true
            let mark: [Effect] = entry.read ? [] : [.markFeedRead([entry.key])]
            if let postID = entry.postID { return mark + [.openPost(postID)] }
            if let eventID = entry.eventID { return mark + [.openEvent(eventID)] }
            if let resourceID = entry.resourceID { return mark + [.openResource(resourceID)] }
            return mark
        case .character("m"):
            guard let entry = feed.selected, !entry.read else { return [] }
            feed.entries[feed.cursor.selected].read = true
            feed.cursor = feed.cursor.selecting(feed.cursor.selected + 1, count: count, visibleRows: rows)
            return [.markFeedRead([entry.key])]
        case .character("M"):
            for index in feed.entries.indices { feed.entries[index].read = true }
            state.notice = .feed(.allRead)
            return [.markAllFeedRead]
        case .character("s"):
            state.stack.append(.feedSettings(FeedSettingsState()))
            return [.loadNotificationLevels]
        case .character("1"):
            feed.kind = ([nil] + FeedKind.shownKinds.map { $0 } as [FeedKind?]).cycled(from: feed.kind, by: 1)
            feed.cursor = ListCursor()
            feed.loaded = true
            return [.loadFeed(FeedQuery(kind: feed.kind))]
        default:
            return nil
        }
        return moreIfNeeded(&feed)
    }

    /// Asks for the next older page when the cursor comes within a screen of the end.
    private static func moreIfNeeded(_ feed: inout FeedState) -> [Effect] {
        guard feed.more, !feed.loadingMore, let last = feed.entries.last, feed.cursor.selected >= feed.entries.count - FeedState.pageSize / 4
        else { return [] }
        feed.loadingMore = true
        return [.loadFeed(FeedQuery(kind: feed.kind, after: last.position))]
    }

    static func loaded(_ load: FeedLoad, state: inout AppState) {
        guard load.query.kind == state.feed.kind else { return }
        var feed = state.feed
        let selectedKey = feed.selected?.key
        if load.query.after == nil {
            feed.entries = load.entries
            if load.query.visiting { feed.previousVisit = load.previousVisit }
        } else {
            guard load.query.after == feed.entries.last?.position else { return }
            feed.entries += load.entries
            feed.loadingMore = false
        }
        feed.more = load.entries.count == FeedState.pageSize
        feed.loaded = true
        // At the top the cursor stays at the top, on whatever came in; further down it keeps its entry.
        let index = feed.cursor.selected == 0 ? 0 : selectedKey.flatMap { key in feed.entries.firstIndex { $0.key == key } } ?? feed.cursor.selected
        feed.cursor = feed.cursor.selecting(index, count: feed.entries.count, visibleRows: visibleRows(state))
        state.feed = feed
    }
}

extension FeedKind {
    /// The kinds `1` goes round (a cancelled booking shows with bookings).
    static let shownKinds: [FeedKind] = [.reply, .mention, .newTopic, .answer, .eventChanged, .booking, .moderation, .newEvent, .newResource, .reminder]
}
