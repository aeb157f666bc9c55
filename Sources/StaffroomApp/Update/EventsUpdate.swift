import Foundation
import StaffroomProtocol
import StaffroomStore
import StaffroomSync
import StaffroomTerminal

/// Keys and data of the Events pane and of an opened event.
enum EventsUpdate {
    /// Events read into the agenda at once.
    static let agendaSize = 100

    /// Opens the pane on the selected day (today the first time) and reads its month and agenda.
    static func open(_ state: inout AppState) -> [Effect] {
        state.pane = .events
        state.stack.removeAll()
        let day = state.events.day ?? state.calendar.startOfDay(for: state.now)
        return select(day, &state)
    }

    /// What to read again after a sync or a write: the pane's month and agenda, and an open event.
    static func refreshEffects(_ state: AppState) -> [Effect] {
        guard state.pane == .events, let day = state.events.day else { return [] }
        let opened = state.stack.compactMap { screen -> Effect? in
            if case .event(let detail) = screen { .loadEvent(detail.summary.event.id, due: detail.summary.due) } else { nil }
        }
        return [loadEffect(day, state)] + opened
    }

    static func loaded(_ load: EventsLoad, state: inout AppState) {
        guard load.day == state.events.day else { return }
        let keeping = state.events.agendaDay == load.day ? state.events.selectedEvent : nil
        state.events.monthStarts = load.monthStarts
        state.events.agenda = load.agenda
        state.events.agendaDay = load.day
        state.events.loaded = true
        state.events.selected = keeping.flatMap { kept in
            load.agenda.firstIndex { $0.event.id == kept.event.id && $0.due == kept.due }
        } ?? 0
        if load.agenda.isEmpty { state.events.focus = .grid }
    }

    static func eventLoaded(_ summary: EventSummary?, state: inout AppState) {
        guard let summary else { return }
        state.stack = state.stack.map { screen in
            guard case .event(var detail) = screen, detail.summary.event.id == summary.event.id,
                  detail.summary.due == summary.due else { return screen }
            detail.summary = summary
            return .event(detail)
        }
    }

    /// Handles a key of the pane; nil when the key is not the pane's (global keys such as `q`).
    static func key(_ key: Key, state: inout AppState) -> [Effect]? {
        guard let day = state.events.day else { return nil }
        let calendar = state.calendar
        let agendaKeys = state.events.layout(columns: state.size.columns) == .agendaOnly || state.events.focus == .agenda
        func shift(_ component: Calendar.Component, _ value: Int) -> [Effect] {
            select(calendar.date(byAdding: component, value: value, to: day) ?? day, &state)
        }
        switch key {
        case .left, .character("h"): return shift(.day, -1)
        case .right, .character("l"): return shift(.day, 1)
        case .up, .character("k"):
            if agendaKeys { moveSelection(by: -1, &state); return [] }
            return shift(.day, -7)
        case .down, .character("j"):
            if agendaKeys { moveSelection(by: 1, &state); return [] }
            return shift(.day, 7)
        case .pageDown, .control("f"), .character(" "): moveSelection(by: max(1, state.contentRows / 2), &state); return []
        case .pageUp, .control("b"): moveSelection(by: -max(1, state.contentRows / 2), &state); return []
        case .home, .character("g"): moveSelection(by: -state.events.agenda.count, &state); return []
        case .end, .character("G"): moveSelection(by: state.events.agenda.count, &state); return []
        case .character("["): return shift(.month, -1)
        case .character("]"): return shift(.month, 1)
        case .character("t"): return select(calendar.startOfDay(for: state.now), &state)
        case .character("v"):
            let current = state.events.layout(columns: state.size.columns)
            state.events.chosenLayout = current == .agendaOnly ? .gridAndAgenda : .agendaOnly
            state.events.focus = .grid
            return []
        case .tab:
            state.events.focus = state.events.focus == .grid && !state.events.agenda.isEmpty ? .agenda : .grid
            return []
        case .escape where state.events.focus == .agenda:
            state.events.focus = .grid
            return []
        case .enter:
            guard agendaKeys else {
                if !state.events.agenda.isEmpty { state.events.focus = .agenda }
                return []
            }
            guard let summary = state.events.selectedEvent else { return [] }
            state.stack.append(.event(EventDetailState(summary: summary)))
            return []
        case .character("a"):
            return [.openEventForm(EventFormState(newOn: day, proposing: !state.me.role.organizesEvents, calendar: calendar,
                                                  language: state.language))]
        case .character("y"), .character("m"), .character("n"):
            guard agendaKeys, let summary = state.events.selectedEvent else { return [] }
            return answer(key, to: summary, state: &state)
        default:
            return nil
        }
    }

