import Foundation
import StaffroomProtocol
import StaffroomStore

/// The strings of the People pane, a member's profile and the form that edits one's own, in
/// English and Russian.
public enum PeoplePhrase: Equatable, Sendable {
    case paneTitle
    case heading(shown: Int)
    case picked(DirectoryFacet, String)
    case hints
    case searchLabel
    case searchHints
    case empty
    case emptyFiltered
    case facet(DirectoryFacet)
    case facetTitle(DirectoryFacet)
    case role(Role)
    case gradesList([Int])
    case roleLabel, schoolLabel, subjectsLabel, gradesLabel, aboutLabel
    case posts(Int)
    case resources(Int)
    case noPosts
    case unknownMember
    case profileHints(own: Bool)
    case formHints
    case formLabel(ProfileFormField)
    case placeholder(ProfileFormField)
    case problem(ProfileFormProblem)
    case fix(String)
    case saved
    case keyOpen, keyFacets, keyClear, keySearch, keyMyProfile, keyEditProfile, keyAuthor
    case consultationsLabel

    public func text(_ language: Language) -> String {
        let ru = language == .russian
        switch self {
        case .paneTitle: return ru ? "Люди" : "People"
        case .heading(let shown): return ru ? "Участники: \(shown)" : shown == 1 ? "1 member" : "\(shown) members"
        case .picked(let facet, let value): return PeoplePhrase.facet(facet).text(language) + ": " + value
        case .hints: return ru ? "Enter профиль  / поиск  1–3 фильтр  0 сброс  i мой профиль  M наставничество"
                              : "Enter profile  / search  1–3 filter  0 clear  i my profile  M mentoring"
        case .searchLabel: return ru ? "Поиск: " : "Search: "
        case .searchHints: return ru ? "Enter готово  Esc отменить" : "Enter done  Esc cancel"
        case .empty: return ru ? "Участников пока нет на устройстве: синхронизируйте (r)." : "No members on this device yet: sync (r)."
        case .emptyFiltered: return ru ? "Никого не нашлось; 0 сбрасывает фильтры." : "No one matches; 0 clears the filters."
        case .facet(let facet):
            switch facet {
            case .school: return ru ? "школа" : "school"
            case .subject: return ru ? "предмет" : "subject"
            case .role: return ru ? "роль" : "role"
            }
        case .facetTitle(let facet): return (ru ? "Фильтр: " : "Filter: ") + PeoplePhrase.facet(facet).text(language)
        case .role(let role):
            switch role {
            case .teacher: return ru ? "учитель" : "teacher"
            case .mentor: return ru ? "наставник" : "mentor"
            case .moderator: return ru ? "модератор" : "moderator"
            case .admin: return ru ? "администратор" : "admin"
            }
        case .gradesList(let grades):
            guard !grades.isEmpty else { return "" }
            let list = EventFormInput.gradesText(grades).replacingOccurrences(of: "-", with: "–")
            return ru ? "\(list) кл." : (grades.count == 1 ? "grade " : "grades ") + list
        case .roleLabel: return ru ? "Роль" : "Role"
        case .schoolLabel: return ru ? "Школа" : "School"
        case .subjectsLabel: return ru ? "Предметы" : "Subjects"
        case .gradesLabel: return ru ? "Классы" : "Grades"
        case .aboutLabel: return ru ? "О себе" : "About"
        case .posts(let count): return ru ? "Сообщения (\(count))" : "Posts (\(count))"
        case .resources(let count): return ru ? "Материалы (\(count))" : "Resources (\(count))"
        case .noPosts: return ru ? "Сообщений и материалов на устройстве нет." : "No posts or resources on this device."
        case .unknownMember: return ru ? "Этого участника нет на устройстве: синхронизируйте (r)." : "This member is not on this device: sync (r)."
        case .profileHints(let own):
            return own ? (ru ? "Enter открыть  e изменить  m найти наставника" : "Enter open  e edit  m find a mentor")
                : (ru ? "Enter открыть  Esc назад" : "Enter open  Esc back")
        case .formHints: return ru ? "Tab поле  Ctrl-S сохранить  Esc отложить" : "Tab field  Ctrl-S save  Esc put aside"
        case .formLabel(let field):
            switch field {
            case .subjects: return ru ? "Предметы" : "Subjects"
            case .grades: return ru ? "Классы" : "Grades"
            case .bio: return ru ? "О себе" : "About you"
            }
        case .placeholder(let field):
            switch field {
            case .subjects: return ru ? "через запятую: Русский язык, Литература" : "separated by commas: English, Drama"
            case .grades: return ru ? "например 5-9, 11" : "such as 5-9, 11"
            case .bio: return ru ? "несколько слов о себе и о том, чем вы можете помочь коллегам"
                                 : "a few words about yourself and how you can help colleagues"
            }
        case .problem(let problem):
            switch problem {
            case .badGrades: return ru ? "классы — числа от 1 до 11: 5-9, 11" : "grades are numbers 1 to 11: 5-9, 11"
            case .profile(.tooManySubjects(let count)):
                return ru ? "предметов \(count), можно не больше \(ProfileLimits.subjects)" : "\(count) subjects; at most \(ProfileLimits.subjects)"
            case .profile(.badSubject(let subject)):
                return ru ? "предмет «\(subject)» пуст или длиннее \(ProfileLimits.subjectLength) знаков"
                    : "subject “\(subject)” is empty or over \(ProfileLimits.subjectLength) characters"
            case .profile(.gradeOutOfRange(let grade)):
                return ru ? "класса \(grade) нет: классы с 1 по 11" : "there is no grade \(grade): grades are 1 to 11"
            case .profile(.bioTooLong(let count)):
                return ru ? "\(count) знаков, можно не больше \(ProfileLimits.bioLength)" : "\(count) characters; at most \(ProfileLimits.bioLength)"
            }
        case .fix(let problem): return (ru ? "исправьте: " : "to fix: ") + problem
        case .saved: return ru ? "профиль сохранён; уйдёт на сервер при синхронизации" : "profile saved; it goes to the server with the next sync"
        case .keyOpen: return ru ? "открыть профиль, сообщение или материал" : "open a profile, a post or a resource"
        case .keyFacets: return ru ? "фильтр по школе, предмету, роли" : "filter by school, subject, role"
        case .keyClear: return ru ? "сбросить фильтры" : "clear the filters"
        case .keySearch: return ru ? "поиск по имени, школе, предмету" : "search names, schools, subjects"
        case .keyMyProfile: return ru ? "мой профиль" : "my profile"
        case .keyEditProfile: return ru ? "изменить свой профиль" : "edit your profile"
        case .keyAuthor: return ru ? "профиль автора сообщения" : "the post author's profile"
        case .consultationsLabel: return ru ? "Консультации" : "Consultations"
        }
    }
}
