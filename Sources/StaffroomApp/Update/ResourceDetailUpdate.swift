import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// An opened resource's keys: download its files, mark it useful, keep it offline, open its
/// discussion, show its link, see the queue.
enum ResourceDetailUpdate {
    /// nil when the key map should handle the key (pane keys, sync, help, quit).
    static func key(_ key: Key, detail: inout ResourceDetailState, state: inout AppState) -> [Effect]? {
        let resource = detail.summary.resource
        let asked = key == .character("d")
        defer { if !asked { detail.confirmingDownload = false } }
        switch key {
        case .escape, .left, .character("h"):
            state.stack.removeLast()
            return state.pane == .library && state.stack.isEmpty ? LibraryUpdate.reload(&state) : []
        case .down, .character("j"): detail.top += 1
        case .up, .character("k"): detail.top = max(0, detail.top - 1)
        case .character("d"):
            let request = DownloadRequest.ask(for: resource, confirmed: detail.confirmingDownload, state: &state)
            detail.confirmingDownload = request.needsConfirmation
            return request.effects
        case .character("u"):
            detail.summary.markedUseful.toggle()
            state.notice = .library(.usefulMarked(detail.summary.markedUseful))
            return [.setUseful(resourceID: resource.id, useful: detail.summary.markedUseful)]
        case .character("K"):
            detail.summary.keptOffline.toggle()
            state.notice = .library(.keptOfflineNow(detail.summary.keptOffline))
            return [.setKeptOffline(resourceID: resource.id, kept: detail.summary.keptOffline)]
        case .character("c"):
            guard let topicID = resource.topicID else {
                state.notice = .library(.noDiscussion)
                return []
            }
            return [.openTopic(topicID)]
        case .enter:
            if !resource.link.isEmpty { state.shownLink = resource.link }
        case .character("D"):
            state.stack.append(.downloads(DownloadsState()))
            return [.loadDownloads]
        default:
            return nil
        }
        return []
    }

    /// The resource was read again (after a sync, a download, a mark).
    static func loaded(_ summary: ResourceSummary?, downloads: [Download], state: inout AppState) {
        guard let summary else { return }
        state.stack = state.stack.map { screen in
            guard case .resource(var detail) = screen, detail.summary.resource.id == summary.resource.id else { return screen }
            detail.summary = summary
            detail.downloads = downloads
            return .resource(detail)
        }
    }
}
