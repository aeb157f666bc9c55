import Foundation
import StaffroomProtocol
import StaffroomStore
import StaffroomSync
import StaffroomTerminal

/// Everything that can happen to the interface: keys, time, and results of effects.
public enum Action: Equatable, Sendable {
    case key(Key)
    /// The terminal went away or the process was asked to stop: save and quit.
    case quitRequested
    case resized(Size)
    case tick(Date)
    case forumsLoaded([ForumSummary], communityName: String?)
    /// The next topic with unread posts, or nil when nothing unread is left.
    case nextUnreadFound(TopicSummary?, Forum?)
    /// The signed-in member as synced (their role may have changed).
    case memberLoaded(User)
    case topicsLoaded(forumID: Int64, TopicLoad, Page<TopicSummary>)
    case postsLoaded(topicID: Int64, PostLoad, Page<ThreadPost>)
    case syncStarted
    case syncProgressed(SyncProgress)
    case syncFinished(at: Date)
    case syncFailed(SyncError)
    /// A long-poll ended without news: the store is still in step with the server.
    case syncUpToDate(at: Date)
    /// A thread on screen lacks posts and they are being fetched.
    case threadFetching(topicID: Int64, missing: Int)
    /// The missing posts of a thread arrived.
    case threadFetched(topicID: Int64)
    /// Fetching a thread's missing posts failed.
    case threadFetchFailed(SyncError)
    /// Logging in again worked; sync goes on with the new session.
    case sessionRenewed
    /// Logging in again failed (a wrong password, the server out of reach).
    case sessionRenewalFailed(SyncError)
    /// A round trip failed for a passing reason and is tried again shortly.
    case syncRetrying(RetryNotice, at: Date)
    case storeFailed(StoreError)
    /// Characters (and line breaks) that arrived together: pasted, or typed fast.
    case typed(String)
    case composeOpened(ComposeState.Purpose, Draft?, quote: String?, external: Bool)
    case externalEditFinished(String)
    case externalEditFailed(String)
    /// The outbox changed (a write was queued, sent or refused).
    case outboxChanged(OutboxCounts)
    case searchResults(String, offset: Int, [SearchHit])
    case followedLoaded([FollowedItem])
    case bookmarksLoaded([BookmarkedPost])
    case draftsLoaded([Draft])
    case outboxLoaded([OutboxEntry])
    case eventsLoaded(EventsLoad)
    /// An opened event read again (nil: it is no longer in the store).
    case eventLoaded(EventSummary?)
    /// The library's newest resources, for the picker.
    case resourcesLoaded([Resource])
    /// The event form for a new event, and the draft of one saved before (it wins).
    case eventFormOpened(EventFormState, Draft?)
    /// The event to edit (nil: no longer in the store), and the draft of an edit saved before (it wins).
    case eventEditLoaded(Event?, Draft?)
    case nextEventLoaded(EventSummary?)
    case participantsLoaded(EventParticipants)
    case participantsFailed(SyncError)
    /// A not-sent write was saved to a file, for copying elsewhere.
    case copiedOut(path: String)
    /// A page of the library was read.
    case libraryLoaded(LibraryLoad)
    /// The values of a facet were read.
    case facetLoaded(LibraryFacet, [FacetValue])
    /// A resource was read (nil: it is gone), with its files' downloads.
    case resourceLoaded(ResourceSummary?, [Download])
    case downloadsLoaded([Download])
    /// A running download came further.
    case downloadProgressed(id: Int64, TransferProgress)
    /// A download stopped: done, failed, paused or cancelled (its final record).
    case downloadEnded(Download)
    case linkSpeedLoaded(Double?)
    case reviewQueueLoaded([ReviewItem], names: [Int64: String])
    case auditLogLoaded([AuditLogRow], names: [Int64: String], filter: AuditFilter)
    case moderationOutcomesLoaded([ModerationOutcome])
    case reviewContextLoaded(itemID: Int64, ReviewContext)
    /// What became of an undo: withdrawn from the outbox, queued, or nothing to take back.
    case moderationUndone(ModerationPhrase)
    case feedLoaded(FeedLoad)
    case feedUnreadCounted(Int)
    case notificationLevelsLoaded([NotificationKind: NotificationLevel])
    /// The post asked for by `openPost`, with its topic and forum (nil: not in the store).
    case postOpened(SearchHit?)
    /// The event asked for by `openEvent` (nil: not in the store).
    case eventOpened(EventSummary?)
    /// The resource asked for by `openResource` (nil: not in the store).
    case resourceOpened(ResourceSummary?)
    case directoryLoaded(DirectoryLoad)
    case directoryFacetLoaded(DirectoryFacet, [FacetValue])
    /// A member's profile (nil: the store does not know them).
    case profileLoaded(userID: Int64, MemberProfile?)
    case pulseLoaded(NetworkPulse)
    case pulseFailed(SyncError)
    case mentorshipsLoaded([MentorshipSummary])
    case mentorsLoaded([User])
    /// The moderators' notices not shown before, oldest first, and the silence in force, if any.
    case noticesLoaded(unseen: [MemberNotice], silence: MemberNotice?)
    /// The shared resource is in the outbox.
    case shareQueued(title: String)
    /// The shared resource could not go: a file cannot be read, or the files break a rule.
    case shareRefused(ShareFormProblem)
}

/// Why a page of topics is loaded, which decides how it joins the list.
public enum TopicLoad: Equatable, Sendable {
    /// Opening the forum: the first page.
    case open
    /// `g`/`G` beyond the loaded window: the first or last page replaces it.
    case jumpToStart, jumpToEnd
    /// Scrolling near the window's end or start: the next or previous page joins it.
    case extendAfter, extendBefore
    /// Data changed (sync): the window is read again, keeping the selected topic.
    case refresh(keeping: Int64?)
}

/// Why a page of posts is loaded, which decides how it joins the thread.
public enum PostLoad: Equatable, Sendable {
    case open
    case jumpToStart, jumpToEnd
    case extendAfter, extendBefore
    /// Data changed (sync): the window is read again; the line at the top stays at the top.
    case refresh(anchor: ThreadAnchor)
}

/// A position in a thread that survives re-layout: a post and a line offset inside it.
public struct ThreadAnchor: Equatable, Sendable {
    public var postID: Int64
    public var lineOffset: Int
}
