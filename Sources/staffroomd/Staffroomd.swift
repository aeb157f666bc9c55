import ArgumentParser
import StaffroomServer

/// `staffroomd`: the Staffroom server.
@main
struct Staffroomd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staffroomd",
        abstract: "The Staffroom server: forums of a teachers' network over HTTP/JSON.",
        subcommands: [Serve.self, SeedDemo.self, SeedSynthetic.self, UserCommand.self, ForumCommand.self]
    )
}

/// Options every subcommand that opens the database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "Path of the SQLite database file (created when missing).")
    var db: String
    @Option(name: .long, help: "Folder of the library's files (default: beside the database, its name ending in -files).")
    var files: String?

    /// Opens the database and its file store.
    func open() throws -> ServerDatabase {
        try ServerDatabase.open(at: db, filesAt: files)
    }
}
