import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

/// The event form's keys and what it sends: opened from the pane, filled in by keys, checked
/// before sending, saved as a draft, and opened again from a draft or a refused write.
@Suite struct EventFormTests {
    static let mentor = Member(userID: 2, role: .mentor)

    /// The Events pane with the form for a new event open, as `member`.
    static func newForm(as member: Member = mentor, columns: Int = 80, rows: Int = 24, language: Language = .russian) -> AppState {
        var state = EventsFixture.pane(columns: columns, rows: rows, language: language)
        state.me = member
        let effects = AppUpdate.update(&state, .key(.character("a")))
        guard case .openEventForm(let form) = effects.first else {
            Issue.record("a opens the form: \(effects)")
            return state
        }
        _ = AppUpdate.update(&state, .eventFormOpened(form, nil))
        return state
    }

    /// The form on top of the stack.
    static func form(_ state: AppState) -> EventFormState? {
        if case .eventForm(let form) = state.stack.last { form } else { nil }
    }

    /// Moves the focus to `field` with Tab and types `text` in place of what it held.
    @discardableResult
    static func fill(_ field: EventFormField, _ text: String, in state: inout AppState) -> [Effect] {
        focus(field, in: &state)
        _ = AppUpdate.update(&state, .key(.home))
        _ = AppUpdate.update(&state, .key(.control("k")))
        return AppUpdate.update(&state, .typed(text))
    }

    static func focus(_ field: EventFormField, in state: inout AppState) {
        for _ in 0..<EventFormField.allCases.count where form(state)?.focus != field {
            _ = AppUpdate.update(&state, .key(.tab))
        }
    }

    static func moscow(day: Int, _ hour: Int, _ minute: Int = 0, month: Int = 12) -> Date {
        EventsFixture.at(day: day, hour - 3, minute, month: month)
    }

    @Test func aTeacherProposesAnEventFilledInWithKeys() throws {
        var state = Self.newForm(as: Member(userID: 5, role: .teacher))
        #expect(render(state).lines[1].contains("События › Предложить событие"))
        _ = AppUpdate.update(&state, .typed("Открытый урок: дроби"))
        _ = AppUpdate.update(&state, .key(.tab))
        for _ in 0..<5 { _ = AppUpdate.update(&state, .key(.right)) }
        Self.fill(.date, "3.12.2026", in: &state)
        Self.fill(.timeZone, "Europe/Moscow", in: &state)
        Self.fill(.place, "Школа № 12, каб. 204", in: &state)
        Self.fill(.subjects, "математика, информатика", in: &state)
        Self.fill(.grades, "5-6", in: &state)
        Self.fill(.capacity, "12", in: &state)
        Self.focus(.description, in: &state)
        _ = AppUpdate.update(&state, .typed("Урок в 5 «Б»"))
        _ = AppUpdate.update(&state, .key(.enter))
        _ = AppUpdate.update(&state, .typed("С разбором после урока."))
        let effects = AppUpdate.update(&state, .key(.control("s")))
        let expected = EventDraft(title: "Открытый урок: дроби", kind: .openLesson, description: "Урок в 5 «Б»\nС разбором после урока.",
                                  startsAt: Self.moscow(day: 3, 15), endsAt: Self.moscow(day: 3, 16, 30), timeZone: "Europe/Moscow",
                                  place: "Школа № 12, каб. 204", subjects: ["математика", "информатика"], grades: [5, 6], capacity: 12)
        #expect(effects == [.send(.createEvent(event: expected), draftKind: .event, draftTarget: 0), .sync])
        #expect(state.stack.isEmpty && state.pane == .events)
        #expect(state.notice == .eventForm(.queued(.create, proposing: true)))
    }

