import Foundation
import StaffroomProtocol
import StaffroomStore
import StaffroomSync
import StaffroomTerminal

/// Runs effects: store reads and writes one after another in the order asked (so a read mark is
/// saved before the counts are read again), and keeps sync running in its own task (`LiveSync`)
/// so reading never waits for the network. Results go to the mailbox as actions.
final class EffectRunner: Sendable {
    private let store: ClientStore
    private let liveSync: LiveSync?
    private let queue: AsyncStream<[Effect]>.Continuation
    private let worker: Task<Void, Never>

    /// - Parameters:
    ///   - copyFolder: where not-sent texts are saved for copying (the home folder).
    ///   - downloadsFolder: where library files land.
    init(store: ClientStore, synchronizer: Synchronizer?, budget: Int? = nil, mailbox: Mailbox, copyFolder: String,
         downloadsFolder: String) {
        self.store = store
        let meter = SyncSpeedMeter()
        let liveSync = synchronizer.map {
            LiveSync(synchronizer: $0, budget: budget, events: { event in
                mailbox.post(Self.action(for: event))
                if let run = meter.observe(event) {
                    try? store.recordLinkSpeed(bytes: run.bytes, seconds: run.seconds, at: Date())
                    if let speed = try? store.linkSpeed() { mailbox.post(.linkSpeedLoaded(speed)) }
                }
            })
        }
        self.liveSync = liveSync
        let (stream, continuation) = AsyncStream<[Effect]>.makeStream()
        queue = continuation
        let downloads = DownloadManager(store: store, synchronizer: synchronizer, folder: downloadsFolder, mailbox: mailbox)
        downloads.start()
        worker = Task.detached { [store, liveSync, mailbox] in
            let runner = EffectWork(store: store, liveSync: liveSync, downloads: downloads, budget: budget, mailbox: mailbox,
                                    copyFolder: copyFolder)
            for await batch in stream {
                for effect in batch { runner.run(effect) }
            }
        }
    }

    deinit {
        queue.finish()
    }

    /// Stops syncing (the open long-poll request is cancelled); call before closing the connection.
    func stopSyncing() {
        liveSync?.stop()
    }

