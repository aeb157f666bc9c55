import Foundation
import StaffroomProtocol
import StaffroomStore

/// The strings of mentoring: the pairings on profiles, the mentoring list, and the request for
/// a mentor, in English and Russian.
public enum MentoringPhrase: Equatable, Sendable {
    case mentorshipsLabel
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

    public func text(_ language: Language) -> String {
        let ru = language == .russian
        switch self {
        case .mentorshipsLabel: return ru ? "Наставничество" : "Mentoring"
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
            return MentoringPhrase.status(pair.status).text(language) + " · " + item.menteeName + " → "
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
        }
    }
}
