import Foundation
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal

/// An opened event: what, when (in the user's zone, and the organizer's when it differs), who,
/// where, for whom, places, the member's answer, then the description as a post's text.
enum EventDetailView {
    static func draw(_ detail: EventDetailState, state: AppState, theme: Theme, into grid: inout CellGrid, area: Rect) {
        let lines = facts(detail.summary, state: state) + slots(detail, state: state) + participants(detail, language: state.language)
        FactSheetView.draw(lines, text: detail.summary.event.description, top: detail.top, state: state, theme: theme, into: &grid,
                           area: area)
    }

    /// The event's facts as (label, value, style) lines; an empty label is a line of its own.
    private static func facts(_ summary: EventSummary, state: AppState) -> [(String, String, ThemeRole)] {
        let language = state.language
        let event = summary.event
        var kindLine = EventPhrase.kind(event.kind).text(language)
        if event.status != .planned, let status = EventsView.statusTag(event.status) { kindLine += " · " + status.text(language) }
        var lines: [(String, String, ThemeRole)] = [("", event.title, .category), ("", kindLine, .secondary)]
        if event.status.isProposal {
            let note = EventPhrase.proposalNote(approver: state.me.role.organizesEvents, declined: event.status == .declined)
            lines.append(("", note.text(language), .unread))
        }
        lines.append((EventPhrase.when.text(language), when(event, state: state), .normal))
        if let organizerZone = TimeZone(identifier: event.timeZone),
           organizerZone.secondsFromGMT(for: event.startsAt) != state.timeZone.secondsFromGMT(for: event.startsAt) {
            let theirs = DateText(language: language, timeZone: organizerZone)
            let span = "\(theirs.time(event.startsAt))–\(theirs.time(event.endsAt))"
            lines.append(("", "  " + EventPhrase.organizerTime(span, zone: event.timeZone).text(language), .secondary))
        }
        if let rule = event.recurrence {
            let until = rule.until.map { state.dates.day($0) }
            lines.append((EventPhrase.repeatsLabel.text(language), EventPhrase.repeats(rule, until: until).text(language), .normal))
        }
        lines.append((EventPhrase.organizer.text(language), summary.organizerName, .normal))
        if !event.place.isEmpty { lines.append((EventPhrase.place.text(language), event.place, .normal)) }
        if !event.link.isEmpty { lines.append((EventPhrase.link.text(language), event.link, .link)) }
        if event.topicID != nil { lines.append((EventPhrase.discussion.text(language), EventPhrase.discussionHint.text(language), .normal)) }
        let audience = event.subjects + (event.grades.isEmpty ? [] : [EventPhrase.grades(event.grades).text(language)])
        if !audience.isEmpty { lines.append((EventPhrase.audience.text(language), audience.joined(separator: " · "), .normal)) }
        if !summary.resources.isEmpty {
            lines.append((ResourcePhrase.materials.text(language), "", .normal))
            lines += summary.resources.map { resource in
                let kind = ResourcePhrase.summary(resource.type, bytes: resource.size, isLink: resource.files.isEmpty).text(language)
                return ("", "  \(resource.title) — \(kind)", .normal)
            }
        }
        if event.slotMinutes == nil {
            lines.append((EventPhrase.places.text(language),
                          EventPhrase.placesTaken(going: event.goingCount, capacity: event.capacity, waiting: event.waitingCount)
                              .text(language), .normal))
            let answer = EventsView.ownAnswer(summary) ?? .noAnswer
            lines.append((EventPhrase.yourAnswer.text(language), answer.text(language), .unread))
        }
        if let certificate = summary.certificate {
            lines.append((EventPhrase.certificateLabel.text(language),
                          EventPhrase.certificateLine(code: certificate.code, revoked: certificate.revoked).text(language), .normal))
        }
        return lines
    }

    /// A consultation's slots, the picked one marked: free, taken, or the booking the member sees.
    private static func slots(_ detail: EventDetailState, state: AppState) -> [(String, String, ThemeRole)] {
        let slots = ConsultationSlot.slots(of: detail.summary)
        guard !slots.isEmpty else { return [] }
        let language = state.language
        let picked = min(detail.selectedSlot, slots.count - 1)
        return [(EventPhrase.slotsLabel.text(language), "", .normal)] + slots.enumerated().map { index, slot in
            let span = "\(state.dates.time(slot.startsAt))–\(state.dates.time(slot.endsAt))"
            let (text, role): (String, ThemeRole) = switch slot.holder {
            case .free: (EventPhrase.slotFree.text(language), .normal)
            case .taken: (EventPhrase.slotTakenMark.text(language), .secondary)
            case .booked(let booking):
                (EventPhrase.booking(name: booking.bookerID == state.me.userID ? nil : booking.bookerName,
                                     question: booking.question).text(language), .unread)
            }
            return ("", "\(index == picked ? ">" : " ") \(span)  \(text)", role)
        }
    }

    /// Who answered, once the organizer asked: those with a place, the waiting list, maybe, not going.
    private static func participants(_ detail: EventDetailState, language: Language) -> [(String, String, ThemeRole)] {
        if detail.loadingParticipants { return [("", EventPhrase.loadingParticipants.text(language), .secondary)] }
        guard let list = detail.participants else { return [] }
        guard !list.isEmpty else { return [("", EventPhrase.noParticipants.text(language), .secondary)] }
        return [("", EventPhrase.participantsHeading(list.count).text(language), .category)] + list.map { participant in
            let answer = participant.waitingPosition.map { EventPhrase.waiting(position: $0) } ?? EventPhrase.response(participant.response)
            let school = participant.school.isEmpty ? "" : " · \(participant.school)"
            return ("", "  \(participant.displayName)\(school) — \(answer.text(language))", .normal)
        }
    }

    /// "Чт, 3 декабря, 15:30–17:00" in the user's zone.
    private static func when(_ event: Event, state: AppState) -> String {
        let calendar = state.calendar
        let parts = calendar.dateComponents([.weekday, .day, .month, .year], from: event.startsAt)
        let heading = CalendarText(language: state.language).dayHeading(
            weekday: parts.weekday ?? 1, day: parts.day ?? 1, month: parts.month ?? 1, year: parts.year ?? 1970,
            currentYear: calendar.component(.year, from: state.now))
        return "\(heading), \(state.dates.time(event.startsAt))–\(state.dates.time(event.endsAt))"
    }
}
