import Foundation
import StaffroomProtocol

/// The strings of the Moderation pane and a review item, in English and Russian.
public enum ModerationPhrase: Equatable, Sendable {
    case paneTitle
    case heading(Int)
    case hints
    case empty
    case onlyModerators
    case reason(FlagReason, count: Int)
    case claimedBy(String)
    case itemHeading(topic: String)
    case author
    case score(Int, ReviewStatus)
    case status(ReviewStatus)
    case flagsHeading
    case flagLine(name: String, reason: FlagReason, note: String)
    case aroundHeading
    case recentHeading
    case historyHeading
    case noHistory
    case historyLine(moderator: String, action: ModerationAction, note: String, undone: Bool)
    case action(ModerationAction)
    case pressAgain(ModerationAction, count: Int)
    case queued(ModerationAction, count: Int)
    case filters(reason: FlagReason?, forum: String?, claim: ReviewFilter.Claim, marked: Int)
    case undoQueued
    case undoWithdrawn
    case nothingToUndo
    case itemHints
    case keyOpen, keyMark, keyFilters, keyKeep, keyIgnore, keyDelete, keyLock, keyUndo, keyNote, keyAuditLog, keyWhose
    case auditTitle, auditEmpty, auditHints
    case auditWho(String?)
    case deletedPost
    case noteLabel, noteHint

