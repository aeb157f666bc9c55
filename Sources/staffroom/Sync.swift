import ArgumentParser
import Foundation
import StaffroomApp
import StaffroomSync

/// `staffroom sync`: a headless sync for cron, with a one-line progress display on a terminal.
struct Sync: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Sync with the server without opening the interface.")

    @OptionGroup var options: InterfaceOptions

    func run() async throws {
        let context = try ClientContext(options: options)
        let store = try context.openStore()
        guard let account = try store.account(), let url = URL(string: account.serverURL) else {
            throw CommandFailure(Phrase.notLoggedIn.text(context.language))
        }
        let connection = ServerConnection(baseURL: url)
        let language = context.language
        let interactive = isatty(STDOUT_FILENO) == 1
        do {
            let done = try await Synchronizer(connection: connection, store: store).run(progress: { progress in
                guard interactive else { return }
                let line = Phrase.syncProgressLine(pages: progress.pages, changes: progress.changes).text(language)
                FileHandle.standardOutput.write(Data("\r\u{1B}[K\(line)".utf8))
            }, retrying: { notice in
                let line = Phrase.retryingIn(Phrase(notice.reason.cleaned()).text(language),
                                             seconds: Int(notice.delay.rounded(.up))).text(language)
                FileHandle.standardError.write(Data(((interactive ? "\r\u{1B}[K" : "") + line + "\n").utf8))
            })
            await connection.shutdown()
            if interactive { FileHandle.standardOutput.write(Data("\r\u{1B}[K".utf8)) }
            print(Phrase.syncDoneLine(changes: done.changes).text(language))
        } catch {
            await connection.shutdown()
            if interactive { FileHandle.standardOutput.write(Data("\n".utf8)) }
            throw CommandFailure(Phrase(error.cleaned()).text(language))
        }
    }
}
