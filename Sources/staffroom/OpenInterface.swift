import ArgumentParser
import Foundation
import StaffroomApp
import StaffroomSync
import StaffroomTerminal

/// `staffroom` (or `staffroom open`): the interface on the configured server.
struct OpenInterface: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Open the interface (the default).")

    @OptionGroup var options: InterfaceOptions

    func run() async throws {
        let context = try ClientContext(options: options)
        let store = try context.openStore()
        guard let account = try store.account(), let url = URL(string: account.serverURL) else {
            throw CommandFailure(Phrase.notLoggedIn.text(context.language) + "\n"
                                 + (context.language == .russian ? "Посмотреть демо-сеть: staffroom demo" : "To try the demo network: staffroom demo"))
        }
        let connection = ServerConnection(baseURL: url)
        do {
            try await runInterface(InterfaceLauncher(
                store: store, connection: connection, language: context.language, cursorStyle: context.cursorStyle,
                requestedTheme: options.theme ?? context.config.theme, paths: context.paths,
                environment: context.environment, configProblem: context.configProblem, budget: context.config.budget))
        } catch {
            await connection.shutdown()
            throw error
        }
        await connection.shutdown()
    }
}

/// Runs the interface, explaining terminal problems in the user's language.
func runInterface(_ launcher: InterfaceLauncher) async throws {
    do {
        try await launcher.run()
    } catch let error as TerminalError {
        switch error {
        case .notATerminal: throw CommandFailure(Phrase.notATerminal.text(launcher.language))
        case .cannotInitialize(let term): throw CommandFailure(Phrase.unusableTerminal(term).text(launcher.language))
        case .cannotCreatePipe(let errno): throw CommandFailure("pipe: errno \(errno)")
        }
    }
}
