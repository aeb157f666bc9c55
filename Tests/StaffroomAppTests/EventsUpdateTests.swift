import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomSync
import StaffroomTerminal
@testable import StaffroomApp

/// Keys of the Events pane and of an opened event: moving through days, weeks and months, opening
/// events, and answering them through the outbox.
@Suite struct EventsUpdateTests {
    private func query(day: Int, month: Int = 11, monthStart: (Int, Int) = (11, 1)) -> Effect {
        let next = monthStart.0 == 12 ? EventsFixture.at(day: 1, 0, month: 1).addingTimeInterval(365 * 86_400)
                                      : EventsFixture.at(day: 1, 0, month: monthStart.0 + 1)
        return .loadEvents(EventsQuery(day: EventsFixture.at(day: day, 0, month: month),
                                       monthStart: EventsFixture.at(day: monthStart.1, 0, month: monthStart.0),
                                       monthEnd: next, limit: EventsUpdate.agendaSize))
    }

    @Test func openingThePaneAsksForTodaysMonthAndAgenda() {
        var state = AppFixture.state()
        let effects = AppUpdate.update(&state, .key(.character("C")))
        #expect(state.pane == .events && state.screenKind == .events)
        #expect(effects == [query(day: 25)])
    }

    @Test func arrowsMoveByDayAndWeekInTheGridAndBracketsByMonth() {
        var state = EventsFixture.pane(columns: 120, rows: 30)
        #expect(AppUpdate.update(&state, .key(.right)) == [query(day: 26)])
        #expect(AppUpdate.update(&state, .key(.character("j"))) == [query(day: 3, month: 12, monthStart: (12, 1))])
        #expect(AppUpdate.update(&state, .key(.character("k"))) == [query(day: 26)])
        #expect(AppUpdate.update(&state, .key(.character("h"))) == [query(day: 25)])
        #expect(AppUpdate.update(&state, .key(.character("["))) == [query(day: 25, month: 10, monthStart: (10, 1))])
        #expect(AppUpdate.update(&state, .key(.character("]"))) == [query(day: 25)])
        _ = AppUpdate.update(&state, .key(.character("]")))
        #expect(AppUpdate.update(&state, .key(.character("t"))) == [query(day: 25)])
    }

    @Test func enterGoesToTheListThenOpensTheEventWhereAnAnswerGoesToTheOutbox() {
        var state = EventsFixture.pane(columns: 120, rows: 30)
        #expect(AppUpdate.update(&state, .key(.enter)).isEmpty)
        #expect(state.events.focus == .agenda)
        _ = AppUpdate.update(&state, .key(.down))
        _ = AppUpdate.update(&state, .key(.enter))
        guard case .event(let detail) = state.stack.last else {
            Issue.record("the event did not open")
            return
        }
        #expect(detail.summary.event.id == 2)
        #expect(AppUpdate.update(&state, .key(.character("y"))) == [.write(.rsvp(eventID: 2, response: .going))])
        #expect(state.notice == .event(.answerQueued(.going)))
        _ = AppUpdate.update(&state, .key(.escape))
        #expect(state.stack.isEmpty && state.screenKind == .events)
    }

    @Test func inTheAgendaAloneUpAndDownMoveBetweenEventsAndLettersAnswer() {
        var state = EventsFixture.pane()
        #expect(state.events.layout(columns: 80) == .agendaOnly)
        #expect(AppUpdate.update(&state, .key(.down)).isEmpty)
        #expect(AppUpdate.update(&state, .key(.character("j"))).isEmpty)
        #expect(state.events.selectedEvent?.event.id == 3)
        #expect(AppUpdate.update(&state, .key(.character("n"))) == [.write(.rsvp(eventID: 3, response: .notGoing))])
        #expect(AppUpdate.update(&state, .key(.character("m"))) == [.write(.rsvp(eventID: 3, response: .maybe))])
    }

    @Test func aCancelledOrPastEventTakesNoAnswer() {
        var state = EventsFixture.pane()
        for _ in 0..<5 { _ = AppUpdate.update(&state, .key(.down)) }
        #expect(state.events.selectedEvent?.event.status == .cancelled)
        #expect(AppUpdate.update(&state, .key(.character("y"))).isEmpty)
        #expect(state.notice == .event(.takesNoAnswers))
        state.now = EventsFixture.at(day: 20, 0, month: 12)
        _ = AppUpdate.update(&state, .key(.up))
        #expect(AppUpdate.update(&state, .key(.character("y"))).isEmpty, "it is over")
    }

