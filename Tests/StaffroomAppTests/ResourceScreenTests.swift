import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

/// An opened resource and the download queue at 80×24.
@Suite struct ResourceScreenTests {
    static func opened(_ resource: Resource, downloads: [Download] = []) -> AppState {
        var state = LibraryFixture.pane()
        state.linkSpeed = 30 * 1_024
        var detail = ResourceDetailState(summary: ResourceSummary(resource: resource, authorName: "Ольга Петрова", markedUseful: true))
        detail.downloads = downloads
        state.stack.append(.resource(detail))
        return state
    }

    private static let resource: Resource = {
        var resource = LibraryFixture.resource(1, "Дроби на пицце", bytes: 1_300_000, files: 2, downloads: 9, useful: 3, topicID: 7)
        resource.link = "https://example.org/drobi"
        return resource
    }()

    private static let done = Download(id: 1, resourceID: 1, fileIndex: 0, name: "file-1-0.pdf", sha256: "", size: 1_300_000,
                                       received: 1_300_000, state: .done, path: "/home/anna/Downloads/staffroom/file-1-0.pdf",
                                       addedAt: AppFixture.now)
    private static let running = Download(id: 2, resourceID: 1, fileIndex: 1, name: "file-1-1.pdf", sha256: "", size: 1_300_000,
                                          state: .active, addedAt: AppFixture.now)
    private static let halfway = TransferProgress(name: "file-1-1.pdf", size: 1_300_000, received: 650_000, bytesPerSecond: 32_000)

    @Test func aResourceShowsItsFilesWithSizesTimeAtTheMeasuredSpeedAndDownloads() {
        var state = Self.opened(Self.resource, downloads: [Self.done, Self.running])
        state.transfers[2] = Self.halfway
        expectLines(render(state), [
            " Staffroom   Лента F6  Форумы F2  События F3  Библиотека F4  Люди F7   Сеть шко…",
            spread(" Библиотека › Дроби на пицце", "план урока "),
            " Дроби на пицце",
            " план урока · математика · 5 класс",
            " Ольга Петрова, 24 ноября 2026",
            " скачиваний: 9 · полезно: 3 (и вам)",
            " Лицензия: CC BY 4.0 · язык ru",
            "",
            " Файлы (2, 2,5 МБ) — ≈ 2 мин при 30 КБ/с",
            "   file-1-0.pdf — 1,2 МБ — сохранён:",
            " /home/anna/Downloads/staffroom/file-1-0.pdf",
            "   file-1-1.pdf — 1,2 МБ — 50% 635 КБ / 1,2 МБ · 31 КБ/с · осталось 21 с",
            " Ссылка: https://example.org/drobi",
            "   Enter — показать целиком для копирования",
            " Обсуждение: c — открыть тему",
            "",
            "  Урок на 45 минут: дроби на примерах.",
        ] + Array(repeating: "", count: 6) + [
            spread(" ещё не синхронизировано · ↓ file-1-1.pdf 50%", "? клавиши "),
        ])
    }

    @Test func beforeAnyMeasurementTheEstimateSaysSoInEnglish() {
        var state = Self.opened(Self.resource)
        state.language = .english
        state.linkSpeed = nil
        #expect(render(state).lines[8].trimmingTrailingSpaces() == " Files (2, 2.5 MB) — link speed not measured yet")
    }

    @Test func theResourcesKeysMarkKeepOfflineOpenTheDiscussionAndShowTheLink() {
        var state = Self.opened(Self.resource)
        #expect(render(state).lines[9].trimmingTrailingSpaces() == "   file-1-0.pdf — 1,2 МБ — ≈ 43 с", "each file's time at the measured speed")
        #expect(AppUpdate.update(&state, .key(.character("u"))) == [.setUseful(resourceID: 1, useful: false)])
        #expect(AppUpdate.update(&state, .key(.character("K"))) == [.setKeptOffline(resourceID: 1, kept: true)])
        #expect(render(state).lines[7].trimmingTrailingSpaces() == " хранится офлайн (файлы скачиваются при синхронизации)")
        #expect(AppUpdate.update(&state, .key(.character("c"))) == [.openTopic(7)])
        _ = AppUpdate.update(&state, .key(.enter))
        #expect(state.shownLink == "https://example.org/drobi", "shown for copying, never opened")
        _ = AppUpdate.update(&state, .key(.escape))
        #expect(AppUpdate.update(&state, .key(.escape)) == [.loadLibrary(LibraryFilter(), after: nil, limit: 100)])
        #expect(state.stack.isEmpty)
    }

    @Test func theQueueShowsProgressRateAndTimeLeftAndItsKeysPauseRetryAndCancelTwice() {
        var failed = Self.running
        failed.id = 3
        failed.state = .failed
        failed.problem = .checksumMismatch
        var state = Self.opened(Self.resource)
        state.transfers[2] = Self.halfway
        _ = AppUpdate.update(&state, .key(.character("D")))
        _ = AppUpdate.update(&state, .downloadsLoaded([Self.running, failed, Self.done]))
        let lines = render(state).lines
        #expect(lines[3].trimmingTrailingSpaces() == "> file-1-1.pdf      [#####·····] 50% 635 КБ / 1,2 МБ · 31 КБ/с · осталось 21 с")
        #expect(lines[4].hasPrefix("  file-1-1.pdf      ошибка: контрольная сумма не совпала, файл удалён"))
        #expect(lines[5].trimmingTrailingSpaces() == "  file-1-0.pdf      сохранён: /home/anna/Downloads/staffroom/file-1-0.pdf")
        #expect(AppUpdate.update(&state, .key(.character("p"))) == [.pauseDownload(2)])
        _ = AppUpdate.update(&state, .key(.character("j")))
        #expect(AppUpdate.update(&state, .key(.character("r"))) == [.resumeDownload(3)])
        #expect(AppUpdate.update(&state, .key(.character("x"))).isEmpty)
        #expect(state.notice == .library(.pressAgainToCancelDownload))
        #expect(AppUpdate.update(&state, .key(.character("x"))) == [.cancelDownload(3)])
        _ = AppUpdate.update(&state, .key(.character("j")))
        _ = AppUpdate.update(&state, .key(.enter))
        #expect(state.shownLink == "/home/anna/Downloads/staffroom/file-1-0.pdf")
    }

    @Test func anEndedDownloadIsAnnouncedAndItsProgressForgotten() {
        var state = Self.opened(Self.resource, downloads: [Self.running])
        state.transfers[2] = Self.halfway
        var finished = Self.running
        finished.state = .done
        finished.path = "/tmp/file-1-1.pdf"
        #expect(AppUpdate.update(&state, .downloadEnded(finished)) == [.loadDownloads, .loadResource(1), .loadLibrary(LibraryFilter(), after: nil, limit: 100)],
                "the queue, the resource and the list (its ✓ mark) are read again")
        #expect(state.transfers.isEmpty)
        #expect(state.notice == .library(.downloadFinished(name: "file-1-1.pdf", path: "/tmp/file-1-1.pdf")))
        var full = Self.running
        full.state = .failed
        full.problem = .diskFull
        _ = AppUpdate.update(&state, .downloadEnded(full))
        #expect(render(state).lines[23].trimmingTrailingSpaces() == " «file-1-1.pdf»: диск заполнен; скачанное сохранено — освободите место, затем r")
    }
}