    /// Handles a key of an opened event; nil when the key is not the screen's.
    static func detailKey(_ key: Key, detail: inout EventDetailState, state: inout AppState) -> [Effect]? {
        if let effects = ConsultationUpdate.key(key, detail: &detail, state: &state) { return effects }
        if let effects = EventOrganizerUpdate.key(key, detail: &detail, state: &state) { return effects }
        switch key {
        case .escape, .left, .character("h"):
            state.stack.removeLast()
            return []
        case .down, .character("j"): detail.top += 1; return []
        case .up, .character("k"): detail.top = max(0, detail.top - 1); return []
        case .character("y"), .character("m"), .character("n"): return answer(key, to: detail.summary, state: &state)
        case .enter:
            guard let topicID = detail.summary.event.topicID else {
                state.notice = .event(.noDiscussion)
                return []
            }
            return [.openTopic(topicID)]
        case .character("c"):
            guard let certificate = detail.summary.certificate else {
                state.notice = .event(.noCertificate)
                return []
            }
            return [.saveCertificate(certificate, state.language)]
        case .character("p"):
            guard detail.summary.event.organizerID == state.me.userID || state.me.moderates else {
                state.notice = .event(.onlyOrganizersSeeParticipants)
                return []
            }
            detail.loadingParticipants = true
            return [.loadParticipants(eventID: detail.summary.event.id, occurrence: detail.summary.due)]
        default: return nil
        }
    }

    static func participantsLoaded(_ list: EventParticipants, state: inout AppState) {
        state.stack = state.stack.map { screen in
            switch screen {
            case .event(var detail) where detail.summary.event.id == list.eventID:
                detail.participants = list.participants.map { $0.cleaned() }
                detail.loadingParticipants = false
                return .event(detail)
            case .attendance(var attendance):
                AttendanceUpdate.loaded(list, into: &attendance)
                return .attendance(attendance)
            default:
                return screen
            }
        }
    }

    static func participantsFailed(_ error: SyncError, state: inout AppState) {
        state.stack = state.stack.map { screen in
            guard case .event(var detail) = screen else { return screen }
            detail.loadingParticipants = false
            return .event(detail)
        }
        state.notice = .event(.participantsFailed(Phrase(error).text(state.language)))
    }

    /// `y`, `m` or `n`: puts the answer in the outbox, unless the event takes no more answers.
    private static func answer(_ key: Key, to summary: EventSummary, state: inout AppState) -> [Effect] {
        let response: EventResponse = switch key {
        case .character("y"): .going
        case .character("m"): .maybe
        default: .notGoing
        }
        guard summary.event.slotMinutes == nil else {
            state.notice = .event(.bookInsteadOfAnswering)
            return []
        }
        guard summary.event.status == .planned, summary.event.endsAt > state.now else {
            state.notice = .event(.takesNoAnswers)
            return []
        }
        state.notice = .event(.answerQueued(response))
        return [.write(.rsvp(eventID: summary.event.id, response: response))]
    }

    private static func moveSelection(by offset: Int, _ state: inout AppState) {
        guard !state.events.agenda.isEmpty else { return }
        state.events.selected = min(max(0, state.events.selected + offset), state.events.agenda.count - 1)
    }

    /// Selects `day` and reads its month and the agenda from it.
    private static func select(_ day: Date, _ state: inout AppState) -> [Effect] {
        state.events.day = day
        state.events.selected = 0
        return [loadEffect(day, state)]
    }

    private static func loadEffect(_ day: Date, _ state: AppState) -> Effect {
        let month = MonthGrid(containing: day, calendar: state.calendar)
        return .loadEvents(EventsQuery(day: day, monthStart: month.firstDay, monthEnd: month.nextMonth, limit: agendaSize))
    }
}

/// What the Events pane reads: the starts of a month's events and the agenda from a day.
public struct EventsQuery: Equatable, Sendable {
    public var day: Date
    public var monthStart: Date
    public var monthEnd: Date
    public var limit: Int
}

/// What `EventsQuery` found.
public struct EventsLoad: Equatable, Sendable {
    public var day: Date
    public var monthStarts: [Date]
    public var agenda: [EventSummary]

    public init(day: Date, monthStarts: [Date], agenda: [EventSummary]) {
        self.day = day
        self.monthStarts = monthStarts
        self.agenda = agenda
    }
}
