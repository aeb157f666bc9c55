import Foundation
import Testing
import StaffroomProtocol
import StaffroomTerminal
@testable import StaffroomApp

/// `staffroom stats events` as text: columns that line up at 80 columns, in Russian and English.
@Suite struct EventStatisticsTableTests {
    private static let statistics = EventStatistics(from: "2026-09", to: "2026-11", rows: [
        EventMonthRow(month: "2026-09", kind: .seminar, planned: 2, due: 2, held: 1, cancelled: 0, registrations: 5, attendance: 2),
        EventMonthRow(month: "2026-09", kind: .webinar, planned: 1, due: 1, held: 0, cancelled: 1, registrations: 0, attendance: 0),
        EventMonthRow(month: "2026-11", kind: .masterClass, planned: 12, due: 4, held: 3, cancelled: 0, registrations: 96, attendance: 71),
    ])

    @Test func russianTableWithTotals() {
        #expect(EventStatisticsTable.text(Self.statistics, language: .russian) == """
            Месяц    Вид           План  Прошло  Состоялось  Доля  Отменено  Записи  Пришли
            2026-09  семинар          2       2           1   50%         0       5       2
                     вебинар          1       1           0    0%         1       0       0
                     всего            3       3           1   33%         1       5       2
            2026-11  мастер-класс    12       4           3   75%         0      96      71
            Итого                    15       7           4   57%         1     101      73

            """)
        let widest = EventStatisticsTable.text(Self.statistics, language: .russian).split(separator: "\n").map { DisplayWidth.of($0) }.max()
        #expect((widest ?? 0) <= 80)
    }

    @Test func englishTableAndAMonthWithoutEvents() {
        let text = EventStatisticsTable.text(Self.statistics, language: .english)
        #expect(text.hasPrefix("Month    Kind          Plan  Begun  Held  Share  Cancelled  Signed up  Attended\n"))
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(EventStatisticsTable.text(EventStatistics(from: "2026-11", to: "2026-11", rows: []), language: .english)
            == "No events from 2026-11 to 2026-11.\n")
    }
}