    @Test func reloadingKeepsTheSelectedEventAndIgnoresAnswersForAnotherDay() {
        var state = EventsFixture.pane()
        _ = AppUpdate.update(&state, .key(.down))
        _ = AppUpdate.update(&state, .key(.down))
        let reordered = Array(EventsFixture.agenda.dropFirst())
        _ = AppUpdate.update(&state, .eventsLoaded(EventsLoad(day: state.events.day!, monthStarts: [], agenda: reordered)))
        #expect(state.events.selectedEvent?.event.id == 3)
        _ = AppUpdate.update(&state, .eventsLoaded(EventsLoad(day: EventsFixture.at(day: 1, 0), monthStarts: [], agenda: [])))
        #expect(state.events.agenda.count == reordered.count, "a late answer for another day is dropped")
    }

    @Test func anotherDayStartsTheSelectionOverEvenWhenTheSameSeriesComesAgain() {
        var state = EventsFixture.pane()
        _ = AppUpdate.update(&state, .key(.down))
        #expect(state.events.selectedEvent?.event.id == 2)
        _ = AppUpdate.update(&state, .key(.right))
        var weekly = EventsFixture.agenda[1]
        weekly.due = weekly.event.startsAt
        _ = AppUpdate.update(&state, .eventsLoaded(EventsLoad(day: state.events.day!, monthStarts: [],
                                                              agenda: [EventsFixture.agenda[2], weekly])))
        #expect(state.events.selected == 0, "the new day's first event, not event 2 again")
    }

    @Test func aSyncOrAWriteReadsThePaneAndTheOpenEventAgain() {
        var state = EventsFixture.pane()
        _ = AppUpdate.update(&state, .key(.enter))
        let effects = AppUpdate.update(&state, .outboxChanged(OutboxCounts(pending: 1)))
        #expect(effects.contains(query(day: 25)))
        #expect(effects.contains(.loadEvent(1, due: nil)))
        var changed = EventsFixture.agenda[0]
        changed.unsentResponse = .notGoing
        _ = AppUpdate.update(&state, .eventLoaded(changed))
        guard case .event(let detail) = state.stack.last else {
            Issue.record("the event closed")
            return
        }
        #expect(detail.summary.unsentResponse == .notGoing)
    }

    @Test func f2GoesBackToTheForumsAndVTogglesTheLayout() {
        var state = EventsFixture.pane(columns: 120, rows: 30)
        _ = AppUpdate.update(&state, .key(.character("v")))
        #expect(state.events.layout(columns: 120) == .agendaOnly)
        _ = AppUpdate.update(&state, .key(.character("v")))
        #expect(state.events.layout(columns: 120) == .gridAndAgenda)
        #expect(AppUpdate.update(&state, .key(.function(2))) == [.loadForums])
        #expect(state.pane == .forums && state.screenKind == .forums)
    }
}

/// Whole weeks of a month, starting on the calendar's first weekday.
@Suite struct MonthGridTests {
    private func calendar(_ zone: String, firstWeekday: Int) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone)!
        calendar.firstWeekday = firstWeekday
        return calendar
    }

    @Test func novemberFromMondayAndFromSunday() {
        let monday = MonthGrid(containing: EventsFixture.at(day: 25, 12), calendar: calendar("UTC", firstWeekday: 2))
        #expect(monday.weeks.count == 6)
        #expect(monday.weeks.first?.first == EventsFixture.at(day: 26, 0, month: 10))
        #expect(monday.weeks.last?.last == EventsFixture.at(day: 6, 0, month: 12))
        let sunday = MonthGrid(containing: EventsFixture.at(day: 25, 12), calendar: calendar("UTC", firstWeekday: 1))
        #expect(sunday.weeks.count == 5)
        #expect(sunday.weeks.first?.first == EventsFixture.at(day: 1, 0))
        #expect(sunday.nextMonth == EventsFixture.at(day: 1, 0, month: 12))
    }

    @Test func daysStayWholeAcrossAChangeToSummerTime() {
        let london = calendar("Europe/London", firstWeekday: 2)
        let march = MonthGrid(containing: london.date(from: DateComponents(year: 2026, month: 3, day: 15))!, calendar: london)
        let days = march.weeks.flatMap { $0 }
        #expect(days.map { london.component(.hour, from: $0) }.allSatisfy { $0 == 0 }, "every day starts at local midnight")
        #expect(Set(days.map { london.component(.day, from: $0) }).count == 31)
        #expect(days.count == 42 && march.weeks.count == 6, "March 2026 starts on a Sunday")
    }
}

