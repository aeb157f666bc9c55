import Foundation
import StaffroomProtocol
import StaffroomTerminal

/// The network's events month by month as a plain-text table that reads at 80 columns: planned,
/// begun, held and the share held of those begun, cancelled, registrations and attendance, by kind,
/// with a total for each month of several kinds and for the whole span.
public enum EventStatisticsTable {
    public static func text(_ statistics: EventStatistics, language: Language) -> String {
        let ru = language == .russian
        guard !statistics.rows.isEmpty else {
            return (ru ? "С \(statistics.from) по \(statistics.to) событий не было." : "No events from \(statistics.from) to \(statistics.to).") + "\n"
        }
        let headings = ru ? ["Месяц", "Вид", "План", "Прошло", "Состоялось", "Доля", "Отменено", "Записи", "Пришли"]
                          : ["Month", "Kind", "Plan", "Begun", "Held", "Share", "Cancelled", "Signed up", "Attended"]
        var lines = [headings]
        let months = statistics.rows.map(\.month).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
        for month in months {
            let rows = statistics.rows.filter { $0.month == month }
            for (index, row) in rows.enumerated() {
                lines.append(cells(index == 0 ? month : "", EventPhrase.kind(row.kind).text(language), row))
            }
            if rows.count > 1 { lines.append(cells("", ru ? "всего" : "all kinds", sum(rows, month: month))) }
        }
        if months.count > 1 { lines.append(cells(ru ? "Итого" : "Total", "", sum(statistics.rows, month: ""))) }
        let widths = headings.indices.map { column in lines.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return lines.map { line in
            line.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
                return column < 2 ? cell + padding : padding + cell
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }

    private static func cells(_ month: String, _ kind: String, _ row: EventMonthRow) -> [String] {
        let share = row.due == 0 ? "—" : "\(Int((Double(row.held) * 100 / Double(row.due)).rounded()))%"
        return [month, kind, "\(row.planned)", "\(row.due)", "\(row.held)", share, "\(row.cancelled)", "\(row.registrations)",
                "\(row.attendance)"]
    }

    private static func sum(_ rows: [EventMonthRow], month: String) -> EventMonthRow {
        rows.reduce(into: EventMonthRow(month: month, kind: .seminar)) { total, row in
            total.planned += row.planned
            total.due += row.due
            total.held += row.held
            total.cancelled += row.cancelled
            total.registrations += row.registrations
            total.attendance += row.attendance
        }
    }
}
