import StaffroomProtocol
import StaffroomTerminal

/// The booking prompt: typing writes the question, Enter books the slot (through the outbox), Esc
/// leaves without booking.
enum BookingUpdate {
    static func key(_ key: Key, booking: inout BookingState, state: AppState) -> NavigationStep {
        let width = max(10, state.size.columns - 12)
        switch key {
        case .escape:
            return NavigationStep(transition: .pop)
        case .enter:
            let question = booking.question.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !question.isEmpty else { return NavigationStep(notice: .event(.questionNeeded)) }
            return NavigationStep(effects: [.write(.bookSlot(eventID: booking.eventID, slot: booking.slot, question: question)), .sync],
                                  transition: .pop, notice: .event(.bookingQueued))
        default:
            guard let edit = EditorKeys.edit(for: key) else { return .none }
            switch edit {
            case .insert(let text): typed(text, booking: &booking, state: state)
            case .command(let command) where command != .newline: booking.question.perform(command, width: width, height: 1)
            case .command: break
            }
            return .none
        }
    }

    /// Text typed or pasted, on one line and within the length the server takes.
    static func typed(_ text: String, booking: inout BookingState, state: AppState) {
        let line = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        let room = max(0, EventLimits.questionLength - booking.question.text.count)
        booking.question.insert(String(line.prefix(room)), width: max(10, state.size.columns - 12), height: 1)
    }
}
