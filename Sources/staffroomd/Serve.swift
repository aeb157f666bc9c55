import ArgumentParser
import Foundation
import Hummingbird
import Logging
import StaffroomServer

/// `staffroomd serve`: answers clients until SIGTERM or SIGINT.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the network over HTTP.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on (0 picks a free one).") var port = 8080
    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.") var logLevel = "info"
    @Option(help: "Days deleted posts are kept as tombstones; clients away longer sync again from the start.")
    var keepDeletionsDays = ServerDatabase.defaultDeletionRetentionDays
    @Option(help: "The largest library file members may upload, in megabytes.")
    var maxFileMb = Int(StaffroomServerApp.defaultMaximumFileBytes >> 20)

    func validate() throws {
        guard keepDeletionsDays >= 1 else { throw ValidationError("--keep-deletions-days must be at least 1.") }
        guard maxFileMb >= 1 else { throw ValidationError("--max-file-mb must be at least 1.") }
    }

    func run() async throws {
        var logger = Logger(label: "staffroomd")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let store = try database.open()
        let accounts = Accounts(database: store)
        let app = StaffroomServerApp.makeApplication(database: store, accounts: accounts, host: host, port: port,
                                                     logger: logger, maximumFileBytes: Int64(maxFileMb) << 20) { [logger] boundPort in
            logger.notice("staffroomd listening on http://\(host):\(boundPort)")
        }
        let purging = Task { [keepDeletionsDays, logger] in
            await Self.purgePeriodically(store, keepingDays: keepDeletionsDays, logger: logger)
        }
        defer { purging.cancel() }
        try await app.runService()
    }

    /// Purges old tombstones now and every six hours until cancelled.
    private static func purgePeriodically(_ store: ServerDatabase, keepingDays days: Int, logger: Logger) async {
        while !Task.isCancelled {
            do {
                let purged = try store.purgeDeletions(before: Date().addingTimeInterval(-Double(days) * 86_400))
                if purged > 0 { logger.notice("purged \(purged) posts deleted more than \(days) days ago") }
            } catch {
                logger.error("purging old deletions failed: \(error)")
            }
            try? await Task.sleep(for: .seconds(6 * 3_600))
        }
    }
}
