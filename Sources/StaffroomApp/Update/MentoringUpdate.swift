import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// The mentoring list: moving, `Enter` opening a pair's thread, `y`/`n` answering a request (a
/// coordinator accepting one that names no mentor goes through the mentors with `y`, the ones who
/// teach its subject first, and `Enter` assigns the one offered), `x` twice taking a request back
/// or ending a pairing.
enum MentoringUpdate {
    static func open(_ state: inout AppState) -> [Effect] {
        state.stack.append(.mentoring(MentoringState()))
        return [.loadMentorships]
    }

    static func loaded(_ items: [MentorshipSummary], state: inout AppState) {
        state.stack = state.stack.map { screen in
            guard case .mentoring(var list) = screen else { return screen }
            let selectedID = list.selected?.mentorship.id
            list.items = items
            let index = selectedID.flatMap { id in items.firstIndex { $0.mentorship.id == id } } ?? list.cursor.selected
            list.cursor = list.cursor.selecting(index, count: items.count, visibleRows: visibleRows(state))
            return .mentoring(list)
        }
    }

    static func mentorsLoaded(_ mentors: [User], state: inout AppState) {
        guard case .mentoring(var list) = state.stack.last, list.assigning != nil else { return }
        list.assigning?.mentors = mentors
        if mentors.isEmpty {
            list.assigning = nil
            state.notice = .mentoring(.noMentors)
        }
        state.stack[state.stack.count - 1] = .mentoring(list)
    }

    /// Rows of the list: all but the heading and the hint line.
    static func visibleRows(_ state: AppState) -> Int { max(1, state.contentRows - 2) }

    /// Whether the member may answer this request: the mentor it names, or a coordinator.
    static func mayAnswer(_ item: MentorshipSummary, state: AppState) -> Bool {
        item.mentorship.status == .requested && (item.mentorship.mentorID == state.me.userID || state.me.moderates)
    }

    /// A key on the list; nil when the key map should handle it.
    static func key(_ key: Key, list: inout MentoringState, state: inout AppState) -> [Effect]? {
        if let assigning = list.assigning { return assignKey(key, assigning: assigning, list: &list, state: &state) }
        if key != .character("x") { list.confirmingEnd = nil }
        let count = list.items?.count ?? 0
        if let moved = list.cursor.moved(by: key, count: count, visibleRows: visibleRows(state)) {
            list.cursor = moved
            return []
        }
        guard let item = list.selected else { return nil }
        let pair = item.mentorship
        switch key {
        case .enter, .right, .character("l"):
            return pair.topicID.map { [.openTopic($0)] } ?? []
        case .character("y"):
            guard mayAnswer(item, state: state) else { return [] }
            guard pair.mentorID == nil else {
                state.notice = .mentoring(.answered(accepted: true))
                return [.answerMentorship(id: pair.id, accept: true, mentorID: nil)]
            }
            list.assigning = MentorAssignment(mentorshipID: pair.id)
            return [.loadMentors(subject: pair.subject)]
        case .character("n"):
            guard mayAnswer(item, state: state) else { return [] }
            state.notice = .mentoring(.answered(accepted: false))
            return [.answerMentorship(id: pair.id, accept: false, mentorID: nil)]
        case .character("x"):
            guard pair.status.isOpen,
                  pair.menteeID == state.me.userID || pair.mentorID == state.me.userID || state.me.moderates else { return [] }
            guard list.confirmingEnd == pair.id else {
                list.confirmingEnd = pair.id
                state.notice = .mentoring(.pressAgainToEnd)
                return []
            }
            list.confirmingEnd = nil
            state.notice = .mentoring(.endQueued)
            return [.endMentorship(id: pair.id)]
        default:
            return nil
        }
    }

    /// Keys while a coordinator picks the mentor: `y` offers the next, `Enter` accepts, `Esc` drops.
    private static func assignKey(_ key: Key, assigning: MentorAssignment, list: inout MentoringState, state: inout AppState) -> [Effect] {
        switch key {
        case .character("y"):
            guard let mentors = assigning.mentors, !mentors.isEmpty else { return [] }
            list.assigning?.index = (assigning.index + 1) % mentors.count
        case .enter:
            guard let mentor = assigning.offered else { return [] }
            list.assigning = nil
            state.notice = .mentoring(.answered(accepted: true))
            return [.answerMentorship(id: assigning.mentorshipID, accept: true, mentorID: mentor.id)]
        case .escape:
            list.assigning = nil
        default:
            break
        }
        return []
    }
}
