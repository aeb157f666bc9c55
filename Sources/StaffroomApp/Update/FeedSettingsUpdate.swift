import StaffroomProtocol
import StaffroomTerminal

/// The notification settings: `Enter` or `Space` moves a kind to its next level (off, in the feed,
/// in the feed and the digest); leaving reads the feed again, without the kinds turned off.
enum FeedSettingsUpdate {
    static func key(_ key: Key, settings: inout FeedSettingsState, state: inout AppState) -> [Effect]? {
        let count = NotificationKind.allCases.count
        switch key {
        case .down, .character("j"): settings.cursor = settings.cursor.selecting(settings.cursor.selected + 1, count: count, visibleRows: count)
        case .up, .character("k"): settings.cursor = settings.cursor.selecting(settings.cursor.selected - 1, count: count, visibleRows: count)
        case .enter, .character(" "):
            guard var levels = settings.levels else { return [] }
            let kind = NotificationKind.allCases[settings.cursor.selected]
            let level = NotificationLevel.allCases.cycled(from: levels[kind] ?? .standard, by: 1)
            levels[kind] = level
            settings.levels = levels
            return [.setNotificationLevel(kind, level), .sync]
        case .escape, .left, .character("h"):
            state.stack.removeLast()
            return [.loadFeed(FeedQuery(kind: state.feed.kind)), .countUnreadFeed]
        default:
            return nil
        }
        return []
    }

    static func loaded(_ levels: [NotificationKind: NotificationLevel], state: inout AppState) {
        state.stack = state.stack.map { screen in
            guard case .feedSettings(var settings) = screen else { return screen }
            settings.levels = levels
            return .feedSettings(settings)
        }
    }
}