    private static func action(for event: LiveSync.Event) -> Action {
        switch event {
        case .started: .syncStarted
        case .progressed(let progress): .syncProgressed(progress)
        case .retrying(let notice):
            .syncRetrying(RetryNotice(reason: notice.reason.cleaned(), failures: notice.failures, delay: notice.delay),
                          at: Date())
        case .finished(let date): .syncFinished(at: date)
        case .upToDate(let date): .syncUpToDate(at: date)
        case .failed(let error): .syncFailed(error.cleaned())
        }
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
    let liveSync: LiveSync?
    let downloads: DownloadManager
    /// Bytes a session may spend in the background (older content, files kept offline); nil: no limit.
    let budget: Int?
    let mailbox: Mailbox
    let copyFolder: String

    /// Fetches a thread's missing posts in the background; the outcome comes back as an action.
    private func fetchThread(_ topicID: Int64, missing: Int, with liveSync: LiveSync) {
        mailbox.post(.threadFetching(topicID: topicID, missing: missing))
        inBackground(succeeded: .threadFetched(topicID: topicID), failed: Action.threadFetchFailed) { () throws(SyncError) in
            _ = try await liveSync.fetchThread(topicID: topicID)
        }
    }

    /// Logs in again in the background; the answer comes back as an action.
    private func renewSession(password: String) {
        guard let liveSync else { return mailbox.post(.sessionRenewalFailed(.notLoggedIn)) }
        inBackground(succeeded: .sessionRenewed, failed: Action.sessionRenewalFailed) { () throws(SyncError) in
            try await liveSync.renewSession(password: password)
        }
    }

    /// Runs a network step beside the effect queue (which keeps reading the store meanwhile) and
    /// posts `succeeded` (when given), or `failed` with the cleaned error.
    private func inBackground(succeeded: Action?, failed: @escaping @Sendable (SyncError) -> Action,
                              _ work: @escaping @Sendable () async throws(SyncError) -> Void) {
        Task { [mailbox] in
            do throws(SyncError) {
                try await work()
                if let succeeded { mailbox.post(succeeded) }
            } catch {
                mailbox.post(failed(error.cleaned()))
            }
        }
    }

    func run(_ effect: Effect) {
        do throws(StoreError) {
            switch effect {
            case .loadForums:
                let forums = try store.forumSummaries().map { $0.cleaned() }
                let name = try store.communityName().map { UntrustedText.cleanLine($0) }
                mailbox.post(.forumsLoaded(forums, communityName: name))
                if let me = try store.signedInMember() { mailbox.post(.memberLoaded(me)) }
            case .loadTopics(let forumID, let page, let limit, let load):
                let topics = try store.topics(inForum: forumID, page: page, limit: limit).map { $0.cleaned() }
                mailbox.post(.topicsLoaded(forumID: forumID, load, topics))
            case .loadPosts(let topicID, let page, let limit, let load):
                let posts = try store.posts(inTopic: topicID, page: page, limit: limit).map { $0.cleaned() }
                mailbox.post(.postsLoaded(topicID: topicID, load, posts))
            case .markRead(let topicID, let postID):
                try store.markRead(topicID: topicID, upTo: postID)
            case .saveDraft(var draft):
                draft.updatedAt = Date()
                try store.saveDraft(draft)
            case .openEdit(let purpose, let original):
                let key = ComposeState(purpose: purpose).draftKey
                let draft = try store.draft(kind: key.kind, targetID: key.targetID)
                    ?? Draft(kind: key.kind, targetID: key.targetID, context: "", body: original, updatedAt: Date())
                mailbox.post(.composeOpened(purpose, draft, quote: nil, external: false))
            case .markForumRead(let forumID):
                try store.markForumRead(forumID)
                try postOutbox()
            case .findNextUnread(let after, let forumID):
                let found = try store.nextUnreadTopic(after: after, inForum: forumID)
                mailbox.post(.nextUnreadFound(found?.summary.cleaned(), found?.forum.cleaned()))
            case .write(let action):
                try store.enqueue(action)
                try postOutbox()
            case .openCompose(let purpose, let quote, let external):
                let key = ComposeState(purpose: purpose).draftKey
                let draft = try store.draft(kind: key.kind, targetID: key.targetID)
                mailbox.post(.composeOpened(purpose, draft, quote: quote, external: external))
            case .send(let action, let kind, let target):
                try store.send(action, replacing: (kind, target))
                try postOutbox()
            case .editExternally(let text):
                mailbox.post(.editExternally(text))
            case .search(let text, let offset):
                let query = SearchQuery(parsing: text, timeZone: .current)
                let hits = try store.search(query, limit: SearchState.pageSize, offset: offset).map { $0.cleaned() }
                mailbox.post(.searchResults(text, offset: offset, hits))
            case .setSubscription(let target, let level):
                try store.setSubscription(target, level: level)
                try postOutbox()
            case .setBookmark(let postID, let bookmarked):
                try store.setBookmark(postID: postID, bookmarked: bookmarked)
                try postOutbox()
            case .loadFollowed:
                mailbox.post(.followedLoaded(try store.followedItems().map { $0.cleaned() }))
            case .loadBookmarks:
                mailbox.post(.bookmarksLoaded(try store.bookmarks().map { BookmarkedPost(hit: $0.hit.cleaned(), bookmarkedAt: $0.bookmarkedAt) }))
            case .openTopic(let id):
                let found = try store.topicSummary(id: id)
                mailbox.post(.nextUnreadFound(found?.summary.cleaned(), found?.forum.cleaned()))
            case .loadEvents(let query):
                let starts = try store.eventStarts(from: query.monthStart, before: query.monthEnd)
                let agenda = try store.events(from: query.day, before: .distantFuture, limit: query.limit).map { $0.cleaned() }
                mailbox.post(.eventsLoaded(EventsLoad(day: query.day, monthStarts: starts, agenda: agenda)))
            case .saveCertificate(let certificate, let language):
                let checkURL = try store.account().map { CertificateText.checkURL(server: $0.serverURL, code: certificate.code) }
                write(CertificateText.document(certificate, language: language, checkURL: checkURL),
                      name: "staffroom-certificate-\(certificate.code).txt")
            case .loadParticipants(let eventID, let occurrence):
                guard let liveSync else { return mailbox.post(.participantsFailed(.notLoggedIn)) }
                inBackground(succeeded: nil, failed: Action.participantsFailed) { () throws(SyncError) in
                    let list = try await liveSync.eventParticipants(eventID: eventID, occurrence: occurrence)
                    mailbox.post(.participantsLoaded(list))
                }
            case .loadNextEvent:
                mailbox.post(.nextEventLoaded(try store.nextEventGoingTo(after: Date())?.cleaned()))
            case .loadResources:
                mailbox.post(.resourcesLoaded(try store.resources(limit: ResourcePickerState.pageSize).map { $0.cleaned() }))
            case .openEventForm(let form):
                let draft = try form.draftTarget.flatMap { target throws(StoreError) in try store.draft(kind: .event, targetID: target) }
                mailbox.post(.eventFormOpened(form, draft?.cleaned()))
            case .openEventEdit(let eventID):
                let draft = try store.draft(kind: .event, targetID: eventID)
                mailbox.post(.eventEditLoaded(try store.event(id: eventID)?.cleaned().event, draft?.cleaned()))
            case .loadEvent(let id, let due):
                mailbox.post(.eventLoaded(try store.event(id: id, due: due)?.cleaned()))
            case .loadLibrary(let filter, let after, let limit):
                let items = try store.library(filter, after: after, limit: limit).map { $0.cleaned() }
                let total = after == nil ? try store.libraryCount(filter) : nil
                mailbox.post(.libraryLoaded(LibraryLoad(filter: filter, after: after, items: items, total: total, limit: limit)))
            case .loadFacet(let facet, let filter):
                mailbox.post(.facetLoaded(facet, try store.facetValues(facet, for: filter).map { $0.cleaned() }))
            case .loadResource(let id):
                try postResource(id)
            case .download(let resource):
                try store.enqueueDownloads(of: resource, at: Date())
                downloads.start()
                try postDownloads(resourceID: resource.id)
            case .loadDownloads:
                try postDownloads(resourceID: nil)
            case .pauseDownload(let id):
                try downloads.pause(id)
                try postDownloads(resourceID: nil)
            case .resumeDownload(let id):
                if let download = try store.download(id: id) {
                    try store.updateDownload(id, received: download.received, state: .queued)
                    downloads.start()
                    try postDownloads(resourceID: download.resourceID)
                }
            case .cancelDownload(let id):
                let cancelled = try downloads.cancel(id)
                try postDownloads(resourceID: cancelled?.resourceID)
            case .setUseful(let resourceID, let useful):
                try store.setUsefulMark(resourceID: resourceID, useful: useful)
                try store.enqueue(.markUseful(resourceID: resourceID, useful: useful))
                try postOutbox()
            case .setKeptOffline(let resourceID, let kept):
                try store.setKeptOffline(resourceID, kept)
                if kept { try fetchKeptOffline() }
            case .fetchKeptOffline:
                try fetchKeptOffline()
            case .loadLinkSpeed:
                mailbox.post(.linkSpeedLoaded(try store.linkSpeed()))
            case .share(let draft, let paths):
                try share(draft, paths: paths)
            case .loadModerationOutcomes:
                mailbox.post(.moderationOutcomesLoaded(try store.moderationOutcomes(limit: ModerationOutcomesState.pageSize).map { outcome in
                    var clean = outcome
                    clean.message = outcome.message.map { UntrustedText.cleanLine($0) }
                    clean.postText = UntrustedText.clean(outcome.postText)
                    return clean
                }))
            case .loadFeed(let query):
                try store.noteDueReminders(now: Date())
                let previous = query.visiting ? try store.visitFeed(at: Date()) : nil
                let entries = try store.feed(kind: query.kind, after: query.after, limit: FeedState.pageSize, now: Date()).map { $0.cleaned() }
                mailbox.post(.feedLoaded(FeedLoad(query: query, entries: entries, previousVisit: previous)))
            case .countUnreadFeed:
                try store.noteDueReminders(now: Date())
                mailbox.post(.feedUnreadCounted(try store.unreadFeedCount(now: Date())))
            case .markFeedRead(let keys):
                try store.markFeedRead(keys, at: Date())
                mailbox.post(.feedUnreadCounted(try store.unreadFeedCount(now: Date())))
            case .markAllFeedRead:
                try store.markAllFeedRead(at: Date())
                mailbox.post(.feedUnreadCounted(0))
            case .loadNotificationLevels:
                mailbox.post(.notificationLevelsLoaded(try store.notificationLevels()))
            case .setNotificationLevel(let kind, let level):
                try store.setNotificationLevel(level, for: kind)
                try postOutbox()
            case .openPost(let postID):
                mailbox.post(.postOpened(try store.postHit(id: postID).map { $0.cleaned() }))
            case .openResource(let id):
                mailbox.post(.resourceOpened(try store.resourceSummary(id: id)?.cleaned()))
            case .loadDirectory(let filter, let after, let limit):
                let members = try store.directory(filter, after: after, limit: limit).map { $0.cleaned() }
                let total = after == nil ? try store.directoryCount(filter) : nil
                mailbox.post(.directoryLoaded(DirectoryLoad(filter: filter, after: after, members: members, total: total, limit: limit)))
            case .loadDirectoryFacet(let facet, let filter):
                mailbox.post(.directoryFacetLoaded(facet, try store.directoryFacetValues(facet, for: filter).map { $0.cleaned() }))
            case .loadProfile(let userID):
                mailbox.post(.profileLoaded(userID: userID, try store.profile(userID: userID)?.cleaned()))
            case .saveProfile(let profile):
                try store.saveOwnProfile(profile)
                try store.deleteDraft(kind: .profile, targetID: 0)
                let userID = try store.account()?.userID ?? 0
                mailbox.post(.profileLoaded(userID: userID, try store.profile(userID: userID)?.cleaned()))
                try postOutbox()
            case .loadPulse(let weeks):
                guard let liveSync else { return mailbox.post(.pulseFailed(.notLoggedIn)) }
                inBackground(succeeded: nil, failed: Action.pulseFailed) { () throws(SyncError) in
                    mailbox.post(.pulseLoaded(try await liveSync.networkPulse(weeks: weeks).cleaned()))
                }
            case .loadMentorships:
                mailbox.post(.mentorshipsLoaded(try store.mentorships().map { $0.cleaned() }))
            case .loadMentors(let subject):
                mailbox.post(.mentorsLoaded(try store.mentors(forSubject: subject).map { $0.cleaned() }))
            case .requestMentor(let mentorID, let subject, let grade, let note):
                try store.requestMentor(mentorID, subject: subject, grade: grade, note: note)
                try store.deleteDraft(kind: .mentorRequest, targetID: mentorID ?? 0)
                try postOutbox()
            case .answerMentorship(let id, let accept, let mentorID):
                try store.answerMentorship(id, accept: accept, mentorID: mentorID)
                mailbox.post(.mentorshipsLoaded(try store.mentorships().map { $0.cleaned() }))
                try postOutbox()
            case .endMentorship(let id):
                try store.endMentorship(id)
                mailbox.post(.mentorshipsLoaded(try store.mentorships().map { $0.cleaned() }))
                try postOutbox()
            case .openEvent(let eventID):
                mailbox.post(.eventOpened(try store.event(id: eventID, due: nil)?.cleaned()))
            case .loadNotices:
                let unseen = try store.unseenNotices().map { $0.cleaned() }
                try store.markNoticesSeen(unseen.map(\.id), at: Date())
                mailbox.post(.noticesLoaded(unseen: unseen, silence: try store.silence(at: Date())?.cleaned()))
            case .loadReviewQueue:
                let items = try store.pendingReviewItems(limit: ModerationState.pageSize).map { $0.cleaned() }
                let names = try store.userNames(Set(items.flatMap { [$0.authorID] + [$0.claimedBy].compactMap { $0 } }))
                mailbox.post(.reviewQueueLoaded(items, names: names.mapValues { UntrustedText.cleanLine($0) }))
            case .loadAuditLog(let filter):
                let rows = try store.auditLog(filter, limit: AuditLogState.pageSize).map { row in
                    var clean = row
                    clean.postText = UntrustedText.clean(row.postText)
                    clean.entry.note = UntrustedText.cleanLine(row.entry.note)
                    return clean
                }
                let names = try store.userNames(Set(rows.map(\.entry.moderatorID) + rows.compactMap(\.authorID)))
                mailbox.post(.auditLogLoaded(rows, names: names.mapValues { UntrustedText.cleanLine($0) }, filter: filter))
            case .loadReviewContext(let item):
                mailbox.post(.reviewContextLoaded(itemID: item.id, try store.reviewContext(for: item).cleaned()))
            case .undoLastModeration(let moderatorID):
                let phrase: ModerationPhrase = switch try store.undoLastModeration(by: moderatorID, now: Date()) {
                case .withdrawn: .undoWithdrawn
                case .queued: .undoQueued
                case .nothing: .nothingToUndo
                }
                mailbox.post(.moderationUndone(phrase))
                try postOutbox()
            case .loadDrafts:
                mailbox.post(.draftsLoaded(try store.drafts().map { $0.cleaned() }))
            case .deleteDraft(let kind, let targetID):
                try store.deleteDraft(kind: kind, targetID: targetID)
                mailbox.post(.draftsLoaded(try store.drafts().map { $0.cleaned() }))
            case .loadOutbox:
                try postOutbox()
            case .discardNotSent(let id):
                try store.discardNotSent(id: id)
                try postOutbox()
            case .copyOut(let item):
                copyOut(item)
            case .sync:
                if let liveSync {
                    liveSync.syncNow()
                } else {
                    mailbox.post(.syncFailed(.notLoggedIn))
                }
            case .renewSession(let password):
                renewSession(password: password)
            case .fetchThreadIfIncomplete(let topicID, let expected):
                let missing = expected - (try store.storedPostCount(topicID: topicID))
                if missing > 0, let liveSync { fetchThread(topicID, missing: missing, with: liveSync) }
            case .repaint:
                mailbox.post(.repaint)
            case .quit:
                mailbox.post(.quit)
            }
        } catch {
            mailbox.post(.storeFailed(error))
        }
    }

    /// Reads the chosen files and puts the resource in the outbox with where they are, forgetting
    /// the form's draft; a file that cannot be read, or files that break a rule, go back to the form.
    private func share(_ draft: ResourceDraft, paths: [String]) throws(StoreError) {
        var full = draft
        var pending: [PendingFile] = []
        for path in paths {
            do {
                let file = try LocalFile(path: path)
                full.files.append(file.entry)
                pending.append(file.pending)
            } catch {
                return mailbox.post(.shareRefused(.file(error)))
            }
        }
        if let problem = full.problems().first { return mailbox.post(.shareRefused(.draft(problem))) }
        try store.enqueueShare(full, files: pending)
        try store.deleteDraft(kind: .resource, targetID: 0)
        mailbox.post(.shareQueued(title: UntrustedText.cleanLine(full.title)))
        try postOutbox()
        liveSync?.syncNow()
    }

    /// Reads a resource and its downloads again and tells the interface.
    private func postResource(_ id: Int64) throws(StoreError) {
        mailbox.post(.resourceLoaded(try store.resourceSummary(id: id)?.cleaned(), try store.downloads(ofResource: id).map { $0.cleaned() }))
    }

    /// Reads the queue again (and the resource whose downloads changed) and tells the interface.
    private func postDownloads(resourceID: Int64?) throws(StoreError) {
        mailbox.post(.downloadsLoaded(try store.downloads().map { $0.cleaned() }))
        if let resourceID { try postResource(resourceID) }
    }

    /// Queues the files of resources kept offline, as many whole resources as fit the budget, and
    /// starts the queue.
    private func fetchKeptOffline() throws(StoreError) {
        try store.enqueueKeptOffline(budget: budget.map(Int64.init), at: Date())
        downloads.start()
    }

    /// Reads the outbox again and tells the interface (counts, list, pending posts on screen).
    private func postOutbox() throws(StoreError) {
        let entries = try store.outboxEntries().map { $0.cleaned() }
        mailbox.post(.outboxLoaded(entries))
        mailbox.post(.outboxChanged(OutboxCounts(pending: entries.count { $0.item.state == .pending },
                                                 notSent: entries.count { $0.item.state == .notSent })))
    }

    /// Saves a not-sent write's text in a new file, so it can be copied elsewhere.
    private func copyOut(_ item: OutboxItem) {
        let text: String
        switch item.action {
        case .reply(_, let body), .editPost(_, let body): text = body
        case .createTopic(_, let title, let body): text = title + "\n\n" + body
        case .createEvent(let draft), .editEvent(_, let draft): text = draft.title + "\n\n" + draft.description
        default: return
        }
        let stamp = String(Int(item.createdAt.timeIntervalSince1970))
        write(text, name: "staffroom-not-sent-\(stamp)-\(item.id).txt")
    }

    /// Writes `text` to a file of that name in the copy folder (readable by the user alone) and says where.
    private func write(_ text: String, name: String) {
        let path = (copyFolder as NSString).appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            mailbox.post(.storeFailed(.failed("cannot write \(path)")))
            return
        }
        mailbox.post(.copiedOut(path: path))
    }
}
