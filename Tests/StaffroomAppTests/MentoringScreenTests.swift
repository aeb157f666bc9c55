import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

/// Mentoring at 80×24: a mentor's profile with the pairing and the consultations; `m` asking for
/// mentoring in a form kept as a draft; the mentoring list where the mentor answers, a coordinator
/// assigns a mentor, and either of the pair ends it.
@Suite struct MentoringScreenTests {
    static let ivan = User(id: 4, username: "ivan.kuznetsov", displayName: "Иван Кузнецов", role: .mentor, school: "Лицей № 2, Череповец",
                           subjects: ["Химия", "Математика"], grades: [8, 9])
    static let olga = User(id: 1, username: "olga.petrova", displayName: "Ольга Петрова", role: .mentor, school: "Гимназия № 3, Вологда",
                           subjects: ["Русский язык"])

    static let pair = MentorshipSummary(mentorship: Mentorship(id: 1, menteeID: 5, mentorID: 4, subject: "Химия", grade: 9, note: "Лабораторные",
                                                               status: .active, createdAt: AppFixture.now.addingTimeInterval(-86_400 * 2),
                                                               answeredAt: AppFixture.now.addingTimeInterval(-86_400), forumID: 7, topicID: 70),
                                        menteeName: "Павел Новиков", mentorName: "Иван Кузнецов")
    static let unassigned = MentorshipSummary(mentorship: Mentorship(id: 2, menteeID: 2, mentorID: nil, subject: "Литературное чтение", grade: 3,
                                                                     note: "Первый год", createdAt: AppFixture.now.addingTimeInterval(-3_600)),
                                              menteeName: "Анна Смирнова", mentorName: nil)
    static let toIvan = MentorshipSummary(mentorship: Mentorship(id: 3, menteeID: 6, mentorID: 4, subject: "Математика",
                                                                 createdAt: AppFixture.now.addingTimeInterval(-7_200)),
                                          menteeName: "Елена Соколова", mentorName: "Иван Кузнецов")

    static func ivansProfile(as me: Member, language: Language = .russian) -> AppState {
        var state = PeopleScreenTests.pane(language: language)
        state.me = me
        _ = state.press(.character("/"))
        _ = AppUpdate.update(&state, .typed("иван"))
        _ = state.press(.enter)
        _ = AppUpdate.update(&state, .directoryLoaded(DirectoryLoad(filter: DirectoryFilter(text: "иван"), after: nil, members: [ivan], total: 1,
                                                                    limit: 100)))
        #expect(state.press(.enter) == [.loadProfile(4)])
        let consultation = Event(id: 9, title: "Консультация по химии", kind: .consultation, description: "", organizerID: 4,
                                 startsAt: AppFixture.now.addingTimeInterval(86_400), endsAt: AppFixture.now.addingTimeInterval(90_000),
                                 timeZone: "UTC", slotMinutes: 20)
        _ = AppUpdate.update(&state, .profileLoaded(userID: 4, MemberProfile(user: ivan, mentorships: [pair], consultations: [consultation])))
        return state
    }

    @Test func aMentorsProfileShowsThePairingAndTheConsultations() {
        var state = Self.ivansProfile(as: Member(userID: 2, role: .teacher))
        expectLines(render(state), [
            " Staffroom   Лента F6  Форумы F2  События F3  Библиотека F4  Люди F7   Сеть шко…",
            spread(" Люди › Иван Кузнецов", "наставник "),
            spread(" Иван Кузнецов (@ivan.kuznetsov)", "Enter открыть  Esc назад "),
            " Роль       наставник",
            " Школа      Лицей № 2, Череповец",
            " Предметы   Химия, Математика",
            " Классы     8–9 кл.",
            "",
            " Наставничество",
            "> наставляет: Павел Новиков · Химия · с 24 ноября 2026",
            " Консультации",
            spread("  Консультация по химии", "26 ноября 2026, 12:00 "),
        ] + Array(repeating: "", count: 11) + [
            spread(" anna.smirnova@127.0.0.1:8080 · ещё не синхронизировано", "Esc назад  ? клавиши "),
        ])
        #expect(state.press(.enter) == [.openTopic(70)])
        #expect(state.press(.character("j"), .enter) == [.openEvent(9)])
    }

    @Test func askingAMentorIsAFormKeptAsADraftAndSentThroughTheOutbox() {
        var state = Self.ivansProfile(as: Member(userID: 2, role: .teacher), language: .english)
        #expect(state.press(.character("m")) == [.loadDrafts])
        expectLines(render(state), [
            " Staffroom   Feed F6  Forums F2  Events F3  Library F4  People F7   Сеть школ «…",
            " People › Ask Иван Кузнецов to mentor you",
            " Tab field  Ctrl-S send  Esc cancel",
            "  Subject  what you need help with: Chemistry",
            "  Grade    optional: 9",
            "  About    a few words for the mentor: what is hard, what you want to reach",
        ] + Array(repeating: "", count: 17) + [
            " anna.smirnova@127.0.0.1:8080 · not synced yet",
        ])
        _ = AppUpdate.update(&state, .typed("Химия"))
        _ = state.press(.tab)
        _ = AppUpdate.update(&state, .typed("14"))
        _ = state.press(.tab)
        let typed = AppUpdate.update(&state, .typed("Как вести лабораторные?"))
        guard case .saveDraft(let draft) = typed.last else { Issue.record("typing keeps a draft: \(typed)"); return }
        #expect(draft.kind == .mentorRequest && draft.targetID == 4 && MentorRequestState(restoring: draft)?.text(.note) == "Как вести лабораторные?")
        #expect(state.press(.control("s")).isEmpty)
        #expect(state.notice == .people(.fix("a grade is a number from 1 to 11")))
        _ = state.press(.backspace, .backspace)
        #expect(state.press(.control("s")) == [.requestMentor(mentorID: 4, subject: "Химия", grade: nil, note: "Как вести лабораторные?")])
        #expect(state.notice == .mentoring(.requestQueued))
    }

