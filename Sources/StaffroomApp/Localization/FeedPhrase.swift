import Foundation
import StaffroomProtocol
import StaffroomStore

/// The strings of the Feed pane, in English and Russian.
public enum FeedPhrase: Equatable, Sendable {
    case paneTitle
    case unread(Int)
    case hints
    case empty
    case divider
    case allRead
    case notHere
    case kindFilter(FeedKind?)
    case kind(FeedKind)
    /// One entry's line: who did what, where.
    case entry(FeedEntry)
    case keyOpen, keyMarkRead, keyMarkAllRead, keyKind, keySettings, keyLevel
    case settingsTitle, settingsHints, settingsHeading
    case notificationKind(NotificationKind)
    case level(NotificationLevel)

    public func text(_ language: Language) -> String {
        let ru = language == .russian
        switch self {
        case .paneTitle: return ru ? "Лента" : "Feed"
        case .unread(let count): return count == 0 ? "" : (ru ? "новых: \(count)" : "\(count) new")
        case .hints: return ru ? "Enter открыть  m прочитано  M всё  1 вид  s настройки" : "Enter open  m read  M all read  1 kind  s settings"
        case .empty: return ru ? "Пока ничего нового. Ответы вам, упоминания и новости событий появятся здесь."
                              : "Nothing new yet. Replies to you, mentions and news of your events will appear here."
        case .divider: return ru ? "прочитанное раньше" : "before your last visit"
        case .allRead: return ru ? "всё в ленте отмечено прочитанным" : "everything in the feed is marked read"
        case .notHere: return ru ? "этого ещё нет на устройстве: синхронизируйте (r)" : "that is not on this device yet: sync (r)"
        case .kindFilter(let kind): return (ru ? "1 показывать: " : "1 show: ") + (kind.map { FeedPhrase.kind($0).text(language) } ?? (ru ? "всё" : "everything"))
        case .kind(let kind):
            switch kind {
            case .reply: return ru ? "ответы" : "replies"
            case .mention: return ru ? "упоминания" : "mentions"
            case .newTopic: return ru ? "новые темы" : "new topics"
            case .answer: return ru ? "принятые ответы" : "accepted answers"
            case .eventChanged: return ru ? "события" : "events"
            case .booking, .bookingCancelled: return ru ? "записи на консультации" : "bookings"
            case .moderation: return ru ? "модерация" : "moderation"
            case .newEvent: return ru ? "новые события" : "new events"
            case .newResource: return ru ? "новые материалы" : "new resources"
            case .reminder: return ru ? "напоминания" : "reminders"
            }
        case .entry(let entry): return Self.line(entry, ru: ru, language: language)
        case .keyOpen: return ru ? "открыть там, где это было" : "open it where it happened"
        case .keyMarkRead: return ru ? "отметить прочитанным" : "mark read"
        case .keyMarkAllRead: return ru ? "отметить всё прочитанным" : "mark everything read"
        case .keySettings: return ru ? "что показывать в ленте и в сводке" : "what the feed and the digest show"
        case .keyLevel: return ru ? "выключено → в ленте → в ленте и в сводке" : "off → in the feed → in the feed and the digest"
        case .settingsTitle: return ru ? "Уведомления" : "Notifications"
        case .settingsHints: return ru ? "Enter изменить  Esc назад" : "Enter change  Esc back"
        case .settingsHeading: return ru ? "Что и где вам показывать (staffroom digest печатает сводку)" : "What reaches you, and where (staffroom digest prints the digest)"
        case .notificationKind(let kind):
            switch kind {
            case .reply: return ru ? "Ответы после ваших сообщений" : "Replies after your posts"
            case .mention: return ru ? "Упоминания (@имя)" : "Mentions (@name)"
            case .newTopic: return ru ? "Новые темы в отслеживаемых форумах" : "New topics in forums you watch"
            case .answer: return ru ? "Принятые ответы на ваши вопросы" : "Answers accepted in your questions"
            case .eventChanged: return ru ? "Изменения событий, на которые вы идёте" : "Changes to events you go to"
            case .booking: return ru ? "Записи на ваши консультации" : "Bookings of your consultations"
            case .moderation: return ru ? "Решения модераторов о вас" : "What the moderators tell you"
            case .newEvent: return ru ? "Новые события по вашим предметам" : "New events for your subjects"
            case .newResource: return ru ? "Новые материалы по вашим предметам" : "New resources for your subjects"
            case .reminder: return ru ? "Напоминания за сутки и за час до ваших событий" : "Reminders a day and an hour before your events"
            }
        case .level(let level):
            switch level {
            case .off: return ru ? "выключено" : "off"
            case .feed: return ru ? "в ленте" : "in the feed"
            case .digest: return ru ? "в ленте и в сводке" : "in the feed and the digest"
            }
        case .keyKind: return ru ? "что показывать: всё или один вид" : "show everything, or one kind"
        }
    }

    private static func line(_ entry: FeedEntry, ru: Bool, language: Language) -> String {
        let who = entry.actorName ?? "?"
        let words = entry.text.isEmpty ? "" : ": " + entry.text
        switch entry.kind {
        case .reply: return (ru ? "\(who) ответил(а) в «\(entry.title)»" : "\(who) replied in “\(entry.title)”") + words
        case .mention: return (ru ? "\(who) упомянул(а) вас в «\(entry.title)»" : "\(who) mentioned you in “\(entry.title)”") + words
        case .newTopic: return (ru ? "Новая тема «\(entry.title)» от \(who)" : "New topic “\(entry.title)” by \(who)") + words
        case .answer: return (ru ? "В вашем вопросе «\(entry.title)» принят ответ \(who)" : "An answer by \(who) was accepted in “\(entry.title)”") + words
        case .eventChanged:
            let what = entry.text.split(separator: " ").map { part -> String in
                switch part {
                case "time": return ru ? "время" : "time"
                case "place": return ru ? "место" : "place"
                case "series": return ru ? "расписание" : "schedule"
                default:
                    let status = EventStatus(rawValue: String(part.dropFirst("status:".count)))
                    return status == .cancelled ? (ru ? "отменено" : "cancelled") : (ru ? "статус" : "status")
                }
            }.joined(separator: ", ")
            return (ru ? "Событие «\(entry.title)» изменилось: " : "“\(entry.title)” changed: ") + what
        case .booking: return (ru ? "\(who) записался(-ась) на «\(entry.title)»" : "\(who) booked “\(entry.title)”") + words
        case .bookingCancelled: return ru ? "Запись на «\(entry.title)» отменена (\(who))" : "A booking of “\(entry.title)” was cancelled (\(who))"
        case .newEvent: return ru ? "Новое событие по вашему предмету: «\(entry.title)» (\(who))" : "A new event for your subject: “\(entry.title)” (\(who))"
        case .newResource: return ru ? "Новый материал по вашему предмету: «\(entry.title)» (\(who))" : "A new resource for your subject: “\(entry.title)” (\(who))"
        case .reminder:
            let soon = entry.text == FeedLimits.reminderLabel(FeedLimits.reminderLeads[1])
            return ru ? "Напоминание: «\(entry.title)» " + (soon ? "через час" : "через сутки")
                : "Reminder: “\(entry.title)” " + (soon ? "starts in an hour" : "starts in a day")
        case .moderation:
            let notice = ModerationPhrase.memberNotice(entry.noticeKind ?? .warning, text: entry.text, until: nil, lifted: false).text(language)
            let topic = entry.title.isEmpty ? "" : (ru ? " («\(entry.title)»)" : " (“\(entry.title)”)")
            return notice.prefix(1).uppercased() + notice.dropFirst() + topic
        }
    }
}
