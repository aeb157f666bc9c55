import Foundation
import StaffroomProtocol
import StaffroomStore

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
    case keyOpen, keyMark, keyFilters, keyKeep, keyIgnore, keyDelete, keyLock, keyUndo, keyNote, keyAuditLog, keyWhose, keyWhichAction, keyWhichMember, keyOutcomes
    case outcomesTitle, outcomesEmpty, outcome(ModerationOutcome.Kind)
    case auditTitle, auditEmpty, auditHints
    case auditFilter(moderator: String?, action: ModerationAction?, member: String?)
    case deletedPost
    case noteLabel, noteHint
    /// What a moderator did to a post, as the thread shows it; `mine`: to its author.
    case postNote(PostModeration, mine: Bool)
    /// The choice made so far before acting, and how to go on.
    case choose(ModerationChoice, forum: String?)
    /// The warning's first words.
    case warningTemplate(name: String, topic: String?, reason: String)
    case messageLabel, keyHide, keyEdit, keyMove, keyWarn, keySilence, keySuspend
    case heldLine, appealLine(String), heldShort, appealShort
    case nothingToReview, reviewAlreadyAsked, reviewAsked, appealHints, appealLabel, appealTitle
    case flagTarget(author: String, aboutAuthor: Bool)
    case memberItem(String), memberHeading, onlyForPosts, staffNoteLabel, staffNotesHeading, noStaffNotes, staffNoteQueued, keyStaffNote
    /// A notice from the moderators to the member, its end already formatted.
    case memberNotice(MemberNotice.Kind, text: String, until: String?, lifted: Bool)

    public func text(_ language: Language) -> String {
        let ru = language == .russian
        switch self {
        case .paneTitle: return ru ? "Модерация" : "Moderation"
        case .heading(let count): return ru ? "Ждут решения: \(count)" : "\(count) waiting"
        case .hints: return ru ? "Enter открыть  K оставить  H скрыть  D удалить  L закрыть тему  u отменить" : "Enter open  K keep  H hide  D delete  L lock topic  u undo"
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
            case .hide: return ru ? "скрыть сообщение" : "hide the post"
            case .delete: return ru ? "удалить сообщение" : "delete the post"
            case .edit: return ru ? "исправить сообщение" : "edit the post"
            case .lockTopic: return ru ? "закрыть тему" : "lock the topic"
            case .moveTopic: return ru ? "перенести тему" : "move the topic"
            case .warn: return ru ? "предупредить автора" : "warn the author"
            case .silence: return ru ? "лишить автора слова" : "silence the author"
            case .suspend: return ru ? "заблокировать автора" : "suspend the author"
            }
        case .pressAgain(let action, let count):
            let what = ModerationPhrase.action(action).text(language)
            if count > 1 { return ru ? "нажмите ещё раз: «\(what)» для отмеченных (\(count))" : "press again to \(what) for the \(count) marked" }
            return ru ? "нажмите ещё раз, чтобы \(what)" : "press again to \(what)"
        case .queued(let action, let count):
            let what = ModerationPhrase.action(action).text(language)
            let many = count > 1 ? (ru ? " (жалоб: \(count))" : " (\(count) items)") : ""
            return ru ? "решение «\(what)»\(many) уйдёт при синхронизации (u — отменить)" : "“\(what)”\(many) goes with the sync (u takes it back)"
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
        case .itemHints:
            return ru ? "K оставить  H скрыть  D удалить  E исправить  L закрыть  M перенести  W S X автор  ? ещё"
                      : "K keep  H hide  D delete  E edit  L lock  M move  W S X author  ? more"
        case .keyOpen: return ru ? "открыть жалобу (и взять её в работу)" : "open the item (and claim it)"
        case .keyMark: return ru ? "отметить для общего решения" : "mark for one decision on several"
        case .keyFilters: return ru ? "фильтры: причина, форум, чьи" : "filters: reason, forum, whose claim"
        case .keyNote: return ru ? "причина решения (уйдёт с ним)" : "a reason for the decision (sent with it)"
        case .noteLabel: return ru ? "Причина" : "Reason"
        case .noteHint: return ru ? "N — написать (необязательно)" : "N writes one (optional)"
        case .keyAuditLog: return ru ? "журнал решений" : "the audit log"
        case .keyWhose: return ru ? "решения всех или одного модератора" : "every moderator's decisions, or one's"
        case .keyOutcomes: return ru ? "что стало с решениями с этого устройства" : "what became of this device's decisions"
        case .outcomesTitle: return ru ? "Итоги решений" : "Outcomes"
        case .outcomesEmpty: return ru ? "С этого устройства решений ещё не отправлялось." : "No decision has been sent from this device yet."
        case .outcome(let kind):
            switch kind {
            case .applied: return ru ? "применено" : "applied"
            case .alreadyHandled: return ru ? "уже решено" : "already handled"
            case .refused: return ru ? "отклонено" : "refused"
            }
        case .keyWhichAction: return ru ? "все действия или одно" : "every action, or one"
        case .keyWhichMember: return ru ? "решения о сообщениях всех авторов или одного" : "decisions on every author's posts, or one's"
        case .auditTitle: return ru ? "Журнал решений" : "Audit log"
        case .auditEmpty: return ru ? "Решений пока нет." : "No decisions yet."
        case .auditHints: return ru ? "m модератор  a действие  w автор  Esc назад" : "m moderator  a action  w author  Esc back"
        case .auditFilter(let moderator, let action, let member):
            var parts = [moderator.map { ru ? "решения: \($0)" : "decisions of \($0)" } ?? (ru ? "решения всех модераторов" : "every moderator's decisions")]
            if let action { parts.append(ModerationPhrase.action(action).text(language)) }
            if let member { parts.append(ru ? "автор: \(member)" : "author: \(member)") }
            return parts.joined(separator: " · ")
        case .deletedPost: return ru ? "(сообщение удалено)" : "(the post is deleted)"
        case .keyKeep: return ru ? "оставить сообщение (жалобы отклонены)" : "keep the post (flags rejected)"
        case .keyIgnore: return ru ? "отложить без решения" : "ignore without a verdict"
        case .keyDelete: return ru ? "удалить сообщение (дважды)" : "delete the post (press twice)"
        case .keyLock: return ru ? "закрыть тему (дважды)" : "lock the topic (press twice)"
        case .keyUndo: return ru ? "отменить своё последнее решение" : "take back your last decision"
        case .choose(let choice, let forum):
            let what: String = switch choice {
            case .move: ru ? "перенести тему в «\(forum ?? "")»" : "move the topic to “\(forum ?? "")”"
            case .silence(let days): ru ? "запретить автору писать на \(days) дн." : "silence the author for \(days) day\(days == 1 ? "" : "s")"
            case .suspend(let days): ru ? "заблокировать автора на \(days) дн." : "suspend the author for \(days) day\(days == 1 ? "" : "s")"
            }
            let key = switch choice {
            case .move: "M"
            case .silence: "S"
            case .suspend: "X"
            }
            return ru ? "Enter — \(what); \(key) — другой вариант; Esc — отмена" : "Enter to \(what); \(key) for another choice; Esc cancels"
        case .warningTemplate(let name, let topic, let reason):
            let greeting = name.isEmpty ? (ru ? "Здравствуйте!" : "Hello.") : (ru ? "Здравствуйте, \(name)!" : "Hello, \(name).")
            let what = topic.map { ru ? "Ваше сообщение в теме «\($0)»" : "Your post in “\($0)”" } ?? (ru ? "Ваше поведение в сети" : "Your conduct in the network")
            let body = ru ? " \(what) нарушает правила сети. Пожалуйста, пишите коллегам уважительно и по теме."
                          : " \(what) breaks the network's rules. Please keep to the topic and be respectful to colleagues."
            return greeting + body + (reason.isEmpty ? "" : (ru ? " Причина: \(reason)." : " Reason: \(reason)."))
        case .messageLabel: return ru ? "Предупреждение" : "Warning"
        case .keyHide: return ru ? "скрыть сообщение (автор и модераторы его видят)" : "hide the post (its author and staff still read it)"
        case .keyEdit: return ru ? "исправить сообщение в редакторе (с причиной)" : "edit the post in the editor (with the reason)"
        case .keyMove: return ru ? "перенести тему: форум (ещё раз — другой), Enter" : "move the topic: a forum (again: another), Enter"
        case .keyWarn: return ru ? "предупредить автора: текст по шаблону, Enter" : "warn the author: a message from a template, Enter"
        case .keySilence: return ru ? "запретить автору писать: срок (ещё раз — другой), Enter" : "silence the author: days (again: more), Enter"
        case .keySuspend: return ru ? "заблокировать автора: срок (ещё раз — другой), Enter" : "suspend the author: days (again: more), Enter"
        case .flagTarget(let author, let aboutAuthor):
            let what = aboutAuthor ? (ru ? "жалоба на участника: \(author)" : "flagging the member: \(author)")
                                   : (ru ? "жалоба на сообщение" : "flagging the post")
            return what + (ru ? " (Tab — на " + (aboutAuthor ? "сообщение)" : "автора)") : " (Tab: the " + (aboutAuthor ? "post)" : "author)"))
        case .memberItem(let name): return ru ? "[участник] \(name)" : "[member] \(name)"
        case .memberHeading: return ru ? "Жалоба на участника" : "A member flagged"
        case .onlyForPosts: return ru ? "жалоба на участника, а не на сообщение: E и M здесь ни к чему" : "this item is about a member, not a post: E and M do not apply"
        case .staffNoteLabel: return ru ? "Заметка для модераторов" : "Staff note"
        case .staffNotesHeading: return ru ? "Заметки модераторов об авторе" : "Staff notes on the author"
        case .noStaffNotes: return ru ? "нет (T — написать)" : "none (T writes one)"
        case .staffNoteQueued: return ru ? "заметка уйдёт при синхронизации; её видят только модераторы" : "the note goes with the sync; only staff see it"
        case .keyStaffNote: return ru ? "заметка об авторе для модераторов" : "a staff note on the author"
        case .nothingToReview: return ru ? "пересмотр можно попросить только для своего скрытого или удалённого сообщения"
                                         : "only your own hidden or deleted post can be reviewed again"
        case .reviewAlreadyAsked: return ru ? "вы уже попросили пересмотреть решение" : "you already asked for another review"
        case .reviewAsked: return ru ? "просьба уйдёт модераторам при синхронизации" : "your request goes to the moderators with the sync"
        case .appealHints: return ru ? "Почему решение стоит пересмотреть? Enter — отправить, Esc — отмена" : "Why should they look again? Enter sends, Esc cancels"
        case .appealLabel: return ru ? "Ваши слова: " : "Your words: "
        case .appealTitle: return ru ? "Просьба пересмотреть" : "Ask for another review"
        case .heldShort: return ru ? "ждёт одобрения" : "held"
        case .appealShort: return ru ? "просьба пересмотреть" : "review asked"
        case .heldLine: return ru ? "Первое сообщение нового участника ждёт одобрения (K — одобрить)" : "A new member's post held for approval (K approves)"
        case .appealLine(let words):
            return (ru ? "Автор просит пересмотреть решение" : "The author asks for another review") + (words.isEmpty ? "" : ": " + words)
        case .memberNotice(let kind, let text, let until, let lifted):
            let reason = text.isEmpty ? "" : ": " + text
            if lifted { return ru ? "модератор отменил своё решение о вас" : "a moderator took back a decision about you" }
            switch kind {
            case .warning: return (ru ? "предупреждение модератора" : "a moderator's warning") + reason
            case .silenced:
                return (ru ? "модератор запретил вам писать до \(until ?? "")" : "a moderator silenced you until \(until ?? "")") + reason
            case .suspended:
                return (ru ? "модератор заблокировал вас до \(until ?? "")" : "a moderator suspended you until \(until ?? "")") + reason
            case .postHidden: return (ru ? "модератор скрыл ваше сообщение" : "a moderator hid your post") + reason
            case .postDeleted: return (ru ? "модератор удалил ваше сообщение" : "a moderator deleted your post") + reason
            case .postEdited: return (ru ? "модератор исправил ваше сообщение" : "a moderator edited your post") + reason
            case .topicMoved: return (ru ? "модератор перенёс вашу тему" : "a moderator moved your topic") + reason
            case .postApproved: return ru ? "модератор одобрил ваше сообщение: теперь его видят все" : "a moderator approved your post: everyone sees it now"
            case .postRestored: return (ru ? "модератор вернул ваше сообщение" : "a moderator restored your post") + reason
            }
        case .postNote(let moderation, let mine):
            let reason = moderation.reason.isEmpty ? "" : ": " + moderation.reason
            let what: String = switch moderation.kind {
            case .held: mine ? (ru ? "ждёт одобрения модератора; другие увидят его после" : "waiting for a moderator's approval; others see it once approved")
                             : (ru ? "сообщение ждёт одобрения модератора" : "a post waiting for a moderator's approval")
            case .hidden: (ru ? "скрыто модератором" : "hidden by a moderator") + reason
            case .deleted: (ru ? "удалено модератором" : "deleted by a moderator") + reason
            case .edited: (ru ? "исправлено модератором" : "edited by a moderator") + reason
            }
            guard mine, moderation.kind == .hidden || moderation.kind == .deleted else { return "[\(what)]" }
            let next = moderation.reviewAsked ? (ru ? "вы попросили пересмотреть решение" : "you asked for another review")
                                              : (ru ? "R — попросить пересмотреть" : "R asks for another review")
            return "[\(what)] · \(next)"
        }
    }
}
