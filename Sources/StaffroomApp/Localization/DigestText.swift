import Foundation
import StaffroomProtocol
import StaffroomStore

/// `staffroom digest` as plain text for a mail, a printer or a terminal: the member's own news of
/// the kinds they asked to have in the digest, the forums' new topics
/// and replies with their busiest topics, the events of the coming two weeks with the member's
/// answer, the resources shared, and the questions nobody has answered; each section says so when
/// it is empty. Lines stay within 80 columns where the titles allow.
public enum DigestText {
    public static func text(_ digest: Digest, network: String?, member: String, now: Date, dates: DateText) -> String {
        let ru = dates.language == .russian
        var lines: [String] = []
        lines.append((ru ? "Staffroom: сводка" : "Staffroom digest") + (network.map { " · \($0)" } ?? "") + " · \(member)")
        lines.append((ru ? "С " : "Since ") + dates.full(digest.since) + (ru ? " по " : " to ") + dates.full(now))
        if let forYou = digest.forYou {
            lines.append("")
            lines.append(ru ? "Для вас" : "For you")
            if forYou.isEmpty { lines.append(ru ? "  Ничего нового." : "  Nothing new.") }
            for entry in forYou { lines.append("  • " + FeedPhrase.entry(entry).text(dates.language)) }
        }
        lines.append("")
        lines.append(ru ? "Форумы" : "Forums")
        if digest.forums.isEmpty { lines.append(ru ? "  Новых тем и ответов нет." : "  No new topics or replies.") }
        for forum in digest.forums {
            lines.append("  \(forum.forumTitle): " + (ru ? "новых тем \(forum.newTopics), ответов \(forum.replies)"
                                                         : "\(forum.newTopics) new topic\(forum.newTopics == 1 ? "" : "s"), \(forum.replies) repl\(forum.replies == 1 ? "y" : "ies")"))
            for topic in forum.topics {
                let mark = topic.isNew ? (ru ? " (новая)" : " (new)") : ""
                lines.append("    • \(topic.title)\(mark) — " + (ru ? "сообщений: \(topic.posts)" : "\(topic.posts) post\(topic.posts == 1 ? "" : "s")"))
            }
        }
        lines.append("")
        lines.append(ru ? "Ближайшие две недели" : "The next two weeks")
        if digest.upcoming.isEmpty { lines.append(ru ? "  Событий нет." : "  No events.") }
        for summary in digest.upcoming {
            let answer = (summary.unsentResponse ?? summary.rsvp?.response).map { " — " + EventPhrase.response($0).text(dates.language) } ?? ""
            lines.append("  \(dates.full(summary.event.startsAt))  \(summary.event.title)\(answer)")
        }
        lines.append("")
        lines.append(ru ? "Новое в библиотеке" : "New in the library")
        if digest.resources.isEmpty { lines.append(ru ? "  Новых материалов нет." : "  No new resources.") }
        for (resource, author) in digest.resources {
            lines.append("  • \(resource.title) — \(author) (\(ResourcePhrase.type(resource.type).text(dates.language)))")
        }
        lines.append("")
        lines.append(ru ? "Вопросы без ответа" : "Unanswered questions")
        if digest.unanswered.isEmpty { lines.append(ru ? "  Все вопросы получили ответ." : "  Every question has an answer.") }
        for question in digest.unanswered {
            lines.append("  • \(question.title) — \(question.forumTitle), " + (ru ? "спросил(а) \(question.askerName) \(dates.day(question.askedAt))"
                                                                               : "asked by \(question.askerName) on \(dates.day(question.askedAt))"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
