import Foundation
import Testing
import StaffroomProtocol
@testable import StaffroomApp

/// `staffroom stats moderation` as text: the queue now, the median time to a first action, then
/// each moderator's actions week by week with a total, in both languages.
@Suite struct ModerationStatisticsTableTests {
    private static let now = Date(timeIntervalSince1970: 1_795_608_000)  // 2026-11-25 12:00 UTC, a Wednesday

    private static func statistics(moderators: [ModeratorActivity]) -> ModerationStatistics {
        ModerationStatistics(pending: 4, oldestPendingSince: now.addingTimeInterval(-(26 * 3_600 + 5 * 60)), medianSecondsToFirstAction: 2_520,
                             firstActions: 17, weeks: [Date(timeIntervalSince1970: 1_794_873_600), Date(timeIntervalSince1970: 1_795_478_400)],
                             moderators: moderators, generatedAt: now)
    }

    @Test func theQueueAndEachModeratorsWeeksReadAsATable() {
        let text = ModerationStatisticsTable.text(Self.statistics(moderators: [
            ModeratorActivity(moderatorID: 6, name: "James Okafor", actionsPerWeek: [3, 11]),
            ModeratorActivity(moderatorID: 3, name: "Марина Волкова", actionsPerWeek: [0, 4]),
        ]), language: .english)
        #expect(text == """
            Pending: 4 (the oldest for 1 d 2 h)
            Median time to a first action: 42 min (17 items first acted on)

            Moderator       17.11  24.11  Total
            James Okafor        3     11     14
            Марина Волкова      0      4      4

            """)
    }

    @Test func inRussianAndWithoutActions() {
        let text = ModerationStatisticsTable.text(Self.statistics(moderators: []), language: .russian)
        #expect(text == """
            Ждут решения: 4 (старейшая жалоба ждёт 1 дн. 2 ч)
            Медиана до первого решения: 42 мин (решено жалоб: 17)

            За эти недели решений не было.

            """)
    }
}
