import StaffroomProtocol
import StaffroomTerminal

/// Keys of the resource picker: move, `Space` chooses or drops the resource under the cursor (at
/// most `EventLimits.resources`), `Enter` hands the choice to the event form, `Esc` leaves it as it was.
enum ResourcePickerUpdate {
    enum Outcome: Equatable {
        case stay
        case cancel
        case confirm([Resource])
    }

    static func key(_ key: Key, picker: inout ResourcePickerState, state: inout AppState) -> Outcome {
        let resources = picker.resources ?? []
        let visible = max(1, state.contentRows - 1)
        switch key {
        case .down, .character("j"):
            picker.cursor = picker.cursor.selecting(picker.cursor.selected + 1, count: resources.count, visibleRows: visible)
        case .up, .character("k"):
            picker.cursor = picker.cursor.selecting(picker.cursor.selected - 1, count: resources.count, visibleRows: visible)
        case .pageDown:
            picker.cursor = picker.cursor.selecting(picker.cursor.selected + visible, count: resources.count, visibleRows: visible)
        case .pageUp:
            picker.cursor = picker.cursor.selecting(picker.cursor.selected - visible, count: resources.count, visibleRows: visible)
        case .character(" "), .character("x"):
            guard resources.indices.contains(picker.cursor.selected) else { break }
            let id = resources[picker.cursor.selected].id
            if let index = picker.chosen.firstIndex(of: id) {
                picker.chosen.remove(at: index)
            } else if picker.chosen.count < EventLimits.resources {
                picker.chosen.append(id)
            } else {
                state.notice = .eventForm(.problem(.draft(.tooManyResources(picker.chosen.count + 1))))
            }
        case .enter:
            guard picker.resources != nil else { return .stay }
            return .confirm(picker.chosen.compactMap { id in resources.first { $0.id == id } })
        case .escape, .left:
            return .cancel
        default:
            break
        }
        return .stay
    }
}
