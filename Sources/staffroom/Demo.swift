import ArgumentParser
import Foundation
import Hummingbird
import Logging
import StaffroomApp
import StaffroomDemoNetwork
import StaffroomServer
import StaffroomStore
import StaffroomSync

/// `staffroom demo`: an embedded server with the demo network on a free loopback port, a client
/// logged in as a demo teacher, all in one process and a temporary folder removed on exit.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Try Staffroom on the built-in demo network (nothing is written outside a temporary folder).")

    @OptionGroup var options: InterfaceOptions
    @Option(help: "The demo member to log in as.") var user = DemoNetwork.demoTeacher

    func run() async throws {
        let context = try ClientContext(options: options)
        let folder = try TemporaryFolder(prefix: "staffroom-demo")
        defer { folder.remove() }
        let server = try await EmbeddedDemoServer.start(in: folder.path)
        do {
            try await runClient(context: context, folder: folder, serverURL: server.url)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    private func runClient(context: ClientContext, folder: TemporaryFolder, serverURL: URL) async throws {
        let paths = AppPaths(dataDirectory: folder.path + "/client", configDirectory: context.paths.configDirectory,
                             downloadsDirectory: context.paths.downloadsDirectory)
        let store = try ClientStore.open(at: paths.storeFile)
        let connection = ServerConnection(baseURL: serverURL)
        do {
            let login = try await connection.login(username: user, password: DemoNetwork.password)
            try store.saveLogin(Account(serverURL: serverURL.absoluteString, userID: login.user.id,
                                        username: login.user.username, displayName: login.user.displayName,
                                        token: login.token))
            try await runInterface(InterfaceLauncher(
                store: store, connection: connection, language: context.language, cursorStyle: context.cursorStyle,
                requestedTheme: options.theme ?? context.config.theme, paths: paths,
                environment: context.environment, configProblem: context.configProblem, budget: context.config.budget))
        } catch let error as SyncError {
            await connection.shutdown()
            throw CommandFailure(Phrase(error.cleaned()).text(context.language))
        } catch {
            await connection.shutdown()
            throw error
        }
        await connection.shutdown()
    }
}

/// A `staffroomd` inside this process, serving the demo network on 127.0.0.1 and a free port.
struct EmbeddedDemoServer {
    let url: URL
    private let task: Task<Void, any Error>

    static func start(in folder: String) async throws -> EmbeddedDemoServer {
        let database = try ServerDatabase.open(at: folder + "/server.sqlite")
        let accounts = Accounts(database: database, bcryptCost: 8)
        try DemoSeeder(database: database, accounts: accounts).seed()
        let silent = Logger(label: "staffroomd-demo") { _ in SwiftLogNoOpLogHandler() }
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let app = StaffroomServerApp.makeApplication(database: database, accounts: accounts, host: "127.0.0.1",
                                                     port: 0, logger: silent) { port in
            portContinuation.yield(port)
            portContinuation.finish()
        }
        let task = Task { try await app.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            task.cancel()
            throw CommandFailure("The demo server did not start.")
        }
        return EmbeddedDemoServer(url: URL(string: "http://127.0.0.1:\(port)")!, task: task)
    }

    /// Stops the server and waits for it to close.
    func stop() async {
        task.cancel()
        _ = await task.result
    }
}

/// A private temporary folder (mode 0700), removed with everything in it by `remove()`.
struct TemporaryFolder {
    let path: String

    init(prefix: String) throws {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("\(prefix)-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else { throw CommandFailure("Cannot create a temporary folder.") }
        path = String(cString: created)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
