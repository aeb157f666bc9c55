import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

/// The organizer's attendance list, and the attendee's certificate on the event screen and on paper.
@Suite struct AttendanceScreenTests {
    private static let start = EventsFixture.at(day: 25, 10)

    /// Event 1 of the fixture moved to this morning, opened by `me`.
    private static func opened(as me: Member) -> AppState {
        var state = EventsFixture.pane()
        state.me = me
        var summary = EventsFixture.agenda[0]
        summary.event.startsAt = start
        summary.event.endsAt = start.addingTimeInterval(5_400)
        state.stack.append(.event(EventDetailState(summary: summary)))
        return state
    }

    private static let answered = EventParticipants(eventID: 1, occurrence: start, participants: [
        Participant(userID: 5, displayName: "Сергей Орлов", school: "Школа № 5", response: .going, attended: true),
        Participant(userID: 6, displayName: "Вера Лебедева", school: "", response: .going),
        Participant(userID: 9, displayName: "Павел Новиков", school: "", response: .going, waitingPosition: 1),
        Participant(userID: 11, displayName: "Ирина Соколова", school: "Лицей № 2", response: .maybe),
    ])

    @Test func theOrganizerMarksWhoCameAndSavesTheListAsOneWrite() {
        var state = Self.opened(as: Member(userID: 2, role: .mentor))
        #expect(AppUpdate.update(&state, .key(.character("a"))) == [.loadParticipants(eventID: 1, occurrence: Self.start)])
        _ = AppUpdate.update(&state, .participantsLoaded(Self.answered))
        expectLines(render(state), [
            " Staffroom   Лента F6  Форумы F2  События F3  Библиотека F4  Люди F7",
            spread(" События › Смысловое чтение на уроках окружающего мира", "присутствовали: 1 "),
            " Пробел отметить  + все идущие  ^S сохранить  Esc назад",
            spread("> [x] Сергей Орлов · Школа № 5", "иду "),
            spread("  [ ] Вера Лебедева", "иду "),
            spread("  [ ] Павел Новиков", "в очереди: 1-й "),
            spread("  [ ] Ирина Соколова · Лицей № 2", "может быть "),
            "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
            " anna.smirnova@127.0.0.1:8080 · ещё не синхронизировано",
        ])
        _ = AppUpdate.update(&state, .key(.character(" ")))
        _ = AppUpdate.update(&state, .key(.character(" ")))
        _ = AppUpdate.update(&state, .key(.character("k")))
        #expect(render(state).lines[4].hasPrefix("> [x] Вера Лебедева"))
        let effects = AppUpdate.update(&state, .key(.control("s")))
        #expect(effects == [.write(.recordAttendance(eventID: 1, occurrence: Self.start, attendees: [6])), .sync])
        #expect(state.notice == .event(.attendanceQueued(1)))
        if case .event = state.stack.last {} else { Issue.record("back on the event") }
    }

    @Test func plusMarksEveryoneWithAPlaceAndLeavingUnsavedWantsASecondEsc() {
        var state = Self.opened(as: Member(userID: 7, role: .moderator))
        _ = AppUpdate.update(&state, .key(.character("a")))
        _ = AppUpdate.update(&state, .participantsLoaded(Self.answered))
        _ = AppUpdate.update(&state, .key(.character("+")))
        guard case .attendance(let list) = state.stack.last else {
            Issue.record("the list is open")
            return
        }
        #expect(list.present == [5, 6], "those with a place; not the waiting list, not maybe")
        #expect(AppUpdate.update(&state, .key(.escape)).isEmpty)
        #expect(state.notice == .event(.pressAgainToLeaveUnsaved))
        _ = AppUpdate.update(&state, .key(.escape))
        if case .event = state.stack.last {} else { Issue.record("a second Esc leaves") }
    }

    @Test func onlyTheOrganizerRecordsAndOnlyOnceTheEventBegan() {
        var teacher = Self.opened(as: Member(userID: 5, role: .teacher))
        #expect(AppUpdate.update(&teacher, .key(.character("a"))).isEmpty)
        #expect(teacher.notice == .event(.onlyOrganizersMark))
        var early = EventsFixture.pane()
        early.me = Member(userID: 2, role: .mentor)
        _ = AppUpdate.update(&early, .key(.enter))
        #expect(AppUpdate.update(&early, .key(.character("a"))).isEmpty)
        #expect(early.notice == .event(.noAttendance))
    }

