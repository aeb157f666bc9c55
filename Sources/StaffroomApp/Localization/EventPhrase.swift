import Foundation
import StaffroomProtocol

/// The fixed strings of the Events pane and the event screen, in English and Russian.
public enum EventPhrase: Equatable, Sendable {
    case paneTitle
    case noEventsAhead
    case kind(EventKind)
    case cancelled, held, proposed, declined
    case going, maybe, notGoing
    case waiting(position: Int)
    case unsent(EventResponse)
    case full
    case when, organizer, place, link, audience, places
    case grades([Int])
    case placesTaken(going: Int, capacity: Int?, waiting: Int)
    case organizerTime(String, zone: String)
    /// The status line's reminder of an event the member goes to.
    case reminder(title: String, minutesLeft: Int, time: String, tomorrow: Bool)
    /// How a series repeats; `until` already written as a date.
    case repeats(Recurrence, until: String?)
    case repeatsLabel
    case yourAnswer
    case participantsHeading(Int)
    case noParticipants
    case loadingParticipants
    case onlyOrganizersSeeParticipants
    case participantsFailed(String)
    case keyParticipants
    case keyDiscussion
    case keyHeld, keyCancel
    case onlyOrganizersMark
    case notStartedYet
    case pressAgainToCancel
    case markQueued(EventStatus)
    case approvalQueued
    /// What a proposal awaits, and the keys that act on it.
    case proposalNote(approver: Bool, declined: Bool)
    case onlyOrganizersEdit, closedToEdits, notASeries, notAProposal, onlyOrganizersApprove, approveFirst
    case pressAgainToCancelOccurrence, occurrenceCancelQueued
    case keyNew, keyEdit, keyMove, keyApprove, keyDecline
    case attendanceHints, pressAgainToLeaveUnsaved, keyAttendance, keyCertificate, certificateLabel, noCertificate, noAttendance
    case attendanceQueued(Int)
    case keyMarkPresent, keyMarkAllGoing, keySaveAttendance
    case attendanceHeading(present: Int)
    case certificateLine(code: String, revoked: Bool)
    case questionNeeded, bookingQueued, bookingHints, questionLabel, bookingHeading, organizerDoesNotBook, slotClosed, slotTaken
    case noBookingHere, pressAgainToCancelBooking, bookingCancelQueued, slotsLabel, slotFree, slotTakenMark, keyPickSlot, keyBook
    case keyCancelBooking, bookInsteadOfAnswering
    /// A booking as the detail lists it: the member's own, or (for the organizer) whose.
    case booking(name: String?, question: String)
    /// The agenda's tag of a consultation: the member's slot, or how many are booked or free.
    case yourSlot(String)
    case slotsBooked(Int, of: Int)
    case slotsFree(Int, of: Int)
    case noDiscussion
    case discussion
    case discussionHint
    case noAnswer
    case answerQueued(EventResponse)
    case takesNoAnswers
    case agendaHints, gridHints, detailHints
    case keyDay, keyWeekOrEvent, keyPage, keyMonth, keyToday, keyView, keyFocus, keyOpen, keyGoing, keyMaybe, keyNotGoing, keyBack,
         keyScroll

