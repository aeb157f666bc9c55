import Foundation
import StaffroomStore
import StaffroomSync

/// Sync progress and failures, and the reloads that show freshly synced data.
enum SyncUpdate {
    static func update(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .syncStarted:
            if case .offline = state.sync { break }
            state.sync = .syncing(pages: 0, percent: nil)
        case .syncProgressed(let progress):
            state.sync = .syncing(pages: progress.pages, percent: progress.percent)
            if let left = progress.left { state.leftToFetch = !progress.more && left > 0 ? left : nil }
            if progress.pages == 1 || progress.pages % 10 == 0 || !progress.more { return refreshEffects(&state) }
        case .syncFinished(let date):
            state.sync = .idle
            state.lastSyncAt = date
            if state.notice == .queued { state.notice = nil }
            return [.loadOutbox, .fetchKeptOffline, .loadNotices]
        case .syncUpToDate(let date):
            state.lastSyncAt = date
        case .syncFailed(let error):
            state.sync = error.isTransient ? .offline(since: offlineSince(state) ?? state.now, reason: Phrase(error))
                                           : .failed(Phrase(error))
            if error == .sessionExpired && state.sessionRenewal == nil { state.sessionRenewal = SessionRenewal() }
            if state.notice == .queued { state.notice = nil }
            return [.loadOutbox]
        case .syncRetrying(let notice, let date):
            state.sync = .offline(since: offlineSince(state) ?? date, reason: Phrase(notice.reason))
            if state.notice == .queued { state.notice = nil }
        case .storeFailed(let error):
            state.notice = Phrase(.store(error))
        default:
            break
        }
        return []
    }

    /// Since when the server has been out of reach, when it is.
    private static func offlineSince(_ state: AppState) -> Date? {
        if case .offline(let since, _) = state.sync { return since }
        return nil
    }

    /// Reads again everything on screen: the forum list and the screens on the stack.
    static func refreshEffects(_ state: inout AppState) -> [Effect] {
        var effects: [Effect] = [.loadForums, .loadNextEvent]
        state.stack = state.stack.map { screen in
            switch screen {
            case .topics(var list):
                effects += TopicListUpdate.refresh(&list)
                return .topics(list)
            case .thread(var thread):
                effects += ThreadUpdate.refresh(&thread)
                return .thread(thread)
            case .compose, .drafts, .outbox, .flag, .search, .followed, .bookmarks, .event, .eventForm, .attendance, .booking, .resourcePicker,
                 .libraryFacet, .resource, .downloads, .shareForm, .reviewItem, .auditLog, .moderationOutcomes, .feedSettings,
                 .directoryFacet, .profile, .profileForm, .mentoring, .mentorRequest, .dashboard:
                return screen
            }
        }
        return effects + EventsUpdate.refreshEffects(state) + LibraryUpdate.refreshEffects(&state) + ModerationUpdate.refreshEffects(state)
            + FeedUpdate.refreshEffects(state) + PeopleUpdate.refreshEffects(&state)
    }
}

extension Phrase {
    /// What to tell the user about a failure to sync or to use the local store.
    public init(_ error: SyncError) {
        switch error {
        case .notLoggedIn: self = .notLoggedIn
        case .invalidCredentials: self = .invalidCredentials
        case .sessionExpired: self = .sessionExpired
        case .suspended(let message): self = .suspended(message)
        case .unreachable(let reason): self = .serverUnreachable(reason)
        case .server(let status, let message): self = .serverError(status, message)
        case .serverBusy(_, let retryAfter): self = .serverBusy(retryAfter: retryAfter.map { Int($0.rounded(.up)) })
        case .malformed(let detail): self = .malformedAnswer(detail)
        case .store(.diskFull): self = .diskFull
        case .store(.failed(let detail)): self = .storeFailed(detail)
        case .store(.cannotOpen(let path, let reason)): self = .storeFailed("\(path): \(reason)")
        }
    }
}
