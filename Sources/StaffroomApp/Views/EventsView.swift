import Foundation
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// The Events pane: the month grid beside the agenda, or the agenda alone.
enum EventsView {
    /// Columns the month grid takes: seven days of four columns and a margin.
    static let gridWidth = 30

    static func draw(_ events: EventsState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        guard let day = events.day else { return }
        switch events.layout(columns: state.size.columns) {
        case .agendaOnly:
            drawAgenda(events, selecting: true, state: state, theme: theme, into: &grid, area: area)
        case .gridAndAgenda:
            let (left, rest) = area.splitLeft(min(gridWidth, area.width))
            MonthGridView.draw(day: day, starts: events.monthStarts, focused: events.focus == .grid, state: state, theme: theme,
                               into: &grid, area: left)
            guard rest.width > 2 else { return }
            for row in 0..<rest.height { grid.draw("│", x: rest.x, y: rest.y + row, style: theme[.secondary], clip: rest) }
            let agenda = Rect(x: rest.x + 2, y: rest.y, width: rest.width - 2, height: rest.height)
            drawAgenda(events, selecting: events.focus == .agenda, state: state, theme: theme, into: &grid, area: agenda)
        }
    }

    /// The selected day and the days after it: a heading per day, a line per event.
    private static func drawAgenda(_ events: EventsState, selecting: Bool, state: AppState, theme: Theme,
                                   into grid: inout CellGrid, area: Rect) {
        guard events.loaded else {
            grid.drawCentered(Phrase.loading.text(state.language), style: theme[.secondary], area: area)
            return
        }
        guard !events.agenda.isEmpty else {
            grid.drawCentered(EventPhrase.noEventsAhead.text(state.language), style: theme[.secondary], area: area)
            return
        }
        let lines = agendaLines(events.agenda, calendar: state.calendar)
        let selectedLine = lines.firstIndex { $0 == .event(events.selected) } ?? 0
        let top = selectedLine < area.height ? 0 : selectedLine - area.height + 1
        let text = CalendarText(language: state.language)
        let currentYear = state.calendar.component(.year, from: state.now)
        for offset in 0..<area.height {
            guard lines.indices.contains(top + offset) else { break }
            let row = area.row(offset)
            switch lines[top + offset] {
            case .heading(let day):
                let parts = state.calendar.dateComponents([.weekday, .day, .month, .year], from: day)
                let heading = text.dayHeading(weekday: parts.weekday ?? 1, day: parts.day ?? 1, month: parts.month ?? 1,
                                              year: parts.year ?? 1970, currentYear: currentYear)
                grid.drawRow(heading, style: theme[.category], area: row)
            case .event(let index):
                let summary = events.agenda[index]
                let isCursor = selecting && index == events.selected
                // Like the other lists: the arrow cursor moves only the `>` (a few bytes a key over SSH);
                // the bar cursor highlights the whole row.
                let isBar = isCursor && state.cursorStyle == .bar
                let style = isBar ? theme[.selection] : theme[.normal]
                let line = "  \(state.dates.time(summary.event.startsAt))  \(summary.event.title)"
                let tag = (consultationTag(summary, state: state) ?? answerTag(summary)).map { $0.text(state.language) } ?? ""
                grid.drawRow(line, right: tag, style: style, rightStyle: isBar ? style : theme[.unread], area: row)
                if isCursor && !isBar { CursorMarker.draw(at: row.x, y: row.y, theme: theme, into: &grid) }
            }
        }
    }

    enum AgendaLine: Equatable {
        case heading(Date)
        case event(Int)
    }

    /// A heading before the first event of each day, then the events.
    static func agendaLines(_ agenda: [EventSummary], calendar: Calendar) -> [AgendaLine] {
        var lines: [AgendaLine] = []
        var lastDay: Date?
        for (index, summary) in agenda.enumerated() {
            let day = calendar.startOfDay(for: summary.event.startsAt)
            if day != lastDay { lines.append(.heading(day)) }
            lastDay = day
            lines.append(.event(index))
        }
        return lines
    }