    public func text(_ language: Language) -> String {
        let ru = language == .russian
        switch self {
        case .paneTitle: return ru ? "События" : "Events"
        case .noEventsAhead: return ru ? "Дальше событий нет." : "No events from this day on."
        case .kind(let kind):
            switch kind {
            case .seminar: return ru ? "семинар" : "seminar"
            case .webinar: return ru ? "вебинар" : "webinar"
            case .conference: return ru ? "конференция" : "conference"
            case .masterClass: return ru ? "мастер-класс" : "master class"
            case .roundTable: return ru ? "круглый стол" : "round table"
            case .openLesson: return ru ? "открытый урок" : "open lesson"
            case .consultation: return ru ? "консультация" : "consultation"
            }
        case .cancelled: return ru ? "отменено" : "cancelled"
        case .held: return ru ? "состоялось" : "held"
        case .proposed: return ru ? "предложено" : "proposed"
        case .declined: return ru ? "отклонено" : "declined"
        case .going: return ru ? "иду" : "going"
        case .maybe: return ru ? "может быть" : "maybe"
        case .notGoing: return ru ? "не иду" : "not going"
        case .waiting(let position): return ru ? "в очереди: \(position)-й" : "waiting list: #\(position)"
        case .unsent(let response):
            let answer = Self.response(response).text(language)
            return ru ? "\(answer) (ждёт отправки)" : "\(answer) (not sent yet)"
        case .full: return ru ? "мест нет" : "full"
        case .when: return ru ? "Когда" : "When"
        case .organizer: return ru ? "Ведёт" : "Organizer"
        case .place: return ru ? "Где" : "Where"
        case .link: return ru ? "Ссылка" : "Link"
        case .audience: return ru ? "Для кого" : "For"
        case .places: return ru ? "Места" : "Places"
        case .grades(let grades): return Self.gradesText(grades, ru: ru)
        case .placesTaken(let going, let capacity, let waiting):
            var text = capacity.map { ru ? "занято \(going) из \($0)" : "\(going) of \($0) taken" }
                ?? (ru ? "идут: \(going), без ограничения" : "\(going) going, no limit")
            if waiting > 0 { text += ru ? ", в очереди \(waiting)" : ", \(waiting) waiting" }
            return text
        case .organizerTime(let time, let zone): return ru ? "у организатора \(time), \(zone)" : "\(time) for the organizer, \(zone)"
        case .reminder(let title, let minutes, let time, let tomorrow):
            if minutes <= 60 { return ru ? "через \(minutes) мин: \(title)" : "in \(minutes) min: \(title)" }
            let day = tomorrow ? (ru ? "завтра" : "tomorrow") : (ru ? "сегодня" : "today")
            return ru ? "\(day) в \(time): \(title)" : "\(day) at \(time): \(title)"
        case .repeatsLabel: return ru ? "Повтор" : "Repeats"
        case .repeats(let rule, let until): return Self.repeatsText(rule, until: until, language: language)
        case .yourAnswer: return ru ? "Ваш ответ" : "Your answer"
        case .participantsHeading(let count): return ru ? "Ответили: \(count)" : "Answers: \(count)"
        case .noParticipants: return ru ? "Пока никто не ответил." : "Nobody has answered yet."
        case .loadingParticipants: return ru ? "запрашиваю список участников…" : "asking for the participants…"
        case .onlyOrganizersSeeParticipants:
            return ru ? "список участников видят организатор и модераторы" : "only the organizer and moderators see who comes"
        case .participantsFailed(let reason): return ru ? "список участников: \(reason)" : "participants: \(reason)"
        case .keyParticipants: return ru ? "кто идёт (организатор, модераторы)" : "who comes (organizer, moderators)"
        case .keyDiscussion: return ru ? "обсуждение события на форуме" : "the event's discussion in the forums"
        case .keyHeld: return ru ? "отметить «состоялось» (организатор)" : "mark it held (organizer)"
        case .keyCancel: return ru ? "отменить событие (дважды; организатор)" : "cancel the event (press twice; organizer)"
        case .onlyOrganizersMark:
            return ru ? "отмечать событие могут организатор и модераторы" : "only the organizer and moderators mark an event"
        case .notStartedYet: return ru ? "событие ещё не началось" : "the event has not begun yet"
        case .pressAgainToCancel: return ru ? "нажмите X ещё раз, чтобы отменить событие" : "press X again to cancel the event"
        case .markQueued(let status):
            switch status {
            case .held: return ru ? "событие будет отмечено как состоявшееся" : "the event will be marked held"
            case .cancelled: return ru ? "событие будет отменено; участники увидят это после синхронизации"
                                       : "the event will be cancelled; participants see it after they sync"
            case .planned: return ru ? "событие вернётся в план" : "the event goes back to planned"
            case .proposed: return ru ? "событие станет предложением" : "the event becomes a proposal"
            case .declined: return ru ? "предложение будет отклонено" : "the proposal will be declined"
            }
        case .proposalNote(let approver, let declined):
            switch (approver, declined) {
            case (true, false): return ru ? "Предложение участника: A — одобрить, D — отклонить" : "A member's proposal: A approves it, D declines it"
            case (true, true): return ru ? "Предложение отклонено; A — всё же одобрить" : "The proposal was declined; A approves it after all"
            case (false, false):
                return ru ? "Ждёт одобрения наставника или модератора; e — править, D — отозвать"
                          : "Waiting for a mentor or moderator to approve it; e edits it, D withdraws it"
            case (false, true): return ru ? "Предложение отклонено или отозвано" : "The proposal was declined or withdrawn"
            }
        case .approvalQueued:
            return ru ? "событие одобрено; все увидят его после синхронизации" : "approved; everyone sees it after the next sync"
        case .onlyOrganizersEdit:
            return ru ? "править событие могут его организатор и модераторы" : "only the event's organizer and moderators edit it"
        case .closedToEdits: return ru ? "прошедшее, отменённое или отклонённое событие не правят" : "a held, cancelled or declined event is not edited"
        case .notASeries: return ru ? "переносят только занятие серии; событие правят клавишей e" : "only an occurrence of a series moves; press e to edit the event"
        case .notAProposal: return ru ? "это не предложение" : "this is not a proposal"
        case .onlyOrganizersApprove:
            return ru ? "одобряют и отклоняют предложения наставники и модераторы" : "mentors and moderators approve and decline proposals"
        case .approveFirst: return ru ? "сначала предложение должно быть одобрено" : "the proposal must be approved first"
        case .pressAgainToCancelOccurrence:
            return ru ? "X ещё раз — отменить это занятие, S — всю серию" : "X again cancels this occurrence, S the whole series"
        case .occurrenceCancelQueued:
            return ru ? "занятие будет отменено; участники увидят это после синхронизации"
                      : "the occurrence will be cancelled; participants see it after they sync"
        case .keyNew: return ru ? "новое событие (или предложить своё)" : "a new event (or propose one)"
        case .keyEdit: return ru ? "править событие (организатор)" : "edit the event (organizer)"
        case .keyMove: return ru ? "перенести это занятие серии (организатор)" : "move this occurrence of a series (organizer)"
        case .keyApprove: return ru ? "одобрить предложение (наставники, модераторы)" : "approve a proposal (mentors, moderators)"
        case .keyDecline: return ru ? "отклонить предложение или отозвать своё" : "decline a proposal, or withdraw your own"
        case .attendanceHints:
            return ru ? "Пробел отметить  + все идущие  ^S сохранить  Esc назад" : "Space mark  + everyone going  ^S save  Esc back"
        case .pressAgainToLeaveUnsaved:
            return ru ? "отметки не сохранены: Esc ещё раз — выйти без них, ^S — сохранить" : "marks not saved: Esc again leaves without them, ^S saves"
        case .keyMarkPresent: return ru ? "отметить: был / не был" : "mark present or absent"
        case .keyMarkAllGoing: return ru ? "отметить всех, у кого есть место" : "mark everyone with a place"
        case .keySaveAttendance: return ru ? "сохранить; участники получат сертификаты" : "save; attendees get their certificates"
        case .keyAttendance: return ru ? "отметить, кто был (организатор)" : "record who attended (organizer)"
        case .keyCertificate: return ru ? "сохранить сертификат участника в файл" : "save your certificate of participation to a file"
        case .certificateLabel: return ru ? "Сертификат" : "Certificate"
        case .noCertificate: return ru ? "сертификата за это событие у вас нет" : "you have no certificate for this event"
        case .noAttendance:
            return ru ? "посещение отмечают у начавшегося, не отменённого события" : "attendance is recorded once an event has begun, unless cancelled"
        case .attendanceQueued(let count):
            return ru ? "отмечено присутствующих: \(count); сертификаты придут участникам после синхронизации"
                      : "\(count) marked present; certificates reach them after the sync"
        case .attendanceHeading(let present): return ru ? "присутствовали: \(present)" : "\(present) present"
        case .certificateLine(let code, let revoked):
            if revoked { return ru ? "\(code) — отозван" : "\(code) — revoked" }
            return ru ? "\(code) — c сохранить в файл" : "\(code) — press c to save it to a file"
        case .questionNeeded: return ru ? "напишите, что хотите обсудить" : "write what you want to discuss"
        case .bookingQueued: return ru ? "запись уйдёт при синхронизации" : "the booking goes out with the next sync"
        case .bookingHints: return ru ? "Enter записаться  Esc отмена" : "Enter book it  Esc cancel"
        case .questionLabel: return ru ? "Вопрос: " : "Question: "
        case .bookingHeading: return ru ? "запись на консультацию" : "booking a consultation"
        case .organizerDoesNotBook: return ru ? "это ваша консультация: записываются к вам" : "this is your consultation: others book it"
        case .slotClosed: return ru ? "на это время уже не записаться" : "this slot can no longer be booked"
        case .slotTaken: return ru ? "это время занято; выберите свободное (j/k)" : "this slot is taken; pick a free one (j/k)"
        case .noBookingHere: return ru ? "здесь нет вашей записи" : "there is no booking of yours here"
        case .pressAgainToCancelBooking: return ru ? "нажмите x ещё раз, чтобы отменить запись" : "press x again to cancel the booking"
        case .bookingCancelQueued: return ru ? "запись будет отменена, время освободится" : "the booking will be cancelled and the slot freed"
        case .slotsLabel: return ru ? "Запись" : "Slots"
        case .slotFree: return ru ? "свободно" : "free"
        case .slotTakenMark: return ru ? "занято" : "taken"
        case .booking(let name, let question):
            return (name.map { "\($0): " } ?? (ru ? "ваша запись: " : "your booking: ")) + question
        case .yourSlot(let time): return ru ? "ваша запись в \(time)" : "you are booked at \(time)"
        case .slotsBooked(let booked, let total): return ru ? "записано \(booked) из \(total)" : "\(booked) of \(total) booked"
        case .slotsFree(let free, let total):
            if free == 0 { return ru ? "всё занято" : "fully booked" }
            return ru ? "свободно \(free) из \(total)" : "\(free) of \(total) free"
        case .bookInsteadOfAnswering:
            return ru ? "на эту консультацию записываются по времени: выберите свободное (j/k) и нажмите b"
                      : "this consultation is booked by slots: pick a free one (j/k) and press b"
        case .keyPickSlot: return ru ? "выбрать время консультации" : "pick a consultation slot"
        case .keyBook: return ru ? "записаться на выбранное время с вопросом" : "book the slot, with your question"
        case .keyCancelBooking: return ru ? "отменить запись (дважды)" : "cancel the booking (press twice)"
        case .noDiscussion: return ru ? "у этого события нет обсуждения" : "this event has no discussion"
        case .discussion: return ru ? "Обсуждение" : "Discussion"
        case .discussionHint: return ru ? "тема на форуме — Enter" : "a forum topic — press Enter"
        case .noAnswer: return ru ? "нет ответа" : "no answer yet"
        case .answerQueued(let response):
            let answer = Self.response(response).text(language)
            return ru ? "ответ «\(answer)» отправится при синхронизации" : "your answer “\(answer)” goes out with the next sync"
        case .takesNoAnswers: return ru ? "это событие уже не принимает ответы" : "this event takes no more answers"
        case .agendaHints:
            return ru ? "Enter открыть  y иду  m может быть  n не иду  ← → день  [ ] месяц  t сегодня  v вид"
                      : "Enter open  y going  m maybe  n not going  ← → day  [ ] month  t today  v view"
        case .gridHints:
            return ru ? "стрелки день/неделя  [ ] месяц  t сегодня  Enter к списку  v вид"
                      : "arrows day/week  [ ] month  t today  Enter to the list  v view"
        case .detailHints:
            return ru ? "y иду  m может быть  n не иду  Esc назад" : "y going  m maybe  n not going  Esc back"
        case .keyDay: return ru ? "день назад / вперёд" : "previous / next day"
        case .keyWeekOrEvent: return ru ? "неделя в календаре, событие в списке" : "a week in the grid, an event in the list"
        case .keyMonth: return ru ? "месяц назад / вперёд" : "previous / next month"
        case .keyPage: return ru ? "по списку страницей, к началу, к концу" : "the list by pages, to its start or end"
        case .keyToday: return ru ? "сегодня" : "today"
        case .keyView: return ru ? "календарь со списком или только список" : "grid and list, or the list alone"
        case .keyFocus: return ru ? "из календаря в список и обратно" : "between the grid and the list"
        case .keyOpen: return ru ? "к списку дня; открыть событие" : "to the day's list; open the event"
        case .keyGoing: return ru ? "ответить: иду" : "answer: going"
        case .keyMaybe: return ru ? "ответить: может быть" : "answer: maybe"
        case .keyNotGoing: return ru ? "ответить: не иду" : "answer: not going"
        case .keyBack: return ru ? "назад" : "back"
        case .keyScroll: return ru ? "прокрутить описание" : "scroll the description"
        }
    }