    @Test func anEnterTypedAheadMovesOnButTheDescriptionKeepsItsLineBreaks() {
        var state = Self.newForm()
        _ = AppUpdate.update(&state, .typed("Семинар\r"))
        #expect(Self.form(state)?.text(.title) == "Семинар" && Self.form(state)?.focus == .kind)
        Self.focus(.description, in: &state)
        _ = AppUpdate.update(&state, .typed("Первая\nвторая\n"))
        #expect(Self.form(state)?.text(.description) == "Первая\nвторая\n" && Self.form(state)?.focus == .description)
    }

    @Test func problemsShowBesideTheirFieldsAndNothingIsSent() {
        var state = Self.newForm()
        _ = AppUpdate.update(&state, .typed("Семинар"))
        Self.fill(.ends, "14:00", in: &state)
        Self.fill(.grades, "5-12", in: &state)
        Self.fill(.capacity, "0", in: &state)
        Self.fill(.link, "zoom", in: &state)
        #expect(AppUpdate.update(&state, .key(.control("s"))).isEmpty)
        #expect(Self.form(state)?.focus == .ends, "the cursor goes to the first field to fix")
        expectLines(render(state), [
            " Staffroom   Лента F6  Форумы F2  События F3  Библиотека F4  Люди F7",
            " События › Новое событие",
            " Tab ↓ поле  ← → выбор  ^S отправить  ^E описание в редакторе  Esc в черновики",
            "  Название      Семинар",
            "  Вид           семинар",
            "  День          25.11.2026",
            "  Начало        15:00",
            " !Конец         14:00  конец должен быть позже начала",
            "  Часовой пояс  GMT",
            "  Где           адрес или кабинет; пусто — онлайн",
            " !Ссылка        zoom  ссылка должна начинаться с https:// или http://",
            "  Предметы      через запятую; пусто — любые",
            " !Классы        5-12  класса 12 нет: классы с 1 по 11",
            " !Мест          0  мест 0: нужно от 1 до 10000 или пусто",
            "  Материалы     Enter — выбрать из библиотеки",
            "  Повтор        не повторяется",
            "  Описание",
            "", "", "", "", "", "",
            " исправьте поля (4): конец должен быть позже начала",
        ])
        _ = AppUpdate.update(&state, .typed("7"))
        #expect(Self.form(state)?.problems[.ends] == nil, "typing in a field clears its problem")
        #expect(Self.form(state)?.problems.count == 3)
    }

    @Test func aWeeklySeriesAsksForItsDaysAndTakesACountOrAnEndDateNotBoth() {
        var state = Self.newForm(language: .english)
        _ = AppUpdate.update(&state, .typed("Mentors' circle"))
        Self.focus(.repeats, in: &state)
        _ = AppUpdate.update(&state, .key(.right))
        #expect(Self.form(state)?.fields.contains(.weekdays) == true)
        Self.fill(.weekdays, "tue, Thursday", in: &state)
        Self.fill(.count, "8", in: &state)
        Self.fill(.until, "2026-12-20", in: &state)
        #expect(AppUpdate.update(&state, .key(.control("s"))).isEmpty)
        #expect(Self.form(state)?.problems == [.count: .draft(.countAndUntil)])
        #expect(render(state).lines.contains { $0.hasPrefix(" !Times") }, "\(render(state).lines.joined(separator: "\n"))")
        Self.fill(.until, "", in: &state)
        let effects = AppUpdate.update(&state, .key(.control("s")))
        guard case .send(.createEvent(let draft), _, _) = effects.first else {
            Issue.record("a series is sent: \(effects)")
            return
        }
        #expect(draft.recurrence == Recurrence(frequency: .weekly, interval: 1, weekdays: [3, 5], count: 8))
        #expect(draft.startsAt == EventsFixture.at(day: 25, 15))
    }