    public func text(_ language: Language) -> String {
        let ru = language == .russian
        switch self {
        case .paneTitle: return ru ? "Модерация" : "Moderation"
        case .heading(let count): return ru ? "Ждут решения: \(count)" : "\(count) waiting"
        case .hints: return ru ? "Enter открыть  K оставить  I отложить  D удалить  L закрыть тему  U отменить" : "Enter open  K keep  I ignore  D delete  L lock topic  U undo"
        case .empty: return ru ? "Жалоб нет. Спокойной смены!" : "Nothing to review. A calm shift!"
        case .onlyModerators: return ru ? "очередь жалоб видят только модераторы и администраторы" : "only moderators and admins see the review queue"
        case .reason(let reason, let count):
            let name = Phrase.flagReason(reason).text(language)
            return count > 1 ? "\(name) ×\(count)" : name
        case .claimedBy(let name): return ru ? "смотрит \(name)" : "\(name) is on it"
        case .itemHeading(let topic): return ru ? "Жалоба на сообщение в теме «\(topic)»" : "Flagged post in “\(topic)”"
        case .author: return ru ? "Автор" : "Author"
        case .score(let score, let status): return (ru ? "Вес жалоб: \(score)" : "Score \(score)") + " · " + ModerationPhrase.status(status).text(language)
        case .status(let status):
            switch status {
            case .pending: return ru ? "ждёт решения" : "pending"
            case .approved: return ru ? "жалоба принята" : "flags approved"
            case .rejected: return ru ? "сообщение оставлено" : "post kept"
            case .ignored: return ru ? "отложено" : "ignored"
            }
        case .flagsHeading: return ru ? "Жалобы" : "Flags"
        case .flagLine(let name, let reason, let note):
            return "\(name): \(Phrase.flagReason(reason).text(language))" + (note.isEmpty ? "" : " — \(note)")
        case .aroundHeading: return ru ? "Вокруг в теме" : "Around it in the topic"
        case .recentHeading: return ru ? "Другие сообщения автора" : "The author's other posts"
        case .historyHeading: return ru ? "Прежние решения по автору" : "Earlier decisions on the author"
        case .noHistory: return ru ? "прежних решений нет" : "none before"
        case .historyLine(let moderator, let action, let note, let undone):
            return "\(moderator): \(ModerationPhrase.action(action).text(language))" + (note.isEmpty ? "" : " — \(note)")
                + (undone ? (ru ? " (отменено)" : " (undone)") : "")
        case .action(let action):
            switch action {
            case .keep: return ru ? "оставить" : "keep"
            case .ignore: return ru ? "отложить" : "ignore"
            case .delete: return ru ? "удалить сообщение" : "delete the post"
            case .lockTopic: return ru ? "закрыть тему" : "lock the topic"
            }
        case .pressAgain(let action, let count):
            let what = ModerationPhrase.action(action).text(language)
            if count > 1 { return ru ? "нажмите ещё раз: «\(what)» для отмеченных (\(count))" : "press again to \(what) for the \(count) marked" }
            return ru ? "нажмите ещё раз, чтобы \(what)" : "press again to \(what)"
        case .queued(let action, let count):
            let what = ModerationPhrase.action(action).text(language)
            let many = count > 1 ? (ru ? " (жалоб: \(count))" : " (\(count) items)") : ""
            return ru ? "решение «\(what)»\(many) уйдёт при синхронизации (U — отменить)" : "“\(what)”\(many) goes with the sync (U takes it back)"
        case .filters(let reason, let forum, let claim, let marked):
            var parts: [String] = []
            parts.append((ru ? "1 причина: " : "1 reason: ") + (reason.map { Phrase.flagReason($0).text(language) } ?? (ru ? "любая" : "any")))
            parts.append((ru ? "2 форум: " : "2 forum: ") + (forum ?? (ru ? "любой" : "any")))
            let claims = switch claim {
            case .any: ru ? "все" : "all"
            case .unclaimed: ru ? "ничьи" : "unclaimed"
            case .mine: ru ? "мои" : "mine"
            }
            parts.append((ru ? "3 показывать: " : "3 show: ") + claims)
            if marked > 0 { parts.append(ru ? "отмечено: \(marked)" : "\(marked) marked") }
            return parts.joined(separator: "  ")
        case .undoQueued: return ru ? "отмена решения уйдёт при синхронизации" : "the undo goes with the sync"
        case .undoWithdrawn: return ru ? "решение отозвано, оно не было отправлено" : "the decision was withdrawn before it was sent"
        case .nothingToUndo: return ru ? "нечего отменять: ваших решений за последние 10 минут нет" : "nothing to undo: no decision of yours in the last 10 minutes"
        case .itemHints: return ru ? "K оставить  I отложить  D удалить  L закрыть тему  U отменить  Esc назад" : "K keep  I ignore  D delete  L lock topic  U undo  Esc back"
        case .keyOpen: return ru ? "открыть жалобу (и взять её в работу)" : "open the item (and claim it)"
        case .keyMark: return ru ? "отметить для общего решения" : "mark for one decision on several"
        case .keyFilters: return ru ? "фильтры: причина, форум, чьи" : "filters: reason, forum, whose claim"
        case .keyNote: return ru ? "причина решения (уйдёт с ним)" : "a reason for the decision (sent with it)"
        case .noteLabel: return ru ? "Причина" : "Reason"
        case .noteHint: return ru ? "N — написать (необязательно)" : "N writes one (optional)"
        case .keyAuditLog: return ru ? "журнал решений" : "the audit log"
        case .keyWhose: return ru ? "решения всех или одного модератора" : "every moderator's decisions, or one's"
        case .auditTitle: return ru ? "Журнал решений" : "Audit log"
        case .auditEmpty: return ru ? "Решений пока нет." : "No decisions yet."
        case .auditHints: return ru ? "m — чьи решения  Esc назад" : "m whose decisions  Esc back"
        case .auditWho(let name): return name.map { ru ? "решения: \($0)" : "decisions of \($0)" } ?? (ru ? "решения всех модераторов" : "every moderator's decisions")
        case .deletedPost: return ru ? "(сообщение удалено)" : "(the post is deleted)"
        case .keyKeep: return ru ? "оставить сообщение (жалобы отклонены)" : "keep the post (flags rejected)"
        case .keyIgnore: return ru ? "отложить без решения" : "ignore without a verdict"
        case .keyDelete: return ru ? "удалить сообщение (дважды)" : "delete the post (press twice)"
        case .keyLock: return ru ? "закрыть тему (дважды)" : "lock the topic (press twice)"
        case .keyUndo: return ru ? "отменить своё последнее решение" : "take back your last decision"
        }
    }
}
