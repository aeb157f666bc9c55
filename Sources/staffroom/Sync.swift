import ArgumentParser
import Foundation
import StaffroomApp
import StaffroomProtocol
import StaffroomStore
import StaffroomSync
import StaffroomTerminal
import Synchronization

/// `staffroom sync`: a headless sync for cron and scripts. On a terminal a progress bar is redrawn
/// in place; otherwise plain lines go out, at most one a second. The exit status says how it ended.
struct Sync: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sync with the server without opening the interface.",
        discussion: """
            Exit status: 0 when synced; 75 when the server could not be reached (try again later; \
            nothing was lost); 77 when you need to log in again (staffroom login; unsent writes are kept); \
            1 for any other failure.
            """)

    /// How a run ended, as the exit status tells scripts.
    enum Outcome: Int32 {
        case done = 0
        case failed = 1
        case offline = 75
        case authNeeded = 77

        init(_ error: SyncError) {
            switch error {
            case .notLoggedIn, .invalidCredentials, .sessionExpired: self = .authNeeded
            default: self = error.isTransient ? .offline : .failed
            }
        }
    }

    @OptionGroup var options: InterfaceOptions
    @Option(help: "Most changes per page (100 to 10000): smaller pages lose less when a bad link drops one.")
    var pageSize = SyncPage.maximumChanges
    @Option(help: "Stop fetching older content after this much, such as 2MB (default: the config's budget); news and your writes still go through.")
    var budget: String?

    func validate() throws {
        guard (100...SyncPage.maximumChanges).contains(pageSize) else {
            throw ValidationError("--page-size must be from 100 to \(SyncPage.maximumChanges).")
        }
        if let budget, ByteBudget(budget) == nil {
            throw ValidationError("--budget must be a size such as 2MB or 500KB.")
        }
    }

    func run() async throws {
        let context = try ClientContext(options: options)
        let language = context.language
        let store = try context.openStore()
        guard let account = try store.account(), let url = URL(string: account.serverURL) else {
            try Self.fail(Phrase.notLoggedIn.text(language), .authNeeded)
        }
        let connection = ServerConnection(baseURL: url)
        let display = ProgressDisplay(report: SyncReport(language: language), onTerminal: isatty(STDOUT_FILENO) == 1)
        let budget = self.budget.flatMap(ByteBudget.init) ?? context.config.budget
        let done: SyncProgress
        do {
            done = try await Synchronizer(connection: connection, store: store, pageSize: pageSize).run(budget: budget?.bytes, progress: { progress in
                display.show(progress)
            }, retrying: { notice in
                display.note(Phrase.retryingIn(Phrase(notice.reason.cleaned()).text(language),
                                               seconds: Int(notice.delay.rounded(.up))).text(language))
            })
            display.finish(done)
            print(Phrase.syncDoneLine(changes: done.changes).text(language))
            if let budget, let left = done.left, left > 0 {
                print(Phrase.budgetReached(budget.bytes, left: left).text(language))
            }
        } catch {
            await connection.shutdown()
            display.clear()
            try Self.fail(Phrase(error.cleaned()).text(language), Outcome(error))
        }
        do {
            try await fetchKeptOffline(Synchronizer(connection: connection, store: store), store: store, context: context,
                                       budget: budget.map { Int64(max(0, $0.bytes - done.bytes)) })
            await connection.shutdown()
        } catch let error as SyncError {
            await connection.shutdown()
            try Self.fail(Phrase(error.cleaned()).text(language), Outcome(error))
        } catch {
            await connection.shutdown()
            try Self.fail("\(error)", .failed)
        }
    }

    /// Fetches the files of resources kept offline that fit what is left of the budget, a line for
    /// each; a failing connection ends it (the next run resumes).
    private func fetchKeptOffline(_ synchronizer: Synchronizer, store: ClientStore, context: ClientContext, budget: Int64?) async throws {
        let queued = try store.enqueueKeptOffline(budget: budget, at: Date())
        guard !queued.isEmpty else { return }
        let run = DownloadRun(store: store, downloader: try synchronizer.fileDownload(into: URL(fileURLWithPath: context.paths.downloadsDirectory)))
        for download in queued {
            let ended = try await run.run(download)
            let name = UntrustedText.cleanLine(ended.name)
            let line = ended.state == .done ? LibraryPhrase.downloadFinished(name: name, path: ended.path ?? "")
                : LibraryPhrase.downloadFailed(name: name, ended.problem ?? .unreachable)
            print(line.text(context.language))
        }
    }

    /// Says why on standard error and ends with the outcome's status.
    private static func fail(_ message: String, _ outcome: Outcome) throws -> Never {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
        throw ExitCode(outcome.rawValue)
    }
}

/// Where progress goes: a bar on the terminal, or plain lines (at most one a second) elsewhere.
private final class ProgressDisplay: Sendable {
    private let report: SyncReport
    private let onTerminal: Bool
    private let started = Date()
    private let lastLine = Mutex<Date?>(nil)

    init(report: SyncReport, onTerminal: Bool) {
        self.report = report
        self.onTerminal = onTerminal
    }

    func show(_ progress: SyncProgress) {
        let elapsed = Date().timeIntervalSince(started)
        if onTerminal {
            write("\r\u{1B}[K" + report.bar(progress, elapsed: elapsed, width: Self.terminalWidth() - 1))
            return
        }
        let due = lastLine.withLock { last in
            guard last.map({ Date().timeIntervalSince($0) >= 1 }) ?? true else { return false }
            last = Date()
            return true
        }
        if due { write(report.line(progress, elapsed: elapsed) + "\n") }
    }

    /// A message of its own (a retry), kept above the bar.
    func note(_ text: String) {
        FileHandle.standardError.write(Data(((onTerminal ? "\r\u{1B}[K" : "") + text + "\n").utf8))
    }

    /// The last state: the bar is cleared; a log gets the final line.
    func finish(_ progress: SyncProgress) {
        if onTerminal {
            clear()
        } else if progress.pages > 0 {
            write(report.line(progress, elapsed: Date().timeIntervalSince(started)) + "\n")
        }
    }

    func clear() {
        if onTerminal { write("\r\u{1B}[K") }
    }

    private func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    private static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
