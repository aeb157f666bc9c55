import Testing
import StaffroomSync
@testable import StaffroomApp

/// The bandwidth budget: how people write it, where it is set, and what the status line says once
/// it ran out.
@Suite struct BudgetTests {
    @Test(arguments: [("2MB", 2_097_152), ("500KB", 512_000), ("1.5 mb", 1_572_864), ("1GB", 1_073_741_824), ("900", 900),
                      ("64 kb", 65_536)])
    func sizesAreReadAsPeopleWriteThem(_ text: String, _ bytes: Int) {
        #expect(ByteBudget(text)?.bytes == bytes)
    }

    @Test(arguments: ["", "lots", "-2MB", "0", "2TB", "MB"])
    func nonsenseIsNotASize(_ text: String) {
        #expect(ByteBudget(text) == nil)
    }

    @Test func theConfigFileSetsABudgetAndSaysWhenItIsWrong() {
        let good = ClientConfig.parse("budget = \"2MB\"\n", file: "/c/config.toml")
        #expect(good.config.budget == ByteBudget(bytes: 2_097_152) && good.problem == nil)
        let bad = ClientConfig.parse("budget = \"a lot\"\n", file: "/c/config.toml")
        #expect(bad.problem?.message == "/c/config.toml: budget must be a size such as \"2MB\"")
    }

    @Test func theStatusLineSaysWhatIsLeftToFetchOnceTheBudgetRanOut() {
        var state = AppFixture.withForums(language: .english)
        _ = AppUpdate.update(&state, .syncStarted)
        _ = AppUpdate.update(&state, .syncProgressed(SyncProgress(pages: 3, changes: 900, more: false, left: 5_300)))
        _ = AppUpdate.update(&state, .syncFinished(at: AppFixture.now))
        #expect(render(state).lines[23].contains("synced at 12:00 · 5,300 left to fetch"))
        _ = AppUpdate.update(&state, .syncProgressed(SyncProgress(pages: 1, changes: 2, more: false)))
        #expect(state.leftToFetch == 5_300, "a long-poll's news does not forget what is left")
        _ = AppUpdate.update(&state, .syncProgressed(SyncProgress(pages: 9, changes: 6_200, more: false, left: 0)))
        _ = AppUpdate.update(&state, .syncFinished(at: AppFixture.now))
        #expect(!render(state).lines[23].contains("left to fetch"))
    }
}
