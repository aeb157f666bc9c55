import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

/// The People pane, a profile and the profile form at 80×24 in both languages: the directory in
/// columns with its filters and search, a profile with its recent posts and resources, and one's
/// own profile edited, checked and saved (as a draft while typing).
@Suite struct PeopleScreenTests {
    static let members = [
        User(id: 2, username: "anna.smirnova", displayName: "Анна Смирнова", role: .teacher, school: "Школа № 12, Петрозаводск",
             subjects: ["Литературное чтение", "Русский язык"], grades: [1, 2, 3, 4], bio: "Веду третий класс. Люблю театр на уроке."),
        User(id: 10, username: "emily.clarke", displayName: "Emily Clarke", role: .mentor, school: "Harbourside Academy, Aberdeen",
             subjects: ["English", "Drama"], grades: [5, 6, 7, 8, 9]),
        User(id: 3, username: "ivan.kuznetsov", displayName: "Иван Кузнецов", role: .mentor, school: "Лицей № 2, Череповец",
             subjects: ["Математика", "Информатика"], grades: [7, 8, 9, 10, 11]),
    ]

    static func profile(_ user: User) -> MemberProfile {
        let post = ProfilePost(postID: 41, topicID: 7, topicTitle: "Медленное чтение", createdAt: AppFixture.now.addingTimeInterval(-3_600),
                               body: "Попробуйте читать вслух по ролям.\nВторая строка.")
        let resource = Resource(id: 5, title: "Читательский дневник, 3 класс", description: "", type: .worksheet, language: "ru", authorID: user.id,
                                licence: "CC BY 4.0", createdAt: AppFixture.now.addingTimeInterval(-86_400 * 3))
        return MemberProfile(user: user, recentPosts: [post], recentResources: [resource], postCount: 12, resourceCount: 1)
    }

    static func pane(language: Language = .russian) -> AppState {
        var state = AppFixture.withForums(language: language)
        state.me = Member(userID: 2, role: .teacher)
        #expect(state.press(.function(7)) == [.loadDirectory(DirectoryFilter(), after: nil, limit: 100)])
        _ = AppUpdate.update(&state, .directoryLoaded(DirectoryLoad(filter: DirectoryFilter(), after: nil, members: members, total: 3, limit: 100)))
        return state
    }

    @Test func theDirectoryInRussian() {
        expectLines(render(Self.pane()), Self.expectedDirectoryRussian)
    }

    @Test func theDirectoryInEnglish() {
        expectLines(render(Self.pane(language: .english)), Self.expectedDirectoryEnglish)
    }

    @Test func facetsNarrowTheDirectoryAndZeroClearsThem() {
        var state = Self.pane()
        #expect(state.press(.character("3")) == [.loadDirectoryFacet(.role, DirectoryFilter())])
        _ = AppUpdate.update(&state, .directoryFacetLoaded(.role, [FacetValue(value: "teacher", label: "teacher", count: 7),
                                                                    FacetValue(value: "mentor", label: "mentor", count: 2)]))
        expectLines(render(state), [
        " Staffroom   Лента F6  Форумы F2  События F3  Библиотека F4  Люди F7   Сеть шко…",
        " Люди › Фильтр: роль",
        " Фильтр: роль",
        "> все",
            spread("  учитель", "7 "),
            spread("  наставник", "2 "),
        ] + Array(repeating: "", count: 17) + [
            spread(" anna.smirnova@127.0.0.1:8080 · ещё не синхронизировано", "? клавиши  q выход "),
        ])
        let filter = DirectoryFilter(role: .mentor)
        #expect(state.press(.character("j"), .character("j"), .enter) == [.loadDirectory(filter, after: nil, limit: 100)])
        _ = AppUpdate.update(&state, .directoryLoaded(DirectoryLoad(filter: filter, after: nil, members: Array(Self.members.dropFirst()), total: 2,
                                                                    limit: 100)))
        #expect(render(state).lines[2].trimmingTrailingSpaces() == " Участники: 2 · роль: наставник")
        #expect(state.press(.character("0")) == [.loadDirectory(DirectoryFilter(), after: nil, limit: 100)])
    }

    @Test func theSearchNarrowsAsOneTypes() {
        var state = Self.pane()
        #expect(state.press(.character("/")).isEmpty)
        #expect(AppUpdate.update(&state, .typed("лиц")) == [.loadDirectory(DirectoryFilter(text: "лиц"), after: nil, limit: 100)])
        #expect(render(state).lines[3].trimmingTrailingSpaces().hasPrefix(" Поиск: лиц"))
        #expect(state.press(.escape) == [.loadDirectory(DirectoryFilter(), after: nil, limit: 100)], "Esc puts the search back")
        #expect(!state.directory.editingSearch)
    }

