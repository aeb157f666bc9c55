import ArgumentParser
import StaffroomServer

/// `staffroomd seed-demo`: the built-in demo network, into a new database.
struct SeedDemo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed-demo",
        abstract: "Create the demo network (12 members, password \"demo\") in a new database.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let store = try database.open()
        do {
            try DemoSeeder(database: store, accounts: Accounts(database: store)).seed()
        } catch let failure as DemoSeeder.Failure {
            throw ValidationError(failure.description)
        }
        print("Seeded the demo network into \(database.db). Members log in with the password \"demo\".")
    }
}

/// `staffroomd seed-synthetic`: a large generated network for benchmarks.
struct SeedSynthetic: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed-synthetic",
        abstract: "Create a synthetic network of N posts (members member1…member40, password \"synthetic\").")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "How many posts to create.") var posts = 100_000

    func run() async throws {
        let store = try database.open()
        guard try store.isEmpty() else { throw ValidationError("\(database.db) already holds forums.") }
        try SyntheticSeeder(database: store, accounts: Accounts(database: store)).seed(postCount: posts)
        print("Seeded \(posts) synthetic posts into \(database.db).")
    }
}
