import Foundation
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// The compose screen: a reply, a new topic or an edit, being written in the built-in editor.
public struct ComposeState: Equatable, Sendable {
    /// What is being written.
    public enum Purpose: Equatable, Sendable {
        case reply(topicID: Int64, topicTitle: String)
        case newTopic(forumID: Int64, forumTitle: String)
        case edit(postID: Int64, topicID: Int64, topicTitle: String)
        /// A moderator rewrites a flagged post, with the reason its author will read.
        case moderatorEdit(item: ReviewItem, note: String, topicTitle: String)
    }

    public enum Field: Equatable, Sendable { case title, body }

    public var purpose: Purpose
    /// The topic's title (new topics only).
    public var title: TextEditor
    public var body: TextEditor
    public var focus: Field
    /// Showing the text as it will look in the thread.
    public var previewing = false
    public var previewTop = 0
    /// Why the last attempt to send was refused here (empty text, too long).
    public var problem: Phrase?
    /// The not-sent write this compose resends; it leaves the outbox when this one is sent.
    public var replacesNotSent: Int64?

    public init(purpose: Purpose, title: String = "", body: String = "") {
        self.purpose = purpose
        self.title = TextEditor(text: title)
        self.body = TextEditor(text: body)
        if case .newTopic = purpose {
            focus = title.isEmpty ? .title : .body
        } else {
            focus = .body
        }
    }

    /// Whether this compose has a title field.
    public var hasTitle: Bool {
        if case .newTopic = purpose { return true }
        return false
    }

    /// The draft's key in the store.
    public var draftKey: (kind: Draft.Kind, targetID: Int64) {
        switch purpose {
        case .reply(let topicID, _): (.reply, topicID)
        case .newTopic(let forumID, _): (.newTopic, forumID)
        case .edit(let postID, _, _): (.edit, postID)
        case .moderatorEdit(let item, _, _): (.edit, item.postID ?? 0)
        }
    }

    /// The draft to save for what is on screen now.
    public func draft(at date: Date) -> Draft {
        let key = draftKey
        switch purpose {
        case .reply(_, let topicTitle):
            return Draft(kind: key.kind, targetID: key.targetID, context: topicTitle, body: body.text, updatedAt: date)
        case .newTopic(_, let forumTitle):
            return Draft(kind: key.kind, targetID: key.targetID, context: forumTitle, title: title.text, body: body.text,
                         updatedAt: date)
        case .edit(_, let topicID, let topicTitle):
            return Draft(kind: key.kind, targetID: key.targetID, topicID: topicID, context: topicTitle, body: body.text,
                         updatedAt: date)
        case .moderatorEdit(let item, _, let topicTitle):
            return Draft(kind: key.kind, targetID: key.targetID, topicID: item.topicID, context: topicTitle, body: body.text,
                         updatedAt: date)
        }
    }

    /// The write that sending makes, or why it cannot be sent.
    public func mutation() -> Result<MutationAction, ComposeProblem> {
        let text = body.text
        guard !body.isBlank else { return .failure(.emptyBody) }
        guard text.count <= WriteLimits.postLength else { return .failure(.bodyTooLong(text.count)) }
        switch purpose {
        case .reply(let topicID, _):
            return .success(.reply(topicID: topicID, body: text))
        case .edit(let postID, _, _):
            return .success(.editPost(postID: postID, body: text))
        case .moderatorEdit(let item, let note, _):
            return .success(.moderate(itemID: item.id, version: item.version, action: .edit, note: note, details: ModerationDetails(body: text)))
        case .newTopic(let forumID, _):
            let heading = title.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !heading.isEmpty else { return .failure(.emptyTitle) }
            guard heading.count <= WriteLimits.titleLength else { return .failure(.titleTooLong(heading.count)) }
            return .success(.createTopic(forumID: forumID, title: heading, body: text))
        }
    }
}

/// Why a compose cannot be sent yet.
public enum ComposeProblem: Error, Equatable, Sendable {
    case emptyBody, emptyTitle
    case bodyTooLong(Int)
    case titleTooLong(Int)
}

/// Where the parts of the compose screen go.
enum ComposeLayout {
    /// The editor's width: as wide as a thread's text, so what is typed wraps as it will be read.
    static func textWidth(_ size: Size) -> Int { ThreadLayout.bodyWidth(columns: size.columns) }

    /// Rows the body editor shows: the content area less the title and hint rows.
    static func bodyHeight(_ state: AppState, hasTitle: Bool) -> Int {
        max(1, state.contentRows - (hasTitle ? 2 : 0) - 1)
    }
}