    @Test func aProfileInRussianWithItsPostsAndResources() {
        var state = Self.pane()
        #expect(state.press(.character("j"), .character("j"), .enter) == [.loadProfile(3)])
        _ = AppUpdate.update(&state, .profileLoaded(userID: 3, Self.profile(Self.members[2])))
        expectLines(render(state), Self.expectedProfileRussian)
        #expect(state.press(.enter) == [.openPost(41)])
        #expect(state.press(.character("j"), .enter) == [.openResource(5)])
        #expect(state.press(.character("e")).isEmpty, "only one's own profile is edited")
        _ = state.press(.escape)
        #expect(state.stack.isEmpty && state.screenKind == .people, "Esc goes back to the directory")
    }

    @Test func ownProfileInEnglishAndItsForm() {
        var state = Self.pane(language: .english)
        #expect(state.press(.character("i")) == [.loadProfile(2)])
        _ = AppUpdate.update(&state, .profileLoaded(userID: 2, Self.profile(Self.members[0])))
        expectLines(render(state), Self.expectedOwnProfileEnglish)
        #expect(state.press(.character("e")) == [.loadDrafts])
        expectLines(render(state), Self.expectedFormEnglish)
    }

    @Test func theFormChecksSavesAndKeepsADraft() {
        var state = Self.pane()
        _ = state.press(.character("i"))
        _ = AppUpdate.update(&state, .profileLoaded(userID: 2, Self.profile(Self.members[0])))
        _ = state.press(.character("e"))
        _ = state.press(.tab, .backspace, .backspace, .backspace)
        let typed = AppUpdate.update(&state, .typed("3-4, 12"))
        guard case .saveDraft(let draft) = typed.last else { Issue.record("typing saves the draft: \(typed)"); return }
        #expect(ProfileFormState(restoring: draft)?.text(.grades) == "3-4, 12")
        _ = state.press(.control("s"))
        #expect(render(state).lines[4].trimmingTrailingSpaces().contains("класса 12 нет: классы с 1 по 11"))
        #expect(state.notice == .people(.fix("класса 12 нет: классы с 1 по 11")))
        _ = state.press(.backspace, .backspace, .backspace, .backspace)
        let saved = ProfileDraft(subjects: ["Литературное чтение", "Русский язык"], grades: [3, 4], bio: "Веду третий класс. Люблю театр на уроке.")
        #expect(state.press(.control("s")) == [.saveProfile(saved)])
        #expect(state.notice == .people(.saved))
        guard case .profile = state.stack.last else { Issue.record("back on the profile: \(state.stack)"); return }
    }

    @Test func aSavedDraftComesBackWhenTheFormOpensAgain() {
        var state = Self.pane()
        _ = state.press(.character("i"))
        _ = AppUpdate.update(&state, .profileLoaded(userID: 2, Self.profile(Self.members[0])))
        _ = state.press(.character("e"))
        var form = ProfileFormState(profile: ProfileDraft())
        form.texts[.bio] = TextEditor(text: "Черновик о себе")
        _ = AppUpdate.update(&state, .draftsLoaded([form.draft(at: AppFixture.now)!]))
        guard case .profileForm(let opened) = state.stack.last else { Issue.record("the form: \(state.stack)"); return }
        #expect(opened.text(.bio) == "Черновик о себе")
    }

    @Test func aLongProfileScrollsToKeepTheCursorInView() {
        var state = Self.pane()
        _ = state.press(.enter)
        let posts = (1...5).map { ProfilePost(postID: Int64($0), topicID: 7, topicTitle: "Тема \($0)", createdAt: AppFixture.now, body: "Текст \($0)") }
        let resources = (1...5).map { Resource(id: Int64($0), title: "Материал \($0)", description: "", type: .worksheet, language: "ru", authorID: 2,
                                               licence: "CC BY 4.0", createdAt: AppFixture.now) }
        let consultations = (1...5).map { Event(id: Int64($0), title: "Консультация \($0)", kind: .consultation, description: "", organizerID: 2,
                                                startsAt: AppFixture.now.addingTimeInterval(86_400), endsAt: AppFixture.now.addingTimeInterval(90_000),
                                                timeZone: "UTC") }
        _ = AppUpdate.update(&state, .profileLoaded(userID: 2, MemberProfile(user: Self.members[0], recentPosts: posts, recentResources: resources,
                                                                            postCount: 5, resourceCount: 5, consultations: consultations)))
        #expect(!render(state).lines.contains { $0.contains("Консультация 5") }, "fifteen items do not fit below the facts")
        for _ in 1...14 { _ = state.press(.character("j")) }
        let lines = render(state).lines
        #expect(lines[22].hasPrefix("> Консультация 5"), "the cursor's item is the last row shown:\n\(lines.joined(separator: "\n"))")
        #expect(state.press(.enter) == [.openEvent(5)])
    }