    @Test func aConsultationIsCutIntoSlotsThatMustFillItsTime() {
        var state = Self.newForm()
        _ = AppUpdate.update(&state, .typed("Консультация: первый год"))
        #expect(Self.form(state)?.fields.contains(.slots) == false, "only a consultation has slots")
        _ = AppUpdate.update(&state, .key(.tab))
        _ = AppUpdate.update(&state, .key(.left))
        #expect(Self.form(state)?.kind == .consultation && Self.form(state)?.fields.contains(.slots) == true)
        Self.fill(.slots, "25", in: &state)
        #expect(AppUpdate.update(&state, .key(.control("s"))).isEmpty)
        #expect(Self.form(state)?.problems == [.slots: .draft(.slotsDoNotFill(25))])
        Self.fill(.slots, "30", in: &state)
        let effects = AppUpdate.update(&state, .key(.control("s")))
        guard case .send(.createEvent(let draft), _, _) = effects.first else {
            Issue.record("the consultation is sent: \(effects)")
            return
        }
        #expect(draft.kind == .consultation && draft.slotMinutes == 30)
    }

    @Test func anEventPlannedFromAThreadIsDiscussedThereAndKeepsItsOwnDraft() throws {
        var state = AppFixture.withThread(AppFixture.posts(2))
        state.me = Self.mentor
        let effects = AppUpdate.update(&state, .key(.character("c")))
        guard case .openEventForm(let form) = effects.first else {
            Issue.record("c in a thread opens the event form: \(effects)")
            return
        }
        #expect(form.topicID == 1 && form.text(.title) == "Дети, которые читают медленно" && form.draftTarget == -1)
        _ = AppUpdate.update(&state, .eventFormOpened(form, nil))
        #expect(render(state).lines[1].contains("обсуждение: Дети, которые читают медленно"))
        Self.fill(.date, "03.12.2026", in: &state)
        let sent = AppUpdate.update(&state, .key(.control("s")))
        guard case .send(.createEvent(let draft), .event, -1) = sent.first else {
            Issue.record("sent with the topic's own draft key: \(sent)")
            return
        }
        #expect(draft.topicID == 1)
        #expect(state.openThread != nil, "back in the thread")
    }

    @Test func materialsAreChosenFromTheLibraryInAPicker() throws {
        var state = Self.newForm()
        _ = AppUpdate.update(&state, .typed("Семинар по чтению"))
        Self.focus(.resources, in: &state)
        #expect(render(state).lines.contains { $0.contains("Материалы") && $0.contains("Enter — выбрать из библиотеки") })
        #expect(AppUpdate.update(&state, .key(.enter)) == [.loadResources])
        let library = [1, 2, 3].map { id in
            Resource(id: Int64(id), title: "Материал \(id)", description: "", type: .worksheet, language: "ru", authorID: 1,
                     licence: "", createdAt: AppFixture.now,
                     files: [ResourceFile(name: "\(id).pdf", size: 2_048, mediaType: "application/pdf", sha256: String(repeating: "0", count: 64))])
        }
        _ = AppUpdate.update(&state, .resourcesLoaded(library))
        #expect(render(state).lines.contains { $0.contains("[ ] Материал 1") && $0.contains("рабочий лист, 2,0 КБ") })
        _ = AppUpdate.update(&state, .key(.character("j")))
        _ = AppUpdate.update(&state, .key(.character("j")))
        _ = AppUpdate.update(&state, .key(.character(" ")))
        _ = AppUpdate.update(&state, .key(.character("k")))
        _ = AppUpdate.update(&state, .key(.character("k")))
        _ = AppUpdate.update(&state, .key(.character(" ")))
        let back = AppUpdate.update(&state, .key(.enter))
        guard case .saveDraft = back.first, let form = Self.form(state) else {
            Issue.record("Enter hands the choice to the form, which saves its draft: \(back)")
            return
        }
        #expect(form.resourceIDs == [3, 1] && form.resourceTitles == ["Материал 3", "Материал 1"])
        #expect(render(state).lines.contains { $0.contains("Материал 3; Материал 1") })
        let sent = AppUpdate.update(&state, .key(.control("s")))
        guard case .send(.createEvent(let draft), _, _) = sent.first else {
            Issue.record("sent: \(sent)")
            return
        }
        #expect(draft.resourceIDs == [3, 1])
    }

