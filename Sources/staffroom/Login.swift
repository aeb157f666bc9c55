import ArgumentParser
import Foundation
import StaffroomApp
import StaffroomProtocol
import StaffroomStore
import StaffroomSync
import StaffroomTerminal

/// `staffroom login`: signs in to a server and remembers it for the other commands.
struct Login: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Log in to a Staffroom server.")

    @Option(help: "The server's address, such as https://staffroom.example.org or http://127.0.0.1:8080.")
    var server: String
    @Option(help: "Your username.") var user: String
    @Option(help: "Read the password from this file's first line instead of asking.") var passwordFile: String?
    @OptionGroup var options: InterfaceOptions

    func run() async throws {
        let context = try ClientContext(options: options)
        guard let url = URL(string: server), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
            throw ValidationError("--server must be an http:// or https:// address.")
        }
        let password = try readPassword(language: context.language)
        let connection = ServerConnection(baseURL: url)
        let response: LoginResponse
        do throws(SyncError) {
            response = try await connection.login(username: user, password: password)
        } catch {
            await connection.shutdown()
            throw CommandFailure(Phrase(error.cleaned()).text(context.language))
        }
        await connection.shutdown()
        let store = try context.openStore()
        do throws(StoreError) {
            try store.saveLogin(Account(serverURL: url.absoluteString, userID: response.user.id,
                                        username: response.user.username, displayName: response.user.displayName,
                                        token: response.token))
        } catch {
            throw CommandFailure(Phrase(.store(error)).text(context.language))
        }
        try context.config.writeLogin(server: url.absoluteString, user: response.user.username, to: context.paths.configFile)
        print(Phrase.loggedIn(name: UntrustedText.cleanLine(response.user.displayName), server: url.absoluteString)
            .text(context.language))
    }

    private func readPassword(language: Language) throws -> String {
        if let passwordFile {
            guard let text = try? String(contentsOfFile: passwordFile, encoding: .utf8) else {
                throw ValidationError("Cannot read the password file \(passwordFile).")
            }
            return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        }
        do {
            return try PasswordPrompt.ask(Phrase.passwordPrompt(user).text(language))
        } catch .noTerminal {
            throw CommandFailure(Phrase.noTerminalForPassword.text(language))
        } catch {
            throw ExitCode(130)
        }
    }
}
