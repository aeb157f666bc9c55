import Foundation
import StaffroomSync
import Synchronization

/// Runs one sync at a time and reports it to the interface. A sync asked for while one runs (a
/// reply sent during a long first sync) is not started beside it: the running one is followed by
/// exactly one more, which pushes whatever was written meanwhile.
final class SyncLoop: Sendable {
    private let synchronizer: Synchronizer
    private let mailbox: Mailbox
    private let state = Mutex((running: false, again: false))

    init(synchronizer: Synchronizer, mailbox: Mailbox) {
        self.synchronizer = synchronizer
        self.mailbox = mailbox
    }

    /// Starts a sync, or asks the running one to be followed by another.
    func request() {
        let start = state.withLock { state in
            if state.running {
                state.again = true
                return false
            }
            state.running = true
            return true
        }
        guard start else { return }
        Task.detached { [self] in
            repeat {
                await runOnce()
            } while state.withLock { state in
                if state.again {
                    state.again = false
                    return true
                }
                state.running = false
                return false
            }
        }
    }

    private func runOnce() async {
        mailbox.post(.syncStarted)
        do throws(SyncError) {
            _ = try await synchronizer.run(
                progress: { [mailbox] progress in mailbox.post(.syncProgressed(progress)) },
                retrying: { [mailbox] notice in
                    mailbox.post(.syncRetrying(RetryNotice(reason: notice.reason.cleaned(), failures: notice.failures,
                                                           delay: notice.delay), at: Date()))
                })
            mailbox.post(.syncFinished(at: Date()))
        } catch {
            mailbox.post(.syncFailed(error.cleaned()))
        }
    }
}