    @Test func everyChangeSavesTheFormAsADraftThatOpensAgainAsItWas() throws {
        var state = Self.newForm()
        let typed = AppUpdate.update(&state, .typed("Круглый стол о наставничестве"))
        guard case .saveDraft(let draft) = typed.first else {
            Issue.record("typing saves the draft: \(typed)")
            return
        }
        #expect(draft.kind == .event && draft.targetID == 0 && draft.title == "Круглый стол о наставничестве")
        Self.fill(.grades, "1-4", in: &state)
        let leaving = AppUpdate.update(&state, .key(.escape))
        guard case .saveDraft(let saved) = leaving.first else {
            Issue.record("Esc saves the draft: \(leaving)")
            return
        }
        #expect(state.stack.isEmpty && state.notice == .draftSaved)
        let effects = AppUpdate.update(&state, .key(.character("a")))
        guard case .openEventForm(let fresh) = effects.first else { return }
        _ = AppUpdate.update(&state, .eventFormOpened(fresh, saved))
        let restored = try #require(Self.form(state))
        #expect(restored.text(.title) == "Круглый стол о наставничестве" && restored.text(.grades) == "1-4")
        #expect(restored.text(.date) == "25.11.2026")
    }

    @Test func editingAnEventShowsItsFieldsAndSendsThemBackUnchanged() throws {
        let zone = TimeZone(identifier: "Asia/Yekaterinburg")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let start = calendar.date(from: DateComponents(year: 2026, month: 12, day: 1, hour: 16))!
        let until = calendar.date(from: DateComponents(year: 2027, month: 3, day: 30, hour: 23, minute: 59, second: 59))!
        let series = Event(id: 12, title: "Кружок наставников", kind: .seminar, description: "Встречи по вторникам.\n\nПриносите вопросы.",
                           organizerID: 2, startsAt: start, endsAt: start.addingTimeInterval(5_400), timeZone: zone.identifier,
                           place: "", link: "https://meet.example.org/krug", subjects: ["наставничество"], grades: [1, 2, 3, 4, 9],
                           capacity: 30, topicID: 77, recurrence: Recurrence(frequency: .weekly, interval: 2, weekdays: [3, 5], until: until))
        var state = EventsFixture.pane()
        state.me = Self.mentor
        state.stack.append(.event(EventDetailState(summary: EventSummary(event: series, organizerName: "Ольга Петрова"))))
        #expect(AppUpdate.update(&state, .key(.character("e"))) == [.openEventEdit(eventID: 12)])
        _ = AppUpdate.update(&state, .eventEditLoaded(series, nil))
        let form = try #require(Self.form(state))
        #expect(form.text(.date) == "01.12.2026" && form.text(.starts) == "16:00" && form.text(.ends) == "17:30")
        #expect(form.text(.grades) == "1-4, 9" && form.text(.weekdays) == "вт, чт" && form.text(.until) == "30.03.2027")
        #expect(AppUpdate.update(&state, .key(.control("s")))
            == [.send(.editEvent(eventID: 12, event: series.draft), draftKind: .event, draftTarget: 12), .sync])
    }

    @Test func aTeacherMayNotEditAnotherMembersEvent() {
        var state = EventsFixture.pane()
        state.me = Member(userID: 5, role: .teacher)
        _ = AppUpdate.update(&state, .key(.enter))
        #expect(AppUpdate.update(&state, .key(.character("e"))).isEmpty)
        #expect(state.notice == .event(.onlyOrganizersEdit))
    }

    @Test func aRefusedEventOpensFromTheOutboxInTheFormAndLeavesItWhenResent() throws {
        let draft = EventDraft(title: "Вебинар", kind: .webinar, startsAt: EventsFixture.at(day: 2, 10, month: 12),
                               endsAt: EventsFixture.at(day: 2, 11, month: 12), timeZone: "UTC", capacity: 0)
        let item = OutboxItem(id: 41, sequence: 7, clientID: "c7", action: .createEvent(event: draft), authorName: "Ольга",
                              createdAt: AppFixture.now, state: .notSent, code: .invalid, message: "0 places")
        var state = EventsFixture.pane()
        state.me = Self.mentor
        _ = AppUpdate.update(&state, .key(.character("o")))
        _ = AppUpdate.update(&state, .outboxLoaded([OutboxEntry(item: item, context: "Вебинар")]))
        _ = AppUpdate.update(&state, .key(.enter))
        let form = try #require(Self.form(state))
        #expect(form.text(.title) == "Вебинар" && form.text(.capacity) == "0" && form.replacesNotSent == 41)
        Self.fill(.capacity, "40", in: &state)
        var fixed = draft
        fixed.capacity = 40
        #expect(AppUpdate.update(&state, .key(.control("s")))
            == [.send(.createEvent(event: fixed), draftKind: .event, draftTarget: 0), .discardNotSent(id: 41), .sync])
    }

    @Test func aShortTerminalScrollsTheFieldsToKeepTheFocusedOneInView() {
        var state = Self.newForm(rows: 12)
        Self.focus(.capacity, in: &state)
        let lines = render(state).lines
        #expect(lines.contains { $0.hasPrefix("  Мест") })
        #expect(!lines.contains { $0.hasPrefix("  Название") })
        Self.focus(.description, in: &state)
        _ = AppUpdate.update(&state, .typed("Первая строка"))
        #expect(render(state).lines.contains { $0.contains("Описание") && $0.contains("Первая строка") })
    }
}

