import Crypto
import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomSync
import StaffroomDemoNetwork
@testable import StaffroomServer

/// The library's catalogue entries: synced with the rest (files' metadata only), and linked from
/// events, which may name only resources the library has.
@Suite struct ResourceCatalogTests {
    private static let start = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 / 60).rounded(.down) * 60 + 7 * 86_400)

    private static func seed(_ database: ServerDatabase, _ accounts: Accounts) throws {
        try seedWriters(database, accounts)
        _ = try database.batch { writer in
            try writer.addResource(Resource(id: 0, title: "План урока: дроби", description: "Урок на 45 минут", type: .lessonPlan,
                                            subjects: ["математика"], grades: [5], language: "ru", authorID: 1, licence: "CC BY 4.0",
                                            createdAt: Date(timeIntervalSince1970: 1_795_000_000),
                                            files: [ResourceFile(name: "drobi.pdf", size: 48_213, mediaType: "application/pdf",
                                                                 sha256: String(repeating: "ab", count: 32))]))
        }
    }

    @Test func resourcesSyncWithTheirFilesMetadataAndEventsLinkOnlyResourcesTheLibraryHas() async throws {
        let server = try await LiveServer.start(prepare: Self.seed)
        let olga = try await Writer.login(server, as: "olga")
        let anna = try await Writer.login(server, as: "anna")
        let draft = EventDraft(title: "Открытый урок: дроби", kind: .openLesson, startsAt: Self.start,
                               endsAt: Self.start.addingTimeInterval(2_700), timeZone: "Europe/Moscow", resourceIDs: [1])
        var unknown = draft
        unknown.resourceIDs = [1, 99]
        let linked = try await olga.push(.createEvent(event: draft), sequence: 1)
        let refused = try await olga.push(.createEvent(event: unknown), sequence: 2)
        let changes = try await anna.fullSync()
        for writer in [olga, anna] { await writer.close() }
        await server.stop()
        let resources = changes.compactMap { change -> Resource? in if case .resource(let resource) = change { resource } else { nil } }
        let events = changes.compactMap { change -> Event? in if case .event(let event) = change { event } else { nil } }
        #expect(resources.map(\.title) == ["План урока: дроби"])
        #expect(resources.first?.files.first?.size == 48_213 && resources.first?.size == 48_213)
        #expect(linked.outcome == .applied && refused.code == .notFound)
        #expect(events.first?.resourceIDs == [1])
    }

    @Test func theDemoLibrarysFilesAreDescribedByTheirOwnContents() throws {
        let database = try ServerDatabase.inMemory()
        try DemoSeeder(database: database, accounts: Accounts(database: database, bcryptCost: 4)).seed()
        let stored = try database.writer.read { db in try EntityRow<Resource>.fetchAll(db, sql: "SELECT * FROM resource").map(\.entity) }
        #expect(stored.count == 6)
        let plan = try #require(stored.first { $0.type == .lessonPlan && $0.language == "ru" })
        let contents = try #require(DemoNetwork.resources.first { $0.title == plan.title }?.files.first?.contents)
        #expect(plan.files.first?.size == Int64(Data(contents.utf8).count))
        #expect(plan.files.first?.sha256 == SHA256.hash(data: Data(contents.utf8)).map { String(format: "%02x", $0) }.joined())
        let seminar = try database.writer.read { db in
            try EntityRow<Event>.fetchOne(db, sql: "SELECT * FROM event WHERE title LIKE 'Смысловое чтение на уроках%'")?.entity
        }
        #expect(seminar?.resourceIDs == [plan.id], "the seminar links the lesson plan")
    }
}
