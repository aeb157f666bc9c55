import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// A member's profile: opening it, moving over their recent posts and resources, `Enter` opening
/// one where it belongs, and `e` on one's own opening the form that edits it.
enum ProfileUpdate {
    /// Opens the profile of `userID` on top of the current screen.
    static func open(userID: Int64, state: inout AppState) -> [Effect] {
        state.stack.append(.profile(ProfileState(userID: userID)))
        return [.loadProfile(userID)]
    }

    /// The profile was read: every opened profile of that member shows it.
    static func loaded(_ profile: MemberProfile?, userID: Int64, state: inout AppState) {
        state.stack = state.stack.map { screen in
            guard case .profile(var opened) = screen, opened.userID == userID else { return screen }
            opened.profile = profile
            opened.loaded = true
            opened.cursor = opened.cursor.selecting(opened.cursor.selected, count: opened.items.count, visibleRows: opened.items.count)
            return .profile(opened)
        }
    }

    /// A key on the profile; nil when the key map should handle it.
    static func key(_ key: Key, opened: inout ProfileState, state: inout AppState) -> [Effect]? {
        let items = opened.items
        if let moved = opened.cursor.moved(by: key, count: items.count, visibleRows: items.count) {
            opened.cursor = moved
            return []
        }
        switch key {
        case .enter, .right, .character("l"):
            guard items.indices.contains(opened.cursor.selected) else { return [] }
            switch items[opened.cursor.selected] {
            case .mentorship(let item): return item.mentorship.topicID.map { [.openTopic($0)] } ?? []
            case .post(let post): return [.openPost(post.postID)]
            case .resource(let resource): return [.openResource(resource.id)]
            case .consultation(let event): return [.openEvent(event.id)]
            }
        case .character("m"):
            guard let user = opened.profile?.user, user.id == state.me.userID || user.role == .mentor else { return [] }
            let mine = user.id == state.me.userID
            let subject = mine ? user.subjects.first ?? "" : ""
            return MentorRequestUpdate.open(mentor: mine ? nil : user, state: &state, mySubject: subject)
        case .character("e"):
            guard opened.userID == state.me.userID, let profile = opened.profile else { return [] }
            if let silence = state.silence, silence.restricts(at: state.now) {
                state.notice = NoticeUpdate.phrase(silence, state: state)
                return []
            }
            return ProfileFormUpdate.open(profile.user.profile, state: &state)
        default:
            return nil
        }
    }
}