@Suite struct WeekStartTests {
    @Test func russianWeeksStartOnMondayAndOthersFollowTheRegion() {
        #expect(WeekStart.firstWeekday(language: .russian, environment: ["LANG": "en_US.UTF-8"]) == 2)
        #expect(WeekStart.firstWeekday(language: .english, environment: ["LANG": "en_US.UTF-8"]) == 1)
        #expect(WeekStart.firstWeekday(language: .english, environment: ["LC_TIME": "en_GB.UTF-8", "LANG": "en_US.UTF-8"]) == 2)
        #expect(WeekStart.firstWeekday(language: .english, environment: ["LANG": "C"]) == 2)
        #expect(WeekStart.firstWeekday(language: .english, environment: [:]) == 2)
    }
}

/// The status line's reminder of the next event the member has a place at.
@Suite struct EventReminderTests {
    private func state(startingIn minutes: Double, language: Language = .russian) -> AppState {
        var state = AppFixture.state(columns: 120, language: language)
        state.nextEvent = EventsFixture.event(1, "Смысловое чтение", start: AppFixture.now.addingTimeInterval(minutes * 60),
                                              rsvp: Rsvp(eventID: 1, response: .going))
        return state
    }

    private func statusLine(_ state: AppState) -> String { render(state).lines[state.size.rows - 1] }

    @Test func aDayBeforeTheStatusLineNamesTheDayAndTimeAndWithinTheHourTheMinutes() {
        #expect(statusLine(state(startingIn: 45)).contains("через 45 мин: Смысловое чтение"))
        #expect(statusLine(state(startingIn: 180)).contains("сегодня в 15:00: Смысловое чтение"))
        #expect(statusLine(state(startingIn: 20 * 60)).contains("завтра в 08:00: Смысловое чтение"))
        #expect(statusLine(state(startingIn: 90, language: .english)).contains("today at 13:30: Смысловое чтение"))
        #expect(!statusLine(state(startingIn: 25 * 60)).contains("Смысловое"), "more than a day ahead")
        #expect(!statusLine(state(startingIn: -5)).contains("Смысловое"), "already begun")
    }

    @Test func theReminderIsReadAtStartAfterEachSyncAndOnceTheEventBegins() {
        var state = state(startingIn: 10)
        #expect(AppUpdate.start(state).contains(.loadNextEvent))
        #expect(AppUpdate.update(&state, .syncFinished(at: AppFixture.now)) == [.loadOutbox, .fetchKeptOffline, .loadNotices])
        #expect(AppUpdate.update(&state, .outboxChanged(OutboxCounts())).contains(.loadNextEvent), "read after every sync")
        #expect(AppUpdate.update(&state, .tick(AppFixture.now.addingTimeInterval(300))).isEmpty)
        #expect(AppUpdate.update(&state, .tick(AppFixture.now.addingTimeInterval(900))) == [.loadNextEvent])
    }
}

/// The organizer's list of who comes, asked of the server from an opened event.
@Suite struct EventParticipantsTests {
    private func openedFirstEvent(as me: Member) -> AppState {
        var state = EventsFixture.pane()
        state.me = me
        _ = AppUpdate.update(&state, .key(.enter))
        return state
    }

    @Test func theOrganizerAsksForTheListAndSeesItUnderTheFacts() {
        var state = openedFirstEvent(as: Member(userID: 2, role: .mentor))
        #expect(AppUpdate.update(&state, .key(.character("p"))) == [.loadParticipants(eventID: 1, occurrence: nil)])
        #expect(render(state).lines.contains { $0.contains("запрашиваю список участников") })
        _ = AppUpdate.update(&state, .participantsLoaded(EventParticipants(eventID: 1, occurrence: EventsFixture.at(day: 25, 15, 30), participants: [
            Participant(userID: 5, displayName: "Сергей Орлов", school: "Школа № 5", response: .going),
            Participant(userID: 9, displayName: "Павел\u{1B}[31m Новиков", school: "", response: .going, waitingPosition: 1),
        ])))
        let lines = render(state).lines.map { $0.trimmingTrailingSpaces() }
        #expect(lines.contains(" Ответили: 2"))
        #expect(lines.contains("   Сергей Орлов · Школа № 5 — иду"))
        #expect(lines.contains("   Павел Новиков — в очереди: 1-й"), "escape sequences from the server are stripped")
    }

