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
    case mentorshipsLabel, consultationsLabel
    /// A pairing on a profile: `since` is the day it began, as shown.
    case mentorLine(MentorshipSummary, of: Int64, since: String)
    case mentoringTitle
    case mentoringHeading(Int)
    case mentoringHints(answers: Bool)
    case mentoringEmpty
    case mentorshipRow(MentorshipSummary)
    case status(MentorshipStatus)
    case assign(name: String, subjects: String)
    case noMentors
    case pressAgainToEnd
    case requestTitle(mentor: String?)
    case requestHints
    case requestLabel(MentorRequestField)
    case requestPlaceholder(MentorRequestField)
    case requestProblem(MentorRequestProblem)
    case requestQueued
    case answered(accepted: Bool)
    case endQueued
    case keyMentoring, keyAskMentor, keyAccept, keyDecline, keyEnd
    case pulseTitle, pulseHints
    case pulseFailed(String)
    case keyPulse, keyScroll, keyPulseAgain

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
        case .mentorshipsLabel: return ru ? "Наставничество" : "Mentoring"
        case .consultationsLabel: return ru ? "Консультации" : "Consultations"
        case .mentorLine(let item, let userID, let since):
            let pair = item.mentorship
            if pair.menteeID == userID {
                return (ru ? "наставник: " : "mentor: ") + (item.mentorName ?? "?") + " · \(pair.subject)" + (since.isEmpty ? "" : (ru ? " · с " : " · since ") + since)
            }
            return (ru ? "наставляет: " : "mentors: ") + item.menteeName + " · \(pair.subject)" + (since.isEmpty ? "" : (ru ? " · с " : " · since ") + since)
        case .mentoringTitle: return ru ? "Наставничество" : "Mentoring"
        case .mentoringHeading(let count): return ru ? "Просьбы и пары: \(count)" : "\(count) requests and pairs"
        case .mentoringHints(let answers):
            return answers ? (ru ? "Enter открыть тему  y принять  n отклонить  x завершить  Esc назад" : "Enter open the thread  y accept  n decline  x end  Esc back")
                : (ru ? "Enter открыть тему  x отозвать или завершить  Esc назад" : "Enter open the thread  x take back or end  Esc back")
        case .mentoringEmpty: return ru ? "Просьб о наставнике пока нет. m в профиле наставника — попросить его."
                                       : "No requests for mentors yet. m on a mentor's profile asks them."
        case .mentorshipRow(let item):
            let pair = item.mentorship
            let grade = pair.grade.map { ru ? ", \($0) кл." : ", grade \($0)" } ?? ""
            return PeoplePhrase.status(pair.status).text(language) + " · " + item.menteeName + " → "
                + (item.mentorName ?? (ru ? "наставник не назначен" : "no mentor yet")) + " · " + pair.subject + grade
        case .status(let status):
            switch status {
            case .requested: return ru ? "ждёт ответа" : "waiting"
            case .active: return ru ? "идёт" : "active"
            case .declined: return ru ? "отклонена" : "declined"
            case .withdrawn: return ru ? "отозвана" : "taken back"
            case .ended: return ru ? "завершено" : "ended"
            }
        case .assign(let name, let subjects):
            return (ru ? "назначить: " : "assign: ") + name + (subjects.isEmpty ? "" : " (\(subjects))")
                + (ru ? " — y другой, Enter принять, Esc отмена" : " — y another, Enter accept, Esc cancel")
        case .noMentors: return ru ? "в сети нет наставников" : "the network has no mentors"
        case .pressAgainToEnd: return ru ? "x ещё раз — завершить" : "press x again to end it"
        case .requestTitle(let mentor):
            return mentor.map { ru ? "Попросить о наставничестве: \($0)" : "Ask \($0) to mentor you" }
                ?? (ru ? "Найти наставника (ответят координаторы сети)" : "Find a mentor (the network's coordinators answer)")
        case .requestHints: return ru ? "Tab поле  Ctrl-S отправить  Esc отменить" : "Tab field  Ctrl-S send  Esc cancel"
        case .requestLabel(let field):
            switch field {
            case .subject: return ru ? "Предмет" : "Subject"
            case .grade: return ru ? "Класс" : "Grade"
            case .note: return ru ? "О чём" : "About"
            }
        case .requestPlaceholder(let field):
            switch field {
            case .subject: return ru ? "в чём нужна помощь: Химия" : "what you need help with: Chemistry"
            case .grade: return ru ? "необязательно: 9" : "optional: 9"
            case .note: return ru ? "пара слов наставнику: с чем трудно, чего хотите добиться" : "a few words for the mentor: what is hard, what you want to reach"
            }
        case .requestProblem(let problem):
            switch problem {
            case .noSubject: return ru ? "назовите предмет (до \(MentorshipLimits.subjectLength) знаков)" : "name the subject (up to \(MentorshipLimits.subjectLength) characters)"
            case .badGrade: return ru ? "класс — число от 1 до 11" : "a grade is a number from 1 to 11"
            case .noteTooLong(let count): return ru ? "\(count) знаков, можно не больше \(MentorshipLimits.noteLength)" : "\(count) characters; at most \(MentorshipLimits.noteLength)"
            }
        case .requestQueued: return ru ? "просьба уйдёт при синхронизации; ответ появится в M (Люди)" : "the request goes with the next sync; the answer shows under M (People)"
        case .answered(let accepted):
            return accepted ? (ru ? "принято; тема пары появится после синхронизации" : "accepted; the pair's thread appears after the sync")
                : (ru ? "просьба отклонена" : "request declined")
        case .endQueued: return ru ? "завершено" : "ended"
        case .keyMentoring: return ru ? "наставничество: просьбы и пары" : "mentoring: requests and pairs"
        case .keyAskMentor: return ru ? "попросить о наставничестве" : "ask for a mentor"
        case .keyAccept: return ru ? "принять просьбу" : "accept a request"
        case .keyDecline: return ru ? "отклонить просьбу" : "decline a request"
        case .keyEnd: return ru ? "отозвать просьбу или завершить" : "take a request back or end a pairing"
        case .pulseTitle: return ru ? "Пульс сети" : "The network's pulse"
        case .pulseHints: return ru ? "↑↓ листать  g обновить  Esc назад" : "↑↓ scroll  g again  Esc back"
        case .pulseFailed(let reason): return (ru ? "Пульс сети не получен: " : "The pulse could not be read: ") + reason
        case .keyPulse: return ru ? "пульс сети: участие, форумы, вопросы, события" : "the network's pulse: members, forums, questions, events"
        case .keyScroll: return ru ? "листать" : "scroll"
        case .keyPulseAgain: return ru ? "спросить сервер снова" : "ask the server again"
        }
    }
}