/// Reading what is typed in the event form.
@Suite struct EventFormInputTests {
    private var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    @Test func daysInEitherLanguagesForm() {
        let now = AppFixture.now
        #expect(EventFormInput.day("03.12.2026", reference: now, calendar: utc) == DateComponents(year: 2026, month: 12, day: 3))
        #expect(EventFormInput.day("2026-12-03", reference: now, calendar: utc) == DateComponents(year: 2026, month: 12, day: 3))
        #expect(EventFormInput.day("3.12", reference: now, calendar: utc) == DateComponents(year: 2026, month: 12, day: 3))
        #expect(EventFormInput.day("3.12.27", reference: now, calendar: utc) == DateComponents(year: 2027, month: 12, day: 3))
        for bad in ["31.02.2026", "2026-13-01", "завтра", "3..2026", "", "1.2.3.4"] {
            #expect(EventFormInput.day(bad, reference: now, calendar: utc) == nil, "\(bad)")
        }
    }

    @Test func timesGradesAndWeekdays() {
        #expect(EventFormInput.time("9:05")! == (9, 5) && EventFormInput.time("15")! == (15, 0) && EventFormInput.time("15.30")! == (15, 30))
        #expect(EventFormInput.time("24:00") == nil && EventFormInput.time("9:5") == nil && EventFormInput.time("полдень") == nil)
        #expect(EventFormInput.grades("5-7, 9") == [5, 6, 7, 9] && EventFormInput.grades("10–11 1") == [1, 10, 11])
        #expect(EventFormInput.grades("") == [] && EventFormInput.grades("5-") == nil && EventFormInput.grades("пятый") == nil)
        #expect(EventFormInput.weekdays("пн, ср") == [2, 4] && EventFormInput.weekdays("Sun mon") == [2, 1])
        #expect(EventFormInput.weekdays("четверг, пят") == [5, 6] && EventFormInput.weekdays("mo, xx") == nil)
        #expect(EventFormInput.weekdaysText([1, 2, 4], russian: true) == "пн, ср, вс")
    }
}