    @Test func iOnAPostOpensItsAuthorsProfile() {
        var state = AppFixture.withThread([AppFixture.post(5, body: "Текст")])
        #expect(state.press(.character("i")) == [.loadProfile(1)])
    }

    static let expectedDirectoryRussian: [String] = [
        " Staffroom   Лента F6  Форумы F2  События F3  Библиотека F4  Люди F7   Сеть шко…",
        " Люди",
        " Участники: 3",
        " Enter профиль  / поиск  1–3 фильтр  0 сброс  i мой профиль  M наставничество",
        "> Анна Смирнова            учитель       Школа № 12, Петр… Литературное чтение…",
        "  Emily Clarke             наставник     Harbourside Academy, A… English, Drama",
        "  Иван Кузнецов            наставник     Лицей № 2, Череп… Математика, Информа…",
        ] + Array(repeating: "", count: 16) + [
        " anna.smirnova@127.0.0.1:8080 · ещё не синхронизировано      ? клавиши  q выход",
        ]
    static let expectedDirectoryEnglish: [String] = [
        " Staffroom   Feed F6  Forums F2  Events F3  Library F4  People F7   Сеть школ «…",
        " People",
        " 3 members",
        " Enter profile  / search  1–3 filter  0 clear  i my profile  M mentoring",
        "> Анна Смирнова            teacher       Школа № 12, Петр… Литературное чтение…",
        "  Emily Clarke             mentor        Harbourside Academy, A… English, Drama",
        "  Иван Кузнецов            mentor        Лицей № 2, Череп… Математика, Информа…",
        ] + Array(repeating: "", count: 16) + [
        " anna.smirnova@127.0.0.1:8080 · not synced yet       Enter open  ? keys  q quit",
        ]
    static let expectedProfileRussian: [String] = [
        " Staffroom   Лента F6  Форумы F2  События F3  Библиотека F4  Люди F7   Сеть шко…",
        " Люди › Иван Кузнецов                                                 наставник",
        " Иван Кузнецов (@ivan.kuznetsov)                       Enter открыть  Esc назад",
        " Роль       наставник",
        " Школа      Лицей № 2, Череповец",
        " Предметы   Математика, Информатика",
        " Классы     7–11 кл.",
        "",
        " Сообщения (12)",
        "> «Медленное чтение» · Попробуйте читать вслух по ролям.                  11:00",
        " Материалы (1)",
        "  Читательский дневник, 3 класс                                          22 ноя",
        ] + Array(repeating: "", count: 11) + [
        " anna.smirnova@127.0.0.1:8080 · ещё не синхронизировано    Esc назад  ? клавиши",
        ]
    static let expectedOwnProfileEnglish: [String] = [
        " Staffroom   Feed F6  Forums F2  Events F3  Library F4  People F7   Сеть школ «…",
        " People › Анна Смирнова                                                 teacher",
        " Анна Смирнова (@anna.smirnova)             Enter open  e edit  m find a mentor",
        " Role       teacher",
        " School     Школа № 12, Петрозаводск",
        " Subjects   Литературное чтение, Русский язык",
        " Grades     grades 1–4",
        "",
        " Веду третий класс. Люблю театр на уроке.",
        "",
        " Posts (12)",
        "> «Медленное чтение» · Попробуйте читать вслух по ролям.                  11:00",
        " Resources (1)",
        "  Читательский дневник, 3 класс                                          Nov 22",
        ] + Array(repeating: "", count: 9) + [
        " anna.smirnova@127.0.0.1:8080 · not synced yet                 Esc back  ? keys",
        ]
    static let expectedFormEnglish: [String] = [
        " Staffroom   Feed F6  Forums F2  Events F3  Library F4  People F7   Сеть школ «…",
        " People › edit your profile",
        " Tab field  Ctrl-S save  Esc put aside",
        "  Subjects   Литературное чтение, Русский язык",
        "  Grades     1-4",
        "  About you  Веду третий класс. Люблю театр на уроке.",
        ] + Array(repeating: "", count: 17) + [
        " anna.smirnova@127.0.0.1:8080 · not synced yet",
        ]
}
