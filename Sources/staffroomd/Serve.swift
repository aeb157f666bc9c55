import ArgumentParser
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

    func run() async throws {
        var logger = Logger(label: "staffroomd")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let store = try ServerDatabase.open(at: database.db)
        let accounts = Accounts(database: store)
        let app = StaffroomServerApp.makeApplication(database: store, accounts: accounts, host: host, port: port,
                                                     logger: logger) { [logger] boundPort in
            logger.notice("staffroomd listening on http://\(host):\(boundPort)")
        }
        try await app.runService()
    }
}
