import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore

/// The library in the client store: facets that narrow together and count what each value would
/// show, full-text search with the forums' Russian rules, the three orders in keyset pages, and
/// the download queue.
@Suite struct LibraryStoreTests {
    private static let day = Date(timeIntervalSince1970: 1_795_996_800)

    private static func resource(_ id: Int64, _ title: String, _ type: ResourceType, subjects: [String], grades: [Int], language: String = "ru",
                                 author: Int64 = 1, daysAgo: Double, downloads: Int = 0, useful: Int = 0, description: String = "") -> Change {
        .resource(Resource(id: id, title: title, description: description, type: type, subjects: subjects, grades: grades, language: language,
                           authorID: author, licence: "CC BY 4.0", createdAt: day.addingTimeInterval(-daysAgo * 86_400),
                           files: [ResourceFile(name: "f\(id).pdf", size: 1_000 * id, mediaType: "application/pdf",
                                                sha256: String(repeating: String(id), count: 64))],
                           downloadCount: downloads, usefulCount: useful))
    }

    private func store() throws -> ClientStore {
        let store = try ClientStore.inMemory()
        try store.apply(SyncPage(changes: [
            Fixture.user(1, "Ольга Петрова"), Fixture.user(2, "Иван Кузнецов"),
            Self.resource(1, "Ёлочные задачи на движение", .worksheet, subjects: ["Математика"], grades: [5], daysAgo: 1, downloads: 4,
                          useful: 1, description: "Восемь задач про поезда"),
            Self.resource(2, "Дроби на пицце", .lessonPlan, subjects: ["математика"], grades: [5, 6], daysAgo: 3, downloads: 9, useful: 3),
            Self.resource(3, "Смысловое чтение: проверочная", .assessment, subjects: ["русский язык"], grades: [6], author: 2,
                          daysAgo: 2, downloads: 1, useful: 5),
            Self.resource(4, "Fractions with pizza", .lessonPlan, subjects: ["mathematics"], grades: [5], language: "en", author: 2,
                          daysAgo: 5, downloads: 2, useful: 0),
            Self.resource(5, "Круговорот воды", .lessonPlan, subjects: ["окружающий мир"], grades: [3, 4], daysAgo: 4),
        ], cursor: "e-7", more: false), syncedAt: Self.day)
        return store
    }

    @Test func facetsNarrowTogetherAndCountWhatEachValueWouldShow() throws {
        let store = try store()
        let grade5 = LibraryFilter(grade: 5)
        #expect(try store.library(grade5, limit: 10).map(\.resource.id) == [1, 2, 4])
        let types = try store.facetValues(.type, for: grade5)
        #expect(types.map { "\($0.value)=\($0.count)" } == ["lesson_plan=2", "worksheet=1"])
        let subjects = try store.facetValues(.subject, for: grade5)
        #expect(subjects.map { "\($0.label)=\($0.count)" } == ["Математика=2", "mathematics=1"], "letter case folds: Математика = математика")
        let grades = try store.facetValues(.grade, for: grade5)
        #expect(grades.map { "\($0.value)=\($0.count)" } == ["3=1", "4=1", "5=3", "6=2"], "a facet's own pick is left out of its counts")
        let mathsGrade5 = LibraryFilter(subject: "МАТЕМАТИКА", grade: 5, language: "ru")
        #expect(try store.library(mathsGrade5, limit: 10).map(\.resource.id) == [1, 2])
        #expect(try store.libraryCount(mathsGrade5) == 2)
        let authors = try store.facetValues(.author, for: LibraryFilter(type: .lessonPlan))
        #expect(authors.map { "\($0.label)=\($0.count)" } == ["Ольга Петрова=2", "Иван Кузнецов=1"])
        #expect(try store.library(LibraryFilter(type: .lessonPlan, authorID: 2), limit: 10).map(\.resource.id) == [4])
    }

    @Test func searchFindsWordsByPrefixWithYoReadAsYeInTitlesAndDescriptions() throws {
        let store = try store()
        #expect(try store.library(LibraryFilter(text: "елочн"), limit: 10).map(\.resource.id) == [1])
        #expect(try store.library(LibraryFilter(text: "ПОЕЗД"), limit: 10).map(\.resource.id) == [1], "the description counts")
        #expect(try store.library(LibraryFilter(text: "дроби пиц"), limit: 10).map(\.resource.id) == [2])
        #expect(try store.library(LibraryFilter(grade: 6, text: "дроби"), limit: 10).map(\.resource.id) == [2])
        #expect(try store.facetValues(.type, for: LibraryFilter(text: "pizza")).map(\.value) == ["lesson_plan"])
        #expect(try store.library(LibraryFilter(text: "\"кавычки"), limit: 10).isEmpty, "a quote in the query is only a character")
    }

    @Test func eachOrderPagesOnAfterAKeyWithoutRepeatsOrGaps() throws {
        let store = try store()
        for (sort, order) in [(LibrarySort.newest, [1, 3, 2, 5, 4] as [Int64]), (.mostDownloaded, [2, 1, 4, 3, 5]),
                              (.mostUseful, [3, 2, 1, 5, 4])] {
            let filter = LibraryFilter(sort: sort)
            var seen: [Int64] = []
            var key: LibraryKey?
            while true {
                let page = try store.library(filter, after: key, limit: 2)
                guard let last = page.last else { break }
                seen += page.map(\.resource.id)
                key = last.key(sort)
            }
            #expect(seen == order, "\(sort)")
        }
    }

    @Test func theDownloadQueueKeepsProgressAndQueuesStoppedFilesAgain() throws {
        let store = try store()
        let resource = try #require(try store.resourceSummary(id: 2)?.resource)
        let queued = try store.enqueueDownloads(of: resource, at: Self.day)
        #expect(queued.map(\.state) == [.queued] && queued.first?.name == "f2.pdf")
        let id = try #require(queued.first?.id)
        try store.updateDownload(id, received: 700, state: .failed, problem: .diskFull)
        #expect(try store.nextDownload() == nil)
        let again = try store.enqueueDownloads(of: resource, at: Self.day)
        #expect(again.first?.state == .queued && again.first?.received == 700 && again.first?.problem == nil)
        try store.updateDownload(id, received: 2_000, state: .done, path: "/tmp/f2.pdf")
        #expect(try store.resourceSummary(id: 2)?.downloadedFiles == 1)
        try store.setKeptOffline(3, true)
        try store.setKeptOffline(2, true)
        #expect(try store.offlineResourcesToFetch().map(\.id) == [3], "resource 2's file is on disk already")
        try store.setUsefulMark(resourceID: 3, useful: true)
        #expect(try store.library(LibraryFilter(authorID: 2, text: "чтение"), limit: 1).first?.markedUseful == true)
    }
}
