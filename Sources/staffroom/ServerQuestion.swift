import Foundation
import StaffroomApp
import StaffroomStore
import StaffroomSync

extension ClientContext {
    /// Asks the signed-in member's server something at once (not through the sync), closing the
    /// connection after; a failure becomes a message in the user's language.
    func askServer<Answer: Sendable>(_ question: (Synchronizer) async throws(SyncError) -> Answer) async throws
        -> (answer: Answer, account: Account) {
        let store = try openStore()
        guard let account = try store.account(), let url = URL(string: account.serverURL) else {
            throw CommandFailure(Phrase.notLoggedIn.text(language))
        }
        let connection = ServerConnection(baseURL: url)
        do {
            let answer = try await question(Synchronizer(connection: connection, store: store))
            await connection.shutdown()
            return (answer, account)
        } catch {
            await connection.shutdown()
            throw CommandFailure(Phrase(error.cleaned()).text(language))
        }
    }
}