    /// The phrase of an answer.
    public static func response(_ response: EventResponse) -> EventPhrase {
        switch response {
        case .going: .going
        case .maybe: .maybe
        case .notGoing: .notGoing
        }
    }

    /// "каждую неделю: Вт, Чт; 8 раз", "every 2 months; until 20.12.2026".
    private static func repeatsText(_ rule: Recurrence, until: String?, language: Language) -> String {
        let ru = language == .russian
        let text = CalendarText(language: language)
        var parts: [String]
        let every = max(1, rule.interval)
        switch rule.frequency {
        case .weekly:
            var head = every == 1 ? (ru ? "каждую неделю" : "every week") : (ru ? "каждые \(every) нед." : "every \(every) weeks")
            if !rule.weekdays.isEmpty { head += ": " + rule.weekdays.sorted { ($0 + 5) % 7 < ($1 + 5) % 7 }.map(text.weekdayShort).joined(separator: ", ") }
            parts = [head]
        case .monthly:
            parts = [every == 1 ? (ru ? "каждый месяц" : "every month") : (ru ? "каждые \(every) мес." : "every \(every) months")]
        }
        if let count = rule.count { parts.append(ru ? "\(count) раз" : "\(count) times") }
        if let until { parts.append(ru ? "до \(until)" : "until \(until)") }
        return parts.joined(separator: "; ")
    }

    /// "5–7 классы", "6 класс", "grades 5–7": runs of consecutive grades joined.
    private static func gradesText(_ grades: [Int], ru: Bool) -> String {
        let sorted = Array(Set(grades)).sorted()
        var runs: [String] = []
        var index = 0
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count && sorted[end + 1] == sorted[end] + 1 { end += 1 }
            runs.append(end == index ? "\(sorted[index])" : "\(sorted[index])–\(sorted[end])")
            index = end + 1
        }
        let list = runs.joined(separator: ", ")
        if ru { return list + (sorted.count == 1 ? " класс" : " классы") }
        return (sorted.count == 1 ? "grade " : "grades ") + list
    }
}
