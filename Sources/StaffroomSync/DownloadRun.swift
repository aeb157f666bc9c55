import Foundation
import StaffroomStore

/// One download from the queue, from start to its record in the store: marked active, fetched (or
/// resumed), and recorded done (with where it landed and the link's speed) or failed (with why).
public struct DownloadRun: Sendable {
    let store: ClientStore
    let downloader: FileDownload

    public init(store: ClientStore, downloader: FileDownload) {
        self.store = store
        self.downloader = downloader
    }

    /// Fetches `download` and returns its record as it ended. Throws `CancellationError` when its
    /// task was cancelled (a pause or a cancel records that itself), and the connection's error when
    /// it failed: the download is then queued again with the bytes that came.
    public func run(_ download: Download, progress: @Sendable (Int64) async -> Void = { _ in }) async throws -> Download {
        try store.updateDownload(download.id, received: download.received, state: .active)
        let started = Date()
        do {
            switch try await downloader.run(download, progress: progress) {
            case .done(let path):
                try store.updateDownload(download.id, received: download.size, state: .done, path: path)
                try store.recordLinkSpeed(bytes: download.size - download.received, seconds: Date().timeIntervalSince(started), at: Date())
            case .failed(let problem):
                try store.updateDownload(download.id, received: downloader.heldBytes(of: download), state: .failed, problem: problem)
            }
        } catch let error as CancellationError {
            throw error
        } catch {
            guard !Task.isCancelled else { throw CancellationError() }
            try store.updateDownload(download.id, received: downloader.heldBytes(of: download), state: .queued, problem: .unreachable)
            throw error
        }
        return try store.download(id: download.id) ?? download
    }
}
