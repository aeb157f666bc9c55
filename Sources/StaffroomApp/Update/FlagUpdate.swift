import StaffroomProtocol
import StaffroomTerminal

/// The flag screen: a digit picks the reason, `Tab` turns the flag from the post to its author and
/// back, typing writes the note, Enter sends, Esc cancels. Asking for another review works the
/// same, without a reason.
enum FlagUpdate {
    static func key(_ key: Key, flag: inout FlagState, state: AppState) -> NavigationStep {
        let width = max(10, state.size.columns - 16)
        switch key {
        case .escape:
            return NavigationStep(transition: .pop)
        case .enter:
            let note = flag.note.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if flag.appeal {
                return NavigationStep(effects: [.write(.askForReview(postID: flag.postID, note: note)), .sync], transition: .pop,
                                      notice: .moderation(.reviewAsked))
            }
            if flag.aboutAuthor, let author = flag.author {
                return NavigationStep(effects: [.write(.flagUser(userID: author.id, reason: flag.reason, note: note)), .sync],
                                      transition: .pop, notice: .flagSent)
            }
            return NavigationStep(effects: [.write(.flagPost(postID: flag.postID, reason: flag.reason, note: note)), .sync],
                                  transition: .pop, notice: .flagSent)
        case .tab where flag.author != nil && !flag.appeal:
            flag.aboutAuthor.toggle()
        case .character(let digit) where ("1"..."4").contains(digit) && !flag.appeal:
            flag.reason = FlagReason.allCases[Int(String(digit))! - 1]
        case .character(let character):
            flag.note.insert(String(character), width: width, height: 1)
        case .backspace:
            flag.note.perform(.backspace, width: width, height: 1)
        case .left:
            flag.note.perform(.left, width: width, height: 1)
        case .right:
            flag.note.perform(.right, width: width, height: 1)
        case .up where !flag.appeal:
            flag.reason = FlagReason.allCases[max(0, FlagReason.allCases.firstIndex(of: flag.reason)! - 1)]
        case .down where !flag.appeal:
            flag.reason = FlagReason.allCases[min(FlagReason.allCases.count - 1, FlagReason.allCases.firstIndex(of: flag.reason)! + 1)]
        default:
            break
        }
        return .none
    }

    /// Text pasted into the note, on one line.
    static func typed(_ text: String, flag: inout FlagState, state: AppState) {
        let line = text.replacingOccurrences(of: "\n", with: " ")
        flag.note.insert(String(line.prefix(flag.appeal ? ModerationLimits.messageLength : WriteLimits.flagNoteLength)), width: max(10, state.size.columns - 16), height: 1)
    }
}