    @Test func theAttendeeSeesTheCertificateAndSavesItToAFile() {
        var state = Self.opened(as: Member(userID: 5, role: .teacher))
        #expect(AppUpdate.update(&state, .key(.character("c"))).isEmpty)
        #expect(state.notice == .event(.noCertificate))
        guard case .event(var detail) = state.stack.last else { return }
        detail.summary.certificate = Self.certificate
        state.stack[state.stack.count - 1] = .event(detail)
        #expect(render(state).lines.contains { $0.contains("Сертификат: SR-7K3F-Q9TD-2MXA — c сохранить в файл") })
        #expect(AppUpdate.update(&state, .key(.character("c"))) == [.saveCertificate(Self.certificate, .russian)])
    }

    private static let certificate = Certificate(
        code: "SR-7K3F-Q9TD-2MXA", eventID: 1, occurrence: start, holderName: "Сергей Орлов", holderSchool: "Школа № 5",
        eventTitle: "Смысловое чтение", kind: .seminar, organizerName: "Ольга Петрова", startsAt: start,
        endsAt: start.addingTimeInterval(5_400), timeZone: "Europe/Moscow", networkName: "Сеть школ «Перекрёсток»",
        issuedAt: start.addingTimeInterval(7_200))

    @Test func theCertificateIsAPlainTextDocumentWithItsCodeAndWhereToCheckIt() {
        let text = CertificateText.document(Self.certificate, language: .russian,
                                            checkURL: CertificateText.checkURL(server: "https://staffroom.example/", code: Self.certificate.code))
        #expect(text == """
            СЕРТИФИКАТ УЧАСТНИКА
            Сеть школ «Перекрёсток»

            Подтверждается участие
                Сергей Орлов (Школа № 5)
            в мероприятии
                «Смысловое чтение» — семинар
                25 ноября 2026, 13:00–14:30 (Europe/Moscow)
                Ведущий: Ольга Петрова

            Код проверки: SR-7K3F-Q9TD-2MXA
            Проверить: https://staffroom.example/v1/certificates/SR-7K3F-Q9TD-2MXA
            Выдан 25 ноября 2026

            """)
        var revoked = Self.certificate
        revoked.revoked = true
        revoked.holderName = "Сергей\u{1B}]0;pwned\u{07} Орлов"
        let english = CertificateText.document(revoked, language: .english, checkURL: nil)
        #expect(english.contains("REVOKED") && english.contains("CERTIFICATE OF PARTICIPATION") && !english.contains("\u{1B}"))
    }

    @Test func codesAreTwelveUnambiguousCharactersAndReadBackAsTyped() {
        let code = CertificateCode.random()
        #expect(code.count == 17 && CertificateCode.normalized(code) == code)
        #expect(CertificateCode.normalized("sr 7k3f q9td 2mxa") == "SR-7K3F-Q9TD-2MXA")
        #expect(CertificateCode.normalized("SR-OIL0-0000-0000") == "SR-0110-0000-0000")
        #expect(CertificateCode.normalized("SR-7K3F-Q9TD") == nil && CertificateCode.normalized("SR-UUUU-0000-0000") == nil)
    }
}

/// The library resources an event links, on the event screen.
@Suite struct EventMaterialsTests {
    @Test func anOpenedEventListsItsMaterialsWithTheirKindAndSize() {
        var state = EventsFixture.pane()
        var summary = EventsFixture.agenda[0]
        summary.resources = [
            Resource(id: 3, title: "Схема круговорота воды", description: "", type: .lessonPlan, language: "ru", authorID: 1,
                     licence: "CC BY 4.0", createdAt: AppFixture.now,
                     files: [ResourceFile(name: "plan.md", size: 1_536, mediaType: "text/markdown", sha256: String(repeating: "0", count: 64))]),
            Resource(id: 4, title: "Тренажёр\u{1B}[2J устного счёта", description: "", type: .link, language: "ru", authorID: 1,
                     licence: "", createdAt: AppFixture.now, link: "https://example.org"),
        ]
        state.stack.append(.event(EventDetailState(summary: summary.cleaned())))
        let lines = render(state).lines
        #expect(lines.contains { $0.hasPrefix(" Материалы:") })
        #expect(lines.contains { $0.contains("  Схема круговорота воды — план урока, 1,5 КБ") })
        #expect(lines.contains { $0.contains("  Тренажёр устного счёта — ссылка") })
        #expect(!lines.joined().contains("\u{1B}"), "a title's escape sequence is not drawn")
    }
}
