import ArgumentParser
import Foundation
import StaffroomProtocol
import StaffroomServer
import StaffroomTerminal

/// `staffroomd user`: the administrator's account commands.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage member accounts.", subcommands: [AddUser.self])
}

extension Role: ExpressibleByArgument {}

/// `staffroomd user add`: creates a member with a bcrypt-hashed password.
struct AddUser: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Create a member account.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "Login name.") var username: String
    @Option(help: "Name shown to others.") var displayName: String
    @Option(help: "teacher, mentor, moderator or admin.") var role: Role = .teacher
    @Option(help: "The member's school.") var school = ""
    @Option(help: "Read the password from this file's first line instead of asking.") var passwordFile: String?

    func run() async throws {
        let password = try readPassword()
        guard password.count >= 8 else { throw ValidationError("The password must have at least 8 characters.") }
        let store = try database.open()
        do {
            let user = try Accounts(database: store).addMember(username: username, displayName: displayName,
                                                               role: role, school: school, password: password)
            print("Created \(user.username) (\(user.role.rawValue)), id \(user.id).")
        } catch let error as ServerDatabaseError {
            throw ValidationError(error.description)
        }
    }

    private func readPassword() throws -> String {
        if let passwordFile {
            guard let text = try? String(contentsOfFile: passwordFile, encoding: .utf8) else {
                throw ValidationError("Cannot read the password file \(passwordFile).")
            }
            return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        }
        let first: String, second: String
        do throws(PasswordPrompt.Failure) {
            first = try PasswordPrompt.ask("Password for \(username): ")
            second = try PasswordPrompt.ask("Repeat the password: ")
        } catch .noTerminal {
            throw ValidationError("No terminal to ask for a password; use --password-file.")
        } catch {
            throw ExitCode(130)
        }
        guard first == second else { throw ValidationError("The two passwords differ.") }
        return first
    }
}
