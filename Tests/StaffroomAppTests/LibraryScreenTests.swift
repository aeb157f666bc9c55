import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomTerminal
@testable import StaffroomApp

/// The Library pane at 80×24: the list with its facet line, picking facets, searching as one
/// types, paging on, and the keys that act on the selected resource.
@Suite struct LibraryScreenTests {
    @Test func thePaneAt80x24InRussian() {
        expectLines(render(LibraryFixture.pane()), [
            " Staffroom   Лента F6  Форумы F2  События F3  Библиотека F4  Люди F7   Сеть шко…",
            " Библиотека",
            " Материалы: 3 · сначала новые",
            " 1 Тип: все  2 Предмет: все  3 Класс: все  4 Язык: все  5 Автор: все",
            " 1–5 фильтры  0 сбросить  / поиск  s порядок  d скачать  D загрузки",
            spread(">   Дроби на пицце", "план урока, 47 КБ · ↓9 ★3 "),
            spread("  ✓ Задачи на движение для 5 класса", "рабочий лист, 781 Б · ↓4 ★1 "),
            spread("    Онлайн-тренажёр устного счёта", "ссылка · ↓0 ★0 "),
        ] + Array(repeating: "", count: 15) + [
            spread(" anna.smirnova@127.0.0.1:8080 · ещё не синхронизировано", "? клавиши  q выход "),
        ])
    }

    @Test func thePaneInEnglish() {
        let lines = render(LibraryFixture.pane(language: .english)).lines
        #expect(lines[0].contains("Library F4"))
        #expect(lines[2].hasPrefix(" 3 resources · newest first"))
        #expect(lines[3].hasPrefix(" 1 Type: any  2 Subject: any  3 Grade: any  4 Language: any  5 Author: any"))
        #expect(lines[5].hasSuffix("lesson plan, 47 KB · ↓9 ★3 "))
    }

    @Test func pickingAFacetNarrowsTheListAndShowsThePick() {
        var state = LibraryFixture.pane()
        #expect(AppUpdate.update(&state, .key(.character("3"))) == [.loadFacet(.grade, LibraryFilter())])
        _ = AppUpdate.update(&state, .facetLoaded(.grade, [FacetValue(value: "5", label: "5", count: 2),
                                                           FacetValue(value: "6", label: "6", count: 1)]))
        let facetLines = render(state).lines
        #expect(facetLines[1].hasPrefix(" Библиотека › Фильтр: класс"))
        #expect(facetLines[3].hasPrefix("> все"))
        #expect(facetLines[4] == spread("  5 класс", "2 "))
        _ = AppUpdate.update(&state, .key(.character("j")))
        let picked = AppUpdate.update(&state, .key(.enter))
        #expect(picked == [.loadLibrary(LibraryFilter(grade: 5), after: nil, limit: LibraryState.pageSize)])
        #expect(state.stack.isEmpty && state.library.filter.grade == 5)
        #expect(render(state).lines[3].hasPrefix(" 1 Тип: все  2 Предмет: все  3 Класс: 5 класс  4 Язык: все"))
        #expect(AppUpdate.update(&state, .key(.character("3"))) == [.loadFacet(.grade, LibraryFilter(grade: 5))])
        _ = AppUpdate.update(&state, .facetLoaded(.grade, [FacetValue(value: "5", label: "5", count: 2)]))
        guard case .libraryFacet(let screen) = state.stack.last else {
            Issue.record("the facet list is open")
            return
        }
        #expect(screen.cursor.selected == 1, "the current pick is selected")
        _ = AppUpdate.update(&state, .key(.character("k")))
        _ = AppUpdate.update(&state, .key(.enter))
        #expect(state.library.filter == LibraryFilter(), "\"any\" clears the facet")
    }

