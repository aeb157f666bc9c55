import StaffroomStore
import StaffroomTerminal

/// The download queue's keys: pause or resume, retry, cancel (twice), and where a file landed.
enum DownloadsUpdate {
    static func key(_ key: Key, list: inout DownloadsState, state: inout AppState) -> [Effect]? {
        let count = list.items?.count ?? 0
        let rows = max(1, state.contentRows - 1)
        let cancelling = list.confirmingCancel
        list.confirmingCancel = nil
        switch key {
        case .down, .character("j"): list.cursor = list.cursor.selecting(list.cursor.selected + 1, count: count, visibleRows: rows)
        case .up, .character("k"): list.cursor = list.cursor.selecting(list.cursor.selected - 1, count: count, visibleRows: rows)
        case .escape, .left, .character("h"):
            state.stack.removeLast()
        case .character("p"):
            guard let selected = list.selected else { return [] }
            switch selected.state {
            case .queued, .active: return [.pauseDownload(selected.id)]
            case .paused: return [.resumeDownload(selected.id)]
            case .done, .failed: return []
            }
        case .character("r"):
            guard let selected = list.selected, selected.state == .failed || selected.state == .paused else { return [] }
            return [.resumeDownload(selected.id)]
        case .character("x"), .delete:
            guard let selected = list.selected else { return [] }
            guard cancelling == selected.id else {
                list.confirmingCancel = selected.id
                state.notice = .library(.pressAgainToCancelDownload)
                return []
            }
            return [.cancelDownload(selected.id)]
        case .enter:
            if let path = list.selected?.path { state.shownLink = path }
        default:
            return nil
        }
        return []
    }

    /// The queue was read again.
    static func loaded(_ downloads: [Download], state: inout AppState) {
        state.stack = state.stack.map { screen in
            guard case .downloads(var list) = screen else { return screen }
            list.items = downloads
            list.cursor = list.cursor.selecting(list.cursor.selected, count: downloads.count, visibleRows: max(1, state.contentRows - 1))
            return .downloads(list)
        }
        for id in state.transfers.keys where !downloads.contains(where: { $0.id == id && $0.state == .active }) {
            state.transfers[id] = nil
        }
    }

    /// A download stopped: the queue and an opened resource are read again, and the status line says how it ended.
    static func ended(_ download: Download, state: inout AppState) -> [Effect] {
        state.transfers[download.id] = nil
        switch download.state {
        case .done: state.notice = .library(.downloadFinished(name: download.name, path: download.path ?? ""))
        case .failed: state.notice = .library(.downloadFailed(name: download.name, download.problem ?? .unreachable))
        case .queued, .active, .paused: break
        }
        let opened = state.stack.compactMap { screen -> Effect? in
            if case .resource(let detail) = screen, detail.summary.resource.id == download.resourceID { .loadResource(download.resourceID) } else { nil }
        }
        // The list marks resources whose files are all here.
        let list = state.pane == .library && download.state == .done ? LibraryUpdate.reload(&state) : []
        return [.loadDownloads] + opened + list
    }
}
