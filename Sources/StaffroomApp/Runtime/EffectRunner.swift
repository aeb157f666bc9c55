import Foundation
import StaffroomStore
import StaffroomSync
import StaffroomTerminal

/// Runs effects: store reads and writes one after another in the order asked (so a read mark is
/// saved before the counts are read again), and syncs in their own task so reading never waits
/// for the network. Results go to the mailbox as actions.
final class EffectRunner: Sendable {
    private let store: ClientStore
    private let synchronizer: Synchronizer?
    private let mailbox: Mailbox
    private let queue: AsyncStream<[Effect]>.Continuation
    private let worker: Task<Void, Never>

    init(store: ClientStore, synchronizer: Synchronizer?, mailbox: Mailbox) {
        self.store = store
        self.synchronizer = synchronizer
        self.mailbox = mailbox
        let (stream, continuation) = AsyncStream<[Effect]>.makeStream()
        queue = continuation
        worker = Task.detached { [store, synchronizer, mailbox] in
            let runner = EffectWork(store: store, synchronizer: synchronizer, mailbox: mailbox)
            for await batch in stream {
                for effect in batch { runner.run(effect) }
            }
        }
    }

    deinit {
        queue.finish()
    }

    /// Queues `effects` to run in order after those queued before.
    func run(_ effects: [Effect]) {
        guard !effects.isEmpty else { return }
        queue.yield(effects)
    }
}

/// The work of each effect.
private struct EffectWork: Sendable {
    let store: ClientStore
    let synchronizer: Synchronizer?
    let mailbox: Mailbox

    func run(_ effect: Effect) {
        do throws(StoreError) {
            switch effect {
            case .loadForums:
                let forums = try store.forumSummaries().map { $0.cleaned() }
                let name = try store.communityName().map { UntrustedText.cleanLine($0) }
                mailbox.post(.forumsLoaded(forums, communityName: name))
            case .loadTopics(let forumID, let page, let limit, let load):
                let topics = try store.topics(inForum: forumID, page: page, limit: limit).map { $0.cleaned() }
                mailbox.post(.topicsLoaded(forumID: forumID, load, topics))
            case .loadPosts(let topicID, let page, let limit, let load):
                let posts = try store.posts(inTopic: topicID, page: page, limit: limit).map { $0.cleaned() }
                mailbox.post(.postsLoaded(topicID: topicID, load, posts))
            case .markRead(let topicID, let postID):
                try store.markRead(topicID: topicID, upTo: postID)
            case .sync:
                startSync()
            case .repaint:
                mailbox.post(.repaint)
            case .quit:
                mailbox.post(.quit)
            }
        } catch {
            mailbox.post(.storeFailed(error))
        }
    }

    private func startSync() {
        guard let synchronizer else {
            mailbox.post(.syncFailed(.notLoggedIn))
            return
        }
        mailbox.post(.syncStarted)
        Task.detached { [mailbox] in
            do throws(SyncError) {
                _ = try await synchronizer.run(progress: { progress in mailbox.post(.syncProgressed(progress)) })
                mailbox.post(.syncFinished(at: Date()))
            } catch {
                mailbox.post(.syncFailed(error.cleaned()))
            }
        }
    }
}