    /// What the agenda says beside an event: the member's answer (or the one waiting to be sent),
    /// else that it was cancelled or held, or that it is full.
    static func answerTag(_ summary: EventSummary) -> EventPhrase? {
        if let unsent = summary.unsentResponse { return .unsent(unsent) }
        if let status = statusTag(summary.event.status) { return status }
        if let answer = ownAnswer(summary) { return answer }
        if let capacity = summary.event.capacity, summary.event.goingCount >= capacity { return .full }
        return nil
    }

    /// What the agenda says beside a consultation booked by slots: the member's own slot; for its
    /// organizer, how many are booked; for anyone else, how many are free.
    static func consultationTag(_ summary: EventSummary, state: AppState) -> EventPhrase? {
        let slots = ConsultationSlot.slots(of: summary)
        guard !slots.isEmpty, summary.event.status == .planned else { return nil }
        if let own = summary.bookings.first(where: { $0.bookerID == state.me.userID }) { return .yourSlot(state.dates.time(own.slot)) }
        let free = slots.count { $0.holder == .free }
        if summary.event.organizerID == state.me.userID { return .slotsBooked(slots.count - free, of: slots.count) }
        return .slotsFree(free, of: slots.count)
    }

    /// What becomes of an event that is not simply planned: cancelled, held, proposed, declined.
    static func statusTag(_ status: EventStatus) -> EventPhrase? {
        switch status {
        case .planned: nil
        case .cancelled: .cancelled
        case .held: .held
        case .proposed: .proposed
        case .declined: .declined
        }
    }

    /// The member's answer: the one waiting to be sent, else the server's, with their place in line.
    static func ownAnswer(_ summary: EventSummary) -> EventPhrase? {
        if let unsent = summary.unsentResponse { return .unsent(unsent) }
        guard let rsvp = summary.rsvp else { return nil }
        if let position = rsvp.waitingPosition { return .waiting(position: position) }
        return EventPhrase.response(rsvp.response)
    }
}

/// The month of the selected day: weekday names, then whole weeks; today, the selected day and
/// days with events marked (a dot for one event, their count in superscript for more).
enum MonthGridView {
    /// "•" for one event, "²"…"⁹" for more, "⁺" past nine.
    static func mark(_ count: Int) -> String {
        switch count {
        case 1: "•"
        case 2...9: String(["²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"][count - 2])
        default: "⁺"
        }
    }

    static func draw(day: Date, starts: [Date], focused: Bool, state: AppState, theme: Theme, into grid: inout CellGrid,
                     area: Rect) {
        let calendar = state.calendar
        let month = MonthGrid(containing: day, calendar: calendar)
        let text = CalendarText(language: state.language)
        let parts = calendar.dateComponents([.year, .month], from: month.firstDay)
        grid.draw(" " + text.monthTitle(month: parts.month ?? 1, year: parts.year ?? 1970), x: area.x, y: area.y,
                  style: theme[.category], clip: area)
        guard area.height > 1 else { return }
        for column in 0..<7 {
            let weekday = (calendar.firstWeekday - 1 + column) % 7 + 1
            grid.draw(text.weekdayShort(weekday), x: area.x + 2 + column * 4, y: area.y + 1, style: theme[.listHeader], clip: area)
        }
        let counts = Dictionary(grouping: starts, by: { calendar.startOfDay(for: $0) }).mapValues(\.count)
        let today = calendar.startOfDay(for: state.now)
        for (week, days) in month.weeks.enumerated() where week + 2 < area.height {
            for (column, date) in days.enumerated() {
                let x = area.x + 1 + column * 4
                let y = area.y + 2 + week
                let number = calendar.component(.day, from: date)
                var style = calendar.isDate(date, equalTo: day, toGranularity: .month) ? theme[.normal] : theme[.secondary]
                if date == today { style = theme[.unread] }
                if date == day {
                    style = focused ? theme[.selection] : style
                    style.attributes.insert(.underline)
                }
                grid.draw(number < 10 ? "  \(number)" : " \(number)", x: x, y: y, style: style, clip: area)
                if let count = counts[date] { grid.draw(mark(count), x: x + 3, y: y, style: theme[.link], clip: area) }
            }
        }
    }
}
