import Foundation
import StaffroomProtocol
import StaffroomTerminal

/// The review queue's metrics as plain text that reads at 80 columns: what waits and for how long,
/// how fast items get a first action, then a table of each moderator's actions week by week.
public enum ModerationStatisticsTable {
    public static func text(_ statistics: ModerationStatistics, language: Language) -> String {
        let ru = language == .russian
        var lines: [String] = []
        let oldest = statistics.oldestPendingSince.map { duration(statistics.generatedAt.timeIntervalSince($0), ru: ru) }
        lines.append((ru ? "Ждут решения: " : "Pending: ") + "\(statistics.pending)"
                     + (oldest.map { ru ? " (старейшая жалоба ждёт \($0))" : " (the oldest for \($0))" } ?? ""))
        let median = statistics.medianSecondsToFirstAction.map { duration(TimeInterval($0), ru: ru) } ?? "—"
        lines.append((ru ? "Медиана до первого решения: " : "Median time to a first action: ") + median
                     + (ru ? " (решено жалоб: \(statistics.firstActions))" : " (\(statistics.firstActions) items first acted on)"))
        lines.append("")
        guard !statistics.moderators.isEmpty else {
            lines.append(ru ? "За эти недели решений не было." : "No actions in these weeks.")
            return lines.joined(separator: "\n") + "\n"
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "dd.MM"
        // At 80 columns the name and about eight weeks fit; older weeks give way.
        let shown = Array(statistics.weeks.indices.suffix(8))
        var table = [[ru ? "Модератор" : "Moderator"] + shown.map { formatter.string(from: statistics.weeks[$0]) } + [ru ? "Всего" : "Total"]]
        for moderator in statistics.moderators {
            table.append([moderator.name] + shown.map { "\(moderator.actionsPerWeek[$0])" }
                         + ["\(shown.reduce(0) { $0 + moderator.actionsPerWeek[$1] })"])
        }
        let widths = table[0].indices.map { column in table.map { DisplayWidth.of(TextLayout.truncate($0[column], width: 20)) }.max() ?? 0 }
        lines += table.map { row in
            row.enumerated().map { column, cell in
                let text = TextLayout.truncate(cell, width: 20)
                let padding = String(repeating: " ", count: widths[column] - DisplayWidth.of(text))
                return column == 0 ? text + padding : padding + text
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "3 d 4 h", "5 h 10 min", "12 min", "40 s".
    static func duration(_ seconds: TimeInterval, ru: Bool) -> String {
        let total = max(0, Int(seconds.rounded()))
        let (days, hours, minutes) = (total / 86_400, total % 86_400 / 3_600, total % 3_600 / 60)
        if days > 0 { return ru ? "\(days) дн. \(hours) ч" : "\(days) d \(hours) h" }
        if hours > 0 { return ru ? "\(hours) ч \(minutes) мин" : "\(hours) h \(minutes) min" }
        if minutes > 0 { return ru ? "\(minutes) мин" : "\(minutes) min" }
        return ru ? "\(total) с" : "\(total) s"
    }
}
