import Foundation
import StaffroomStore
import StaffroomSync
import Synchronization

/// Runs the download queue, one file at a time, beside the effect queue: each file resumes from
/// what an earlier try left and is verified before it is called done. Progress goes to the
/// interface about twice a second. When the connection fails the queue waits until it is started
/// again (after the next sync); a pause or a cancel stops only the file it names.
final class DownloadManager: Sendable {
    private let store: ClientStore
    private let synchronizer: Synchronizer?
    private let folder: URL
    private let mailbox: Mailbox
    private let running = Mutex(Running())

    private struct Running {
        var loop: Task<Void, Never>?
        /// Started again while the loop ran: look at the queue once more before stopping.
        var startedAgain = false
        var current: (id: Int64, task: Task<Download, any Error>, received: Int64)?
    }

    /// How often progress is reported, in seconds.
    static let progressInterval = 0.5

    init(store: ClientStore, synchronizer: Synchronizer?, folder: String, mailbox: Mailbox) {
        self.store = store
        self.synchronizer = synchronizer
        self.folder = URL(fileURLWithPath: folder)
        self.mailbox = mailbox
    }

    /// Works through the queue unless it does already.
    func start() {
        running.withLock { running in
            guard running.loop == nil else {
                running.startedAgain = true
                return
            }
            running.loop = Task.detached { [self] in await loop() }
        }
    }

    /// Stops a download, keeping what came for a resume.
    func pause(_ id: Int64) throws(StoreError) {
        let current = stopCurrent(if: id)
        guard let download = try store.download(id: id), download.isPending else { return }
        try store.updateDownload(id, received: current ?? download.received, state: .paused)
        post(try store.download(id: id))
    }

    /// Stops a download and forgets it, with its partial file; returns what it was.
    func cancel(_ id: Int64) throws(StoreError) -> Download? {
        _ = stopCurrent(if: id)
        guard let download = try store.download(id: id) else { return nil }
        if download.state != .done { FileDownload.discardPartial(of: download, in: folder) }
        try store.removeDownload(id)
        return download
    }

    /// Cancels the running task if it fetches `id`; returns how far it came.
    private func stopCurrent(if id: Int64) -> Int64? {
        running.withLock { running in
            guard let current = running.current, current.id == id else { return nil }
            current.task.cancel()
            running.current = nil
            return current.received
        }
    }

    private func loop() async {
        while true {
            let next = try? store.nextDownload()
            if let next, let synchronizer {
                guard await fetch(next, with: synchronizer) else { return finish() }
                continue
            }
            let again = running.withLock { running in
                defer { running.startedAgain = false }
                if !running.startedAgain { running.loop = nil }
                return running.startedAgain
            }
            if !again { return }
        }
    }

    private func finish() {
        running.withLock { running in
            running.loop = nil
            running.startedAgain = false
        }
    }

    /// Fetches one file; false when the queue must wait (no connection, no session).
    private func fetch(_ download: Download, with synchronizer: Synchronizer) async -> Bool {
        guard let downloader = try? synchronizer.fileDownload(into: folder) else { return false }
        let reporter = ProgressReporter(download: download.cleaned(), startedAt: Date(), mailbox: mailbox)
        let run = DownloadRun(store: store, downloader: downloader)
        let task = Task<Download, any Error> {
            try await run.run(download) { [self] received in
                running.withLock { running in
                    if running.current?.id == download.id { running.current?.received = received }
                }
                reporter.report(received)
            }
        }
        running.withLock { $0.current = (download.id, task, download.received) }
        let result = await task.result
        let stillOurs = running.withLock { running -> Bool in
            guard running.current?.id == download.id else { return false }
            running.current = nil
            return true
        }
        // A pause or a cancel already wrote where the download stands.
        guard stillOurs else { return true }
        switch result {
        case .success(let ended):
            post(ended)
            if ended.state == .done, let speed = try? store.linkSpeed() { mailbox.post(.linkSpeedLoaded(speed)) }
            return true
        case .failure(let error as StoreError):
            mailbox.post(.storeFailed(error))
            return false
        case .failure:
            post(try? store.download(id: download.id))
            return false
        }
    }

    private func post(_ download: Download?) {
        if let download { mailbox.post(.downloadEnded(download.cleaned())) }
    }
}

/// Reports a download's progress to the interface at most every `DownloadManager.progressInterval`.
private final class ProgressReporter: Sendable {
    private let download: Download
    private let startedAt: Date
    private let mailbox: Mailbox
    private let reportedAt = Mutex<Date?>(nil)

    init(download: Download, startedAt: Date, mailbox: Mailbox) {
        self.download = download
        self.startedAt = startedAt
        self.mailbox = mailbox
    }

    func report(_ received: Int64) {
        let now = Date()
        let due = reportedAt.withLock { reportedAt -> Bool in
            guard reportedAt.map({ now.timeIntervalSince($0) >= DownloadManager.progressInterval }) ?? true else { return false }
            reportedAt = now
            return true
        }
        guard due else { return }
        let elapsed = now.timeIntervalSince(startedAt)
        let speed = elapsed > 0.2 ? Double(received - download.received) / elapsed : nil
        mailbox.post(.downloadProgressed(id: download.id, TransferProgress(name: download.name, size: download.size, received: received,
                                                                          bytesPerSecond: speed)))
    }
}
