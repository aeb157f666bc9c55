import Testing
import StaffroomSync
@testable import StaffroomApp

/// What `staffroom sync` prints while it runs.
@Suite struct SyncReportTests {
    private let halfway = SyncProgress(pages: 12, changes: 6_000, more: true, bytes: 1_258_291, left: 6_000)

    @Test func theBarShowsHowFarAlongAndTheFacts() {
        let bar = SyncReport(language: .english).bar(halfway, elapsed: 10, width: 80)
        #expect(bar == "[###############---------------] 50%  12 pages · 1.2 MB · 123 KB/s · 6,000 left")
    }

    @Test func theBarFitsANarrowTerminal() {
        let bar = SyncReport(language: .english).bar(halfway, elapsed: 10, width: 60)
        #expect(bar.count <= 60)
        #expect(bar.hasPrefix("[#####-----] 50%  12 pages"))
    }

    @Test func withoutACountThereIsNoBar() {
        let started = SyncProgress(pages: 1, changes: 500, more: true, bytes: 900)
        #expect(SyncReport(language: .english).bar(started, elapsed: 0.5, width: 80) == "1 page · 900 B")
    }

    @Test func logLinesAreRussianWithRussianNumbers() {
        let line = SyncReport(language: .russian).line(halfway, elapsed: 10)
        #expect(line == "синхронизация 50%: 12 страниц · 1,2 МБ · 123 КБ/с · осталось 6\u{00A0}000")
    }

    @Test func nothingIsLeftOnceTheServerSaysSo() {
        let done = SyncProgress(pages: 24, changes: 12_000, more: false, bytes: 2_516_582, left: 0)
        #expect(SyncReport(language: .english).line(done, elapsed: 20) == "sync 100%: 24 pages · 2.4 MB · 123 KB/s")
    }
}
