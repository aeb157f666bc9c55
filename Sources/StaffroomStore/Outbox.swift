import Foundation
import GRDB
import StaffroomProtocol

/// A write kept locally until the server has it: pending (to be pushed), or not sent (refused for
/// good, with the server's reason, kept so the text is never lost).
public struct OutboxItem: Equatable, Sendable {
    public enum State: String, Codable, Sendable {
        case pending
        case notSent = "not_sent"
    }

    /// The local id, stable while the item is in the outbox.
    public var id: Int64
    public var sequence: Int64
    public var clientID: String
    public var action: MutationAction
    public var authorName: String
    public var createdAt: Date
    public var state: State
    public var code: RejectionCode?
    public var message: String?

    public init(id: Int64, sequence: Int64, clientID: String, action: MutationAction, authorName: String,
                createdAt: Date, state: State, code: RejectionCode? = nil, message: String? = nil) {
        self.id = id
        self.sequence = sequence
        self.clientID = clientID
        self.action = action
        self.authorName = authorName
        self.createdAt = createdAt
        self.state = state
        self.code = code
        self.message = message
    }

    /// The mutation to push.
    public var mutation: Mutation { Mutation(sequence: sequence, clientID: clientID, action: action) }
}

/// An outbox item with the title of the topic or forum it belongs to.
public struct OutboxEntry: Equatable, Sendable {
    public var item: OutboxItem
    public var context: String

    public init(item: OutboxItem, context: String) {
        self.item = item
        self.context = context
    }
}

extension OutboxItem: FetchableRecord {
    public init(row: Row) throws {
        id = row["id"]
        sequence = row["sequence"]
        clientID = row["clientID"]
        action = try WireFormat.makeDecoder().decode(MutationAction.self, from: Data((row["action"] as String).utf8))
        authorName = row["authorName"]
        createdAt = row["createdAt"]
        state = State(rawValue: row["state"]) ?? .pending
        code = (row["code"] as String?).flatMap(RejectionCode.init(rawValue:))
        message = row["message"]
    }
}

extension MutationAction {
    /// The topic a write belongs to, if any (to show it pending in that thread).
    var topicID: Int64? {
        switch self {
        case .reply(let topicID, _), .setTopicPinned(let topicID, _), .setTopicLocked(let topicID, _),
             .markRead(let topicID, _), .acceptAnswer(let topicID, _), .setSubscription(.topic(let topicID), _): topicID
        case .createTopic, .editPost, .deletePost, .flagPost, .setSubscription(.forum, _), .setBookmark, .rsvp, .setEventStatus,
             .createEvent, .editEvent, .changeOccurrence, .recordAttendance,
             .bookSlot, .cancelBooking, .shareResource, .markUseful, .claimReview, .moderate, .undoModeration, .askForReview, .flagUser, .addStaffNote, .setNotificationLevel,
             .updateProfile, .requestMentor, .answerMentorship, .endMentorship: nil
        }
    }

    /// The forum a new topic goes to.
    var forumID: Int64? {
        switch self {
        case .createTopic(let forumID, _, _), .setSubscription(.forum(let forumID), _): forumID
        default: nil
        }
    }
}
