import StaffroomProtocol
import StaffroomStore

/// Opening the compose screen: from a thread or topic list, from a draft, or to resend a write
/// the server refused.
enum ComposeOpening {
    /// The compose screen with its saved draft (if any), a quote added at the end, and `$EDITOR`
    /// opened at once when asked.
    static func opened(_ purpose: ComposeState.Purpose, draft: Draft?, quote: String?, external: Bool,
                       state: inout AppState) -> [Effect] {
        var compose = ComposeState(purpose: purpose, title: draft?.title ?? "", body: draft?.body ?? "")
        let width = ComposeLayout.textWidth(state.size)
        let height = ComposeLayout.bodyHeight(state, hasTitle: compose.hasTitle)
        compose.body.moveToEnd(width: width, height: height)
        if let quote {
            compose.body.insert((compose.body.isBlank ? "" : "\n\n") + quote, width: width, height: height)
        }
        state.stack.append(.compose(compose))
        return external ? [.editExternally(compose.body.text)] : []
    }

    /// A quote of a post: its author, then every line behind `> `, then a blank line to answer in.
    static func quote(_ post: ThreadPost) -> String {
        let lines = post.post.body.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }
        return (["> \(post.authorName):"] + lines).joined(separator: "\n") + "\n\n"
    }

    /// The screen that edits and resends a refused write: the compose screen for a post, the
    /// event form for an event.
    static func resendScreen(_ entry: OutboxEntry, language: Language) -> Screen? {
        switch entry.item.action {
        case .createEvent(let draft):
            var form = EventFormState(draft: draft, purpose: .create, proposing: false, language: language)
            form.replacesNotSent = entry.item.id
            return .eventForm(form)
        case .editEvent(let eventID, let draft):
            var form = EventFormState(draft: draft, purpose: .edit(eventID: eventID, title: entry.context), proposing: false,
                                      language: language)
            form.replacesNotSent = entry.item.id
            return .eventForm(form)
        default:
            return resend(entry).map(Screen.compose)
        }
    }

    /// The compose screen that edits and resends a refused write.
    static func resend(_ entry: OutboxEntry) -> ComposeState? {
        var compose: ComposeState
        switch entry.item.action {
        case .reply(let topicID, let body):
            compose = ComposeState(purpose: .reply(topicID: topicID, topicTitle: entry.context), body: body)
        case .createTopic(let forumID, let title, let body):
            compose = ComposeState(purpose: .newTopic(forumID: forumID, forumTitle: entry.context), title: title, body: body)
        case .editPost(let postID, let body):
            compose = ComposeState(purpose: .edit(postID: postID, topicID: 0, topicTitle: entry.context), body: body)
        default:
            return nil
        }
        compose.replacesNotSent = entry.item.id
        return compose
    }

    /// What a saved draft was for; nil for an event form's or a share form's draft (each opens its form).
    static func purpose(of draft: Draft) -> ComposeState.Purpose? {
        switch draft.kind {
        case .reply: .reply(topicID: draft.targetID, topicTitle: draft.context)
        case .newTopic: .newTopic(forumID: draft.targetID, forumTitle: draft.context)
        case .edit: .edit(postID: draft.targetID, topicID: draft.topicID ?? 0, topicTitle: draft.context)
        case .event, .resource, .profile, .mentorRequest: nil
        }
    }
}
