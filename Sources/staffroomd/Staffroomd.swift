import ArgumentParser

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
}
