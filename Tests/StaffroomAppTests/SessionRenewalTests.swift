import Testing
import StaffroomStore
import StaffroomSync
import StaffroomTerminal
@testable import StaffroomApp

/// The server ended the session: the interface asks for the password over the screen, keeps the
/// writes waiting, and logs the same member in again.
@Suite struct SessionRenewalTests {
    private func expiredWithWritesWaiting() -> AppState {
        var state = AppFixture.withForums(language: .english)
        _ = AppUpdate.update(&state, .outboxChanged(OutboxCounts(pending: 2, notSent: 0)))
        _ = AppUpdate.update(&state, .syncFailed(.sessionExpired))
        return state
    }

    private func screen(_ state: AppState) -> String {
        render(state).lines.joined(separator: "\n")
    }

    @Test func anEndedSessionAsksForThePasswordAndSaysTheWritesWait() {
        let state = expiredWithWritesWaiting()
        let text = screen(state)
        #expect(text.contains("The server ended your session. Log in again to go on syncing. 2 writes"))
        #expect(text.contains("waiting; nothing is lost."))
        #expect(text.contains("Password for anna.smirnova@127.0.0.1:8080:"))
        #expect(text.contains("Enter log in · Esc later"))
    }

    @Test func thePasswordIsHiddenAndEnterLogsIn() {
        var state = expiredWithWritesWaiting()
        _ = AppUpdate.update(&state, .typed("s3cr"))
        _ = state.press(.character("e"), .character("x"), .backspace, .character("t"))
        #expect(screen(state).contains("Password for anna.smirnova@127.0.0.1:8080: •••••"))
        #expect(!screen(state).contains("s3cret"))
        #expect(state.press(.character("j")).isEmpty, "keys go to the prompt, not to the list below")
        #expect(state.press(.backspace).isEmpty)
        #expect(state.press(.enter) == [.renewSession(password: "s3cret")])
        #expect(screen(state).contains("logging in…"))
        #expect(state.press(.enter).isEmpty, "one login at a time")
    }

    @Test func aWrongPasswordIsSaidAndAskedAgain() {
        var state = expiredWithWritesWaiting()
        #expect(AppUpdate.update(&state, .typed("wrong\n")) == [.renewSession(password: "wrong")])
        _ = AppUpdate.update(&state, .sessionRenewalFailed(.invalidCredentials))
        let text = screen(state)
        #expect(text.contains("wrong username or password"))
        #expect(!text.contains("•"), "the field is empty again")
        #expect(state.press(.enter).isEmpty, "nothing to send yet")
    }

    @Test func loggedInAgainTheSyncGoesOn() {
        var state = expiredWithWritesWaiting()
        _ = AppUpdate.update(&state, .typed("right\n"))
        _ = AppUpdate.update(&state, .sessionRenewed)
        #expect(state.sessionRenewal == nil)
        #expect(screen(state).contains("logged in again; syncing goes on"))
        _ = AppUpdate.update(&state, .syncFailed(.sessionExpired))
        #expect(state.sessionRenewal != nil, "should it end again, the prompt comes back")
    }

    @Test func aReplyBeingWrittenIsNotInterruptedThePromptWaitsUntilItIsSent() {
        var state = AppFixture.withThread(AppFixture.posts(3))
        _ = AppUpdate.update(&state, .composeOpened(.reply(topicID: 1, topicTitle: "Тема"), nil, quote: nil, external: false))
        _ = AppUpdate.update(&state, .syncFailed(.sessionExpired))
        _ = AppUpdate.update(&state, .typed("Спасибо"))
        #expect(!screen(state).contains("Пароль для"), "no prompt over the text being written")
        guard case .compose(let compose) = state.stack.last else { Issue.record("left the editor"); return }
        #expect(compose.body.text == "Спасибо", "every word went into the reply")
        _ = state.press(.escape)
        #expect(screen(state).contains("Пароль для"), "back in the thread, the prompt asks")
    }

    @Test func escapePutsItOffAndTheNextFailedSyncAsksAgain() {
        var state = expiredWithWritesWaiting()
        _ = state.press(.escape)
        #expect(state.sessionRenewal == nil)
        #expect(screen(state).contains("sync failed: session expired"))
        #expect(state.press(.character("r")) == [.sync])
        _ = AppUpdate.update(&state, .syncFailed(.sessionExpired))
        #expect(screen(state).contains("Password for"))
    }
}
