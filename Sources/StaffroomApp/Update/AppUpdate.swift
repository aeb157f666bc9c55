import Foundation
import StaffroomStore
import StaffroomTerminal

/// The pure update function: the state and an action in, the new state and effects out.
public enum AppUpdate {
    /// Topics read per page.
    static let topicPageSize = 100
    /// Posts read per page.
    static let postPageSize = 40

    /// Effects to run when the interface starts: read the forums and sync.
    public static func start(_ state: AppState) -> [Effect] {
        [.loadForums, .sync]
    }

    /// Applies `action` to `state` and returns the effects it asks for.
    public static func update(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .key(let key):
            return handle(key, &state)
        case .quitRequested:
            state.quitting = true
            return leaveThreadEffects(state) + [.quit]
        case .resized(let size):
            state.size = size
            relayout(&state)
            return []
        case .tick(let now):
            state.now = now
            return []
        case .forumsLoaded(let forums, let communityName):
            ForumListUpdate.loaded(forums, state: &state)
            state.communityName = communityName ?? state.communityName
            return []
        case .topicsLoaded(let forumID, let load, let page):
            return TopicListUpdate.loaded(page, load: load, forumID: forumID, state: &state)
        case .postsLoaded(let topicID, let load, let page):
            return ThreadUpdate.loaded(page, load: load, topicID: topicID, state: &state)
        case .syncStarted, .syncProgressed, .syncFinished, .syncFailed, .storeFailed:
            return SyncUpdate.update(&state, action)
        }
    }

    private static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        state.notice = nil
        if state.showingHelp {
            if [.escape, .character("q"), .character("?"), .enter, .function(1)].contains(key) { state.showingHelp = false }
            return []
        }
        let inThread = if case .thread = state.stack.last { true } else { false }
        guard let operation = Keymap.operation(for: key, inThread: inThread) else { return [] }
        switch operation {
        case .quit:
            state.quitting = true
            return leaveThreadEffects(state) + [.quit]
        case .help:
            state.showingHelp = true
            return []
        case .redraw:
            return [.repaint]
        case .sync:
            if case .syncing = state.sync { return [] }
            return [.sync]
        default:
            return navigate(operation, &state)
        }
    }

    private static func navigate(_ operation: Operation, _ state: inout AppState) -> [Effect] {
        let step: NavigationStep
        switch state.stack.last {
        case nil:
            step = ForumListUpdate.navigate(operation, state: &state)
        case .topics(var list):
            step = TopicListUpdate.navigate(operation, list: &list, state: state)
            state.stack[state.stack.count - 1] = .topics(list)
        case .thread(var thread):
            step = ThreadUpdate.navigate(operation, thread: &thread, state: state)
            state.stack[state.stack.count - 1] = .thread(thread)
        }
        switch step.transition {
        case .stay:
            break
        case .push(let screen):
            state.stack.append(screen)
        case .pop:
            if case .thread(let thread) = state.stack.popLast() {
                TopicListUpdate.markRead(topicID: thread.topic.id, upTo: thread.seenUpTo, state: &state)
            }
        }
        return step.effects
    }

    /// The read mark of an open thread, saved on quitting.
    private static func leaveThreadEffects(_ state: AppState) -> [Effect] {
        guard case .thread(let thread) = state.stack.last else { return [] }
        return ThreadUpdate.saveReadMark(thread)
    }

    private static func relayout(_ state: inout AppState) {
        ForumListUpdate.clamp(&state)
        state.stack = state.stack.map { screen in
            switch screen {
            case .topics(var list):
                list.cursor = list.cursor.selecting(list.cursor.selected, count: list.topics.count,
                                                    visibleRows: TopicListUpdate.visibleRows(state))
                return .topics(list)
            case .thread(var thread):
                ThreadUpdate.relayout(&thread, state: state)
                return .thread(thread)
            }
        }
    }
}