    @Test func onOnesOwnProfileMAsksTheCoordinatorsWithOnesFirstSubject() {
        var state = PeopleScreenTests.pane()
        _ = state.press(.character("i"))
        _ = AppUpdate.update(&state, .profileLoaded(userID: 2, PeopleScreenTests.profile(PeopleScreenTests.members[0])))
        _ = state.press(.character("m"))
        guard case .mentorRequest(let form) = state.stack.last else { Issue.record("the request: \(state.stack)"); return }
        #expect(form.mentorID == nil && form.text(.subject) == "Литературное чтение")
        #expect(render(state).lines[1].hasPrefix(" Люди › Найти наставника (ответят координаторы сети)"))
        guard case .saveDraft(let draft) = state.press(.character("m")).last else { Issue.record("m is typed into the form"); return }
        #expect(draft.kind == .mentorRequest && draft.targetID == 0)
        #expect(MentorRequestState(restoring: draft)?.text(.subject) == "Литературное чтениеm", "typing adds after the filled-in subject")
    }

    static func list(as me: Member, items: [MentorshipSummary], language: Language = .russian) -> AppState {
        var state = PeopleScreenTests.pane(language: language)
        state.me = me
        #expect(state.press(.character("M")) == [.loadMentorships])
        _ = AppUpdate.update(&state, .mentorshipsLoaded(items))
        return state
    }

    @Test func theMentorAnswersFromTheList() {
        var state = Self.list(as: Member(userID: 4, role: .mentor), items: [Self.toIvan, Self.pair], language: .english)
        expectLines(render(state), [
            " Staffroom   Feed F6  Forums F2  Events F3  Library F4  People F7   Сеть школ «…",
            spread(" People › Mentoring", "2 "),
            " 2 requests and pairs",
            " Enter open the thread  y accept  n decline  x end  Esc back",
            spread("> waiting · Елена Соколова → Иван Кузнецов · Математика", "10:00 "),
            spread("  active · Павел Новиков → Иван Кузнецов · Химия, grade 9", "Nov 23 "),
        ] + Array(repeating: "", count: 17) + [
            spread(" anna.smirnova@127.0.0.1:8080 · not synced yet", "Esc back  ? keys "),
        ])
        #expect(state.press(.character("y")) == [.answerMentorship(id: 3, accept: true, mentorID: nil)])
        #expect(state.press(.character("n")) == [.answerMentorship(id: 3, accept: false, mentorID: nil)])
        _ = state.press(.character("j"))
        #expect(state.press(.character("y")).isEmpty, "a pairing is not answered again")
        #expect(state.press(.enter) == [.openTopic(70)])
        #expect(state.press(.character("x")).isEmpty && state.notice == .mentoring(.pressAgainToEnd))
        #expect(state.press(.character("x")) == [.endMentorship(id: 1)])
    }

    @Test func aCoordinatorAssignsAMentorToARequestThatNamesNone() {
        var state = Self.list(as: Member(userID: 3, role: .moderator), items: [Self.unassigned])
        #expect(state.press(.character("y")) == [.loadMentors(subject: "Литературное чтение")])
        _ = AppUpdate.update(&state, .mentorsLoaded([Self.olga, Self.ivan]))
        #expect(render(state).lines[3].trimmingTrailingSpaces()
                == " назначить: Ольга Петрова (Русский язык) — y другой, Enter принять, Esc отмена")
        #expect(render(state).lines[4].trimmingTrailingSpaces()
                == "> ждёт ответа · Анна Смирнова → наставник не назначен · Литературное чте… 11:00")
        _ = state.press(.character("y"))
        #expect(render(state).lines[3].hasPrefix(" назначить: Иван Кузнецов (Химия, Математика)"))
        #expect(state.press(.enter) == [.answerMentorship(id: 2, accept: true, mentorID: 4)])
        #expect(state.press(.character("y")) == [.loadMentors(subject: "Литературное чтение")])
        #expect(state.press(.escape).isEmpty && state.stack.count == 1, "Esc drops the choice, not the list")
    }

    @Test func aTeacherOnlyTakesTheirRequestBack() {
        var state = Self.list(as: Member(userID: 2, role: .teacher), items: [Self.unassigned])
        #expect(state.press(.character("y")).isEmpty && state.press(.character("n")).isEmpty)
        #expect(render(state).lines[3].trimmingTrailingSpaces() == " Enter открыть тему  x отозвать или завершить  Esc назад")
        _ = state.press(.character("x"))
        #expect(state.press(.character("x")) == [.endMentorship(id: 2)])
        _ = state.press(.escape)
        #expect(state.stack.isEmpty, "Esc goes back to the directory")
    }
}