    @Test func aTeacherWhoDoesNotOrganizeIsToldWithoutAsking() {
        var state = openedFirstEvent(as: Member(userID: 1, role: .teacher))
        #expect(AppUpdate.update(&state, .key(.character("p"))).isEmpty)
        #expect(state.notice == .event(.onlyOrganizersSeeParticipants))
        var moderator = openedFirstEvent(as: Member(userID: 7, role: .moderator))
        #expect(AppUpdate.update(&moderator, .key(.character("p"))) == [.loadParticipants(eventID: 1, occurrence: nil)])
        _ = AppUpdate.update(&moderator, .participantsFailed(.server(status: 403, message: "Only the organizer")))
        #expect(moderator.notice == .event(.participantsFailed(Phrase(SyncError.server(status: 403, message: "Only the organizer"))
            .text(.russian))))
    }
}

/// An event's discussion: a forum topic, opened in the forums pane.
@Suite struct EventDiscussionTests {
    @Test func enterOnAnEventWithATopicOpensItInTheForums() {
        var state = EventsFixture.pane()
        var linked = EventsFixture.agenda[0]
        linked.event.topicID = 24
        _ = AppUpdate.update(&state, .eventsLoaded(EventsLoad(day: state.events.day!, monthStarts: [], agenda: [linked])))
        _ = AppUpdate.update(&state, .key(.enter))
        #expect(render(state).lines.contains { $0.contains("Обсуждение: тема на форуме — Enter") })
        #expect(AppUpdate.update(&state, .key(.enter)) == [.openTopic(24)])
        _ = AppUpdate.update(&state, .nextUnreadFound(AppFixture.topic(24, "Обсуждение семинара"),
                                                      Forum(id: 1, categoryID: 1, title: "Чтение", description: "", position: 0)))
        #expect(state.pane == .forums && state.screenKind == .thread)
    }

    @Test func anEventWithoutATopicSaysSo() {
        var state = EventsFixture.pane()
        _ = AppUpdate.update(&state, .key(.enter))
        #expect(AppUpdate.update(&state, .key(.enter)).isEmpty)
        #expect(state.notice == .event(.noDiscussion))
    }
}

/// The organizer marks an opened event held or cancelled.
@Suite struct EventStatusKeysTests {
    private func opened(as me: Member, now: Date = AppFixture.now) -> AppState {
        var state = EventsFixture.pane()
        state.me = me
        _ = AppUpdate.update(&state, .key(.enter))
        state.now = now
        return state
    }

    @Test func heldWaitsForTheStartAndCancellingWantsASecondPress() {
        var early = opened(as: Member(userID: 2, role: .teacher))
        #expect(AppUpdate.update(&early, .key(.character("H"))).isEmpty)
        #expect(early.notice == .event(.notStartedYet))
        var started = opened(as: Member(userID: 2, role: .teacher), now: EventsFixture.at(day: 25, 16))
        #expect(AppUpdate.update(&started, .key(.character("H"))) == [.write(.setEventStatus(eventID: 1, status: .held))])
        #expect(AppUpdate.update(&started, .key(.character("X"))).isEmpty)
        #expect(started.notice == .event(.pressAgainToCancel))
        #expect(AppUpdate.update(&started, .key(.character("X"))) == [.write(.setEventStatus(eventID: 1, status: .cancelled))])
        _ = AppUpdate.update(&started, .key(.character("X")))
        _ = AppUpdate.update(&started, .key(.character("j")))
        #expect(AppUpdate.update(&started, .key(.character("X"))).isEmpty, "another key in between starts over")
    }

    @Test func aTeacherWhoDoesNotOrganizeCannotMarkIt() {
        var state = opened(as: Member(userID: 9, role: .teacher), now: EventsFixture.at(day: 25, 16))
        #expect(AppUpdate.update(&state, .key(.character("H"))).isEmpty)
        #expect(AppUpdate.update(&state, .key(.character("X"))).isEmpty)
        #expect(state.notice == .event(.onlyOrganizersMark))
    }
}
