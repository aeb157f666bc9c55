import Foundation
import StaffroomProtocol
import StaffroomStore

/// Work with side effects that `update` asks the runtime to do; results come back as actions.
public enum Effect: Equatable, Sendable {
    case loadForums
    case loadTopics(forumID: Int64, page: PageRequest<TopicKey>, limit: Int, TopicLoad)
    case loadPosts(topicID: Int64, page: PageRequest<Int64>, limit: Int, PostLoad)
    case markRead(topicID: Int64, upTo: Int64)
    /// Marks every topic of a forum read.
    case markForumRead(forumID: Int64)
    /// Looks for the next topic with unread posts after `after` in `forumID`, then in later forums.
    case findNextUnread(after: TopicKey?, forumID: Int64?)
    /// Saves the draft on screen (the runtime keeps only the last of several in one moment).
    case saveDraft(Draft)
    /// Reads a saved draft and opens the compose screen with it.
    case openCompose(ComposeState.Purpose, quote: String?, external: Bool)
    /// Opens an edit of a post: its saved draft, or else the post's text as it is.
    case openEdit(ComposeState.Purpose, original: String)
    /// Puts a write (a deletion, flag, pin, lock, accepted answer) in the outbox.
    case write(MutationAction)
    /// Puts a write in the outbox and forgets its draft, in one transaction.
    case send(MutationAction, draftKind: Draft.Kind, draftTarget: Int64)
    /// Hands the text to `$VISUAL`/`$EDITOR` and reads it back.
    case editExternally(String)
    /// Searches synced posts for what the user typed; `offset` results are already shown.
    case search(String, offset: Int)
    case setSubscription(SubscriptionTarget, SubscriptionLevel)
    case setBookmark(postID: Int64, bookmarked: Bool)
    case loadFollowed
    case loadBookmarks
    /// Finds a topic (and its forum) to open it in its list.
    case openTopic(Int64)
    /// Reads the Events pane: the starts of a month's events and the agenda from a day.
    case loadEvents(EventsQuery)
    /// Reads an opened event again (for a series, at the occurrence due at `due`).
    case loadEvent(Int64, due: Date?)
    /// Reads the library's newest resources for the picker.
    case loadResources
    /// Opens the event form for a new event: its saved draft if there is one, else this form.
    case openEventForm(EventFormState)
    /// Opens the event form to edit an event: its saved draft if there is one, else the event as stored.
    case openEventEdit(eventID: Int64)
    /// Asks the server who answered an event (organizers, moderators and admins).
    case loadParticipants(eventID: Int64, occurrence: Date?)
    /// Writes a certificate's text to a file in the user's home folder.
    case saveCertificate(Certificate, Language)
    /// Reads the next event the member has a place at, for the reminder.
    case loadNextEvent
    /// Reads a page of the library for a filter (`after` nil: the first page, and the count).
    case loadLibrary(LibraryFilter, after: LibraryKey?, limit: Int)
    /// Reads the values of a facet for the library's filter.
    case loadFacet(LibraryFacet, LibraryFilter)
    /// Reads a resource and the downloads of its files.
    case loadResource(Int64)
    /// Queues a resource's files for download and starts the queue.
    case download(Resource)
    case loadDownloads
    /// Stops a download, keeping what came for a resume.
    case pauseDownload(Int64)
    /// Queues a paused or failed download again.
    case resumeDownload(Int64)
    /// Stops a download and forgets it and its partial file.
    case cancelDownload(Int64)
    /// Marks a resource useful, or takes the mark back: here at once and through the outbox.
    case setUseful(resourceID: Int64, useful: Bool)
    /// Keeps a resource's files offline (fetched with each sync), or stops.
    case setKeptOffline(resourceID: Int64, kept: Bool)
    /// Queues the files of resources kept offline that fit the budget, and starts the queue.
    case fetchKeptOffline
    case loadLinkSpeed
    /// Reads a page of the feed (a visit also moves the last visit on).
    case loadFeed(FeedQuery)
    /// Counts the feed's unread entries.
    case countUnreadFeed
    case markFeedRead([String])
    case markAllFeedRead
    case loadNotificationLevels
    /// Sets how much a kind of news reaches the member (here at once, and through the outbox).
    case setNotificationLevel(NotificationKind, NotificationLevel)
    /// Finds a post with its topic and forum, to open it in its thread.
    case openPost(Int64)
    /// Reads an event to open it.
    case openEvent(Int64)
    /// Reads a resource to open it.
    case openResource(Int64)
    /// Reads a page of the directory of members.
    case loadDirectory(DirectoryFilter, after: DirectoryKey?, limit: Int)
    /// Reads the values of a facet of the directory, with their counts.
    case loadDirectoryFacet(DirectoryFacet, DirectoryFilter)
    /// Reads a member's profile.
    case loadProfile(Int64)
    /// Saves the member's own profile (here at once, and through the outbox), forgetting its draft.
    case saveProfile(ProfileDraft)
    /// Asks the server for the network's pulse (coordinators).
    case loadPulse(weeks: Int)
    /// Reads the mentoring that concerns the member.
    case loadMentorships
    /// Reads the network's mentors, those who teach `subject` first.
    case loadMentors(subject: String)
    /// Puts a request for a mentor in the outbox, forgetting its draft.
    case requestMentor(mentorID: Int64?, subject: String, grade: Int?, note: String)
    /// Answers a request for a mentor (here at once, and through the outbox).
    case answerMentorship(id: Int64, accept: Bool, mentorID: Int64?)
    /// Takes a request back or ends a pairing (here at once, and through the outbox).
    case endMentorship(id: Int64)
    /// Reads the moderators' notices not shown yet (marking them shown) and the silence in force.
    case loadNotices
    /// Reads the review items waiting, with the names the queue shows.
    case loadReviewQueue
    /// Reads the audit log: everyone's decisions, or one moderator's.
    case loadAuditLog(AuditFilter)
    /// Reads what became of this device's moderation decisions.
    case loadModerationOutcomes
    /// Reads what surrounds a review item (posts around it, the author's other posts, earlier decisions).
    case loadReviewContext(ReviewItem)
    /// Takes back this device's last moderation decision: withdrawn from the outbox if not sent,
    /// else an undo write for the member's own latest decision, when it is recent enough.
    case undoLastModeration(moderatorID: Int64)
    /// Reads the chosen files (size, checksum) and puts the resource in the outbox with them,
    /// forgetting the form's draft.
    case share(ResourceDraft, paths: [String])
    case loadDrafts
    case deleteDraft(kind: Draft.Kind, targetID: Int64)
    case loadOutbox
    case discardNotSent(id: Int64)
    /// Writes a not-sent write's text to a file in the user's home folder.
    case copyOut(OutboxItem)
    case sync
    /// Fetches a thread's posts at once when the store holds fewer than `expected` (the sync has
    /// not brought all of it yet).
    case fetchThreadIfIncomplete(topicID: Int64, expected: Int)
    /// Logs the same member in again with this password, keeping every write and draft.
    case renewSession(password: String)
    /// Repaint the whole terminal (Ctrl-L).
    case repaint
    case quit
}