    @Test func theListNarrowsAsOneTypesAndEscapeRestoresTheSearch() {
        var state = LibraryFixture.pane()
        _ = AppUpdate.update(&state, .key(.character("/")))
        #expect(AppUpdate.update(&state, .typed("дроб")) == [.loadLibrary(LibraryFilter(text: "дроб"), after: nil, limit: 100)])
        #expect(render(state).lines[4].hasPrefix(" Поиск: дроб"))
        #expect(state.activeSessionRenewal == nil || state.sessionRenewal == nil)
        _ = AppUpdate.update(&state, .key(.character("и")))
        #expect(state.library.filter.text == "дроби", "letters are typed, not taken as keys")
        _ = AppUpdate.update(&state, .key(.escape))
        #expect(!state.library.editingSearch && state.library.filter.text == "")
        _ = AppUpdate.update(&state, .key(.character("/")))
        _ = AppUpdate.update(&state, .typed("пицц\r"))
        #expect(!state.library.editingSearch && state.library.filter.text == "пицц", "an Enter typed ahead ends the search")
        #expect(AppUpdate.update(&state, .key(.character("0"))) == [.loadLibrary(LibraryFilter(), after: nil, limit: 100)])
    }

    @Test func aPageForAnOldFilterIsDroppedAndTheListReadsOnNearItsEnd() {
        var state = LibraryFixture.pane(items: [])
        _ = AppUpdate.update(&state, .key(.character("s")))
        #expect(state.library.filter.sort == .mostDownloaded)
        let full = (1...100).map { ResourceSummary(resource: LibraryFixture.resource(Int64($0), "Материал \($0)"), authorName: "Ольга") }
        _ = AppUpdate.update(&state, .libraryLoaded(LibraryLoad(filter: LibraryFilter(), after: nil, items: full, total: 100, limit: 100)))
        #expect(state.library.items.isEmpty, "a page read for the order before is dropped")
        let filter = LibraryFilter(sort: .mostDownloaded)
        _ = AppUpdate.update(&state, .libraryLoaded(LibraryLoad(filter: filter, after: nil, items: full, total: 250, limit: 100)))
        #expect(state.library.hasMore)
        var effects: [Effect] = []
        for _ in 0..<90 { effects += AppUpdate.update(&state, .key(.character("j"))) }
        #expect(effects == [.loadLibrary(filter, after: full[99].key(.mostDownloaded), limit: 100)], "asked once, not on every key")
    }

    @Test func aLargeDownloadWaitsForASecondPressAndASmallOneStartsAtOnce() {
        var state = LibraryFixture.pane()
        state.linkSpeed = 30 * 1_024
        let video = LibraryFixture.resource(9, "Запись мастер-класса", .video, bytes: 40 << 20)
        state.library.items[0] = ResourceSummary(resource: video, authorName: "Ольга Петрова")
        #expect(AppUpdate.update(&state, .key(.character("d"))).isEmpty)
        #expect(render(state).lines[23].hasPrefix(" 40 МБ, ≈ 23 мин при 30 КБ/с. Ещё раз d — скачать"))
        #expect(AppUpdate.update(&state, .key(.character("d"))) == [.download(video)])
        _ = AppUpdate.update(&state, .key(.character("j")))
        #expect(AppUpdate.update(&state, .key(.character("d"))) == [.download(LibraryFixture.items[1].resource)])
        #expect(state.notice == .library(.downloadQueued(1)))
        _ = AppUpdate.update(&state, .key(.character("j")))
        #expect(AppUpdate.update(&state, .key(.character("d"))).isEmpty)
        #expect(state.notice == .library(.nothingToDownload))
    }

    @Test func theSelectedResourceIsMarkedUsefulAndTheQueueOpens() {
        var state = LibraryFixture.pane()
        #expect(AppUpdate.update(&state, .key(.character("u"))) == [.setUseful(resourceID: 1, useful: false)])
        #expect(!state.library.items[0].markedUseful)
        #expect(AppUpdate.update(&state, .key(.character("D"))) == [.loadDownloads])
        guard case .downloads = state.stack.last else {
            Issue.record("D opens the queue")
            return
        }
        _ = AppUpdate.update(&state, .key(.escape))
        #expect(AppUpdate.update(&state, .key(.enter)) == [.loadResource(1)])
    }
}
