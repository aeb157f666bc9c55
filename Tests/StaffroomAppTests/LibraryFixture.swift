import Foundation
import StaffroomProtocol
import StaffroomStore
@testable import StaffroomApp

/// Resources and states of the Library pane for update and view tests.
enum LibraryFixture {
    static func resource(_ id: Int64, _ title: String, _ type: ResourceType = .lessonPlan, bytes: Int64 = 48_213, files: Int = 1,
                         subjects: [String] = ["математика"], grades: [Int] = [5], downloads: Int = 0, useful: Int = 0,
                         link: String = "", topicID: Int64? = nil) -> Resource {
        Resource(id: id, title: title, description: "Урок на 45 минут: **дроби** на примерах.", type: type, subjects: subjects,
                 grades: grades, language: "ru", authorID: 2, licence: "CC BY 4.0", createdAt: AppFixture.now.addingTimeInterval(-Double(id) * 86_400),
                 files: (0..<files).map { ResourceFile(name: "file-\(id)-\($0).pdf", size: bytes, mediaType: "application/pdf",
                                                       sha256: String(repeating: "a", count: 64)) },
                 link: link, topicID: topicID, downloadCount: downloads, usefulCount: useful)
    }

    static let items: [ResourceSummary] = [
        ResourceSummary(resource: resource(1, "Дроби на пицце", downloads: 9, useful: 3), authorName: "Ольга Петрова", markedUseful: true),
        ResourceSummary(resource: resource(2, "Задачи на движение для 5 класса", .worksheet, bytes: 781, downloads: 4, useful: 1),
                        authorName: "Иван Кузнецов", downloadedFiles: 1),
        ResourceSummary(resource: resource(3, "Онлайн-тренажёр устного счёта", .link, files: 0, grades: [1, 2],
                                           link: "https://example.org/trainer"), authorName: "Emily Clarke"),
    ]

    /// The Library pane opened from the forum list, its first page read.
    static func pane(language: Language = .russian, items: [ResourceSummary] = items) -> AppState {
        var state = AppFixture.withForums(language: language)
        _ = AppUpdate.update(&state, .key(.function(4)))
        _ = AppUpdate.update(&state, .libraryLoaded(LibraryLoad(filter: LibraryFilter(), after: nil, items: items, total: items.count,
                                                                limit: LibraryState.pageSize)))
        return state
    }
}
