import Foundation
import StaffroomProtocol
import StaffroomTerminal

/// The network's pulse as lines that read at 80 columns and in monochrome: the figures in words
/// and numbers, with sparklines of the weeks and bars of shares beside them. `staffroom stats`
/// prints them; the Dashboard shows them.
public enum NetworkPulseText {
    /// A line and whether it heads a section.
    public struct Line: Equatable, Sendable {
        public var text: String
        public var isHeading: Bool
    }

    public static func lines(_ pulse: NetworkPulse, language: Language, dates: DateText) -> [Line] {
        let ru = language == .russian
        var lines: [Line] = []
        func heading(_ text: String) { lines.append(Line(text: text, isHeading: true)) }
        func row(_ text: String) { lines.append(Line(text: text, isHeading: false)) }
        let first = pulse.weeks.first.map(dates.day) ?? ""
        row(ru ? "Недель: \(pulse.weeks.count), с \(first) · данные на \(dates.full(pulse.generatedAt))"
               : "\(pulse.weeks.count) weeks from \(first) · figures as of \(dates.full(pulse.generatedAt))")
        row("")
        let share = TextCharts.percent(pulse.activeMembers, of: pulse.members).map { " (\($0)%)" } ?? ""
        heading(ru ? "Участники: активны \(pulse.activeMembers) из \(pulse.members)\(share) за \(NetworkPulse.activeDays) дней"
                   : "Members: \(pulse.activeMembers) of \(pulse.members) active\(share) in \(NetworkPulse.activeDays) days")
        for school in pulse.schools {
            let percent = TextCharts.percent(school.active, of: school.members).map { "\($0)%" } ?? ""
            let name = TextLayout.fitted(school.school, width: 34)
            let count = TextLayout.rightAligned("\(school.active)/\(school.members)", width: 7)
            let bar = TextCharts.bar(school.active, of: school.members, width: 20)
            row("  \(name) \(count)  \(bar) \(TextLayout.rightAligned(percent, width: 4))")
        }
        row("")
        heading(ru ? "Форумы: сообщения по неделям, всего тем и сообщений" : "Forums: posts week by week, topics and posts in all")
        for forum in pulse.forums {
            let topics = forum.topicsPerWeek.reduce(0, +), posts = forum.postsPerWeek.reduce(0, +)
            let totals = CountedNoun.topic.counted(topics, in: language) + ", " + CountedNoun.post.counted(posts, in: language)
            row("  \(TextLayout.fitted(forum.title, width: 34)) \(TextCharts.sparkline(forum.postsPerWeek))  \(totals)")
        }
        row("")
        let questions = pulse.questions
        let answeredShare = TextCharts.percent(questions.answered, of: questions.asked).map { " (\($0)%)" } ?? ""
        heading(ru ? "Вопросы: задано \(questions.asked), с ответом \(questions.answered)\(answeredShare), принято \(questions.accepted)"
                   : "Questions: \(questions.asked) asked, \(questions.answered) answered\(answeredShare), \(questions.accepted) accepted")
        let median = questions.medianSecondsToAnswer.map { ModerationStatisticsTable.duration(TimeInterval($0), ru: ru) } ?? "—"
        row(ru ? "  Медиана до первого ответа: \(median)" : "  Median time to a first answer: \(median)")
        row("")
        heading(ru ? "События: запланировано / прошло / проведено (доля проведённых из прошедших)"
                   : "Events: planned / begun / held (the share held of those begun)")
        for month in pulse.events {
            let percent = TextCharts.percent(month.held, of: month.due).map { "\($0)%" } ?? ""
            let name = TextLayout.fitted(monthTitle(month.month, language: language), width: 16)
            let counts = TextLayout.rightAligned("\(month.planned) / \(month.due) / \(month.held)", width: 12)
            let bar = TextCharts.bar(month.held, of: month.due, width: 20)
            row("  \(name) \(counts)  \(bar) \(TextLayout.rightAligned(percent, width: 4))")
        }
        row("")
        let downloads = pulse.downloadsPerWeek.reduce(0, +)
        heading(ru ? "Скачивания по неделям: \(TextCharts.sparkline(pulse.downloadsPerWeek))  всего \(downloads)"
                   : "Downloads week by week: \(TextCharts.sparkline(pulse.downloadsPerWeek))  \(downloads) in all")
        for resource in pulse.topResources {
            row("  \(TextLayout.fitted(resource.title, width: 60)) \(TextLayout.rightAligned("\(resource.downloads)", width: 5))")
        }
        return lines
    }

    /// The lines as text, for the terminal or a file.
    public static func text(_ pulse: NetworkPulse, language: Language, timeZone: TimeZone) -> String {
        let dates = DateText(language: language, timeZone: timeZone)
        return lines(pulse, language: language, dates: dates).map(\.text).map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            .joined(separator: "\n") + "\n"
    }

    /// "Ноябрь 2026" for `2026-11`.
    private static func monthTitle(_ key: String, language: Language) -> String {
        let parts = key.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, (1...12).contains(parts[1]) else { return key }
        return CalendarText(language: language).monthTitle(month: parts[1], year: parts[0])
    }
}
