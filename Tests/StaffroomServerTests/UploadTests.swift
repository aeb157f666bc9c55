import Foundation
import Testing
import StaffroomProtocol
@testable import StaffroomServer

/// Uploading library files in chunks, resuming after a cut, verified by checksum, kept once however
/// many members share the same content; then sharing a resource made of them.
@Suite struct UploadTests {
    private let file: [UInt8] = (0..<2_500).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ 5) }
    private var sha256: String { LibraryFixture.hex(file) }

    private func put(_ server: LiveServer, token: String, offset: Int, count: Int, of bytes: [UInt8]? = nil, sha256: String? = nil)
        async throws -> (status: Int, progress: UploadProgress?, message: String) {
        let content = bytes ?? file
        let path = WireFormat.uploadPath(sha256 ?? self.sha256) + "?size=\(content.count)&offset=\(offset)"
        let answer = try await server.fetch(path, method: .PUT, token: token, bytes: Array(content[offset..<(offset + count)]))
        return (answer.status, try? WireFormat.makeDecoder().decode(UploadProgress.self, from: Data(answer.body)),
                String(decoding: answer.body, as: UTF8.self))
    }

    private func progress(_ server: LiveServer, token: String) async throws -> UploadProgress {
        let answer = try await server.fetch(WireFormat.uploadPath(sha256) + "?size=\(file.count)", token: token)
        return try WireFormat.makeDecoder().decode(UploadProgress.self, from: Data(answer.body))
    }

    @Test func anUploadCutMidwayResumesWhereTheServerSaysItStopped() async throws {
        let server = try await LiveServer.start(prepare: seedWriters)
        let token = try await server.token(username: "anna", password: "password-anna")
        let before = try await progress(server, token: token)
        let first = try await put(server, token: token, offset: 0, count: 1_000)
        let second = try await put(server, token: token, offset: 1_000, count: 700)
        // The connection drops here; the client asks how far the server got.
        let afterCut = try await progress(server, token: token)
        let wrongOffset = try await put(server, token: token, offset: 1_000, count: 700)
        let last = try await put(server, token: token, offset: Int(afterCut.received), count: file.count - Int(afterCut.received))
        let stored = try Data(contentsOf: URL(fileURLWithPath: try #require(server.database.files.path(of: sha256))))
        await server.stop()
        #expect(before == UploadProgress(sha256: sha256, size: 2_500, received: 0, complete: false))
        #expect(first.progress?.received == 1_000 && second.progress?.received == 1_700)
        #expect(afterCut.received == 1_700 && !afterCut.complete)
        #expect(wrongOffset.status == 409 && wrongOffset.message.contains("1700"))
        #expect(last.status == 200 && last.progress?.complete == true)
        #expect([UInt8](stored) == file)
    }

    @Test func bytesThatDoNotMatchTheirChecksumAreDiscarded() async throws {
        let server = try await LiveServer.start(prepare: seedWriters)
        let token = try await server.token(username: "anna", password: "password-anna")
        var corrupted = file
        corrupted[1_234] ^= 0x01
        let first = try await put(server, token: token, offset: 0, count: 2_000, of: corrupted, sha256: sha256)
        let last = try await put(server, token: token, offset: 2_000, count: 500, of: corrupted, sha256: sha256)
        let after = try await progress(server, token: token)
        await server.stop()
        #expect(first.status == 200)
        #expect(last.status == 422 && last.message.contains("checksum_mismatch"))
        #expect(after.received == 0 && !after.complete, "the partial copy is gone; the next try starts over")
        #expect(!server.database.files.contains(sha256))
    }

    @Test func aFileOverTheServersLimitIsRefusedWithTheLimitNamed() async throws {
        let server = try await LiveServer.start(prepare: seedWriters)
        let token = try await server.token(username: "anna", password: "password-anna")
        let size = StaffroomServerApp.defaultMaximumFileBytes + 1
        let asked = try await server.fetch(WireFormat.uploadPath(sha256) + "?size=\(size)", token: token)
        let sent = try await server.fetch(WireFormat.uploadPath(sha256) + "?size=\(size)&offset=0", method: .PUT, token: token, bytes: [1, 2, 3])
        await server.stop()
        let message = String(decoding: asked.body, as: UTF8.self)
        #expect(asked.status == 413 && sent.status == 413)
        #expect(message.contains("too_large") && message.contains("100 MB"))
    }

    @Test func theSameContentIsStoredOnceAndASecondUploaderSendsNothing() async throws {
        let server = try await LiveServer.start(prepare: seedWriters)
        let anna = try await server.token(username: "anna", password: "password-anna")
        let pavel = try await server.token(username: "pavel", password: "password-pavel")
        _ = try await put(server, token: anna, offset: 0, count: file.count)
        let pavelAsks = try await progress(server, token: pavel)
        let pavelSends = try await put(server, token: pavel, offset: 0, count: 100)
        let storedFiles = try FileManager.default.subpathsOfDirectory(atPath: server.database.files.root.appendingPathComponent("files").path)
            .filter { $0.count > 3 }
        await server.stop()
        #expect(pavelAsks.complete && pavelAsks.received == 2_500)
        #expect(pavelSends.status == 200 && pavelSends.progress?.complete == true)
        #expect(storedFiles == ["\(sha256.prefix(2))/\(sha256)"])
    }

    @Test func aSharedResourceNeedsItsFilesUploadedAndOpensItsDiscussion() async throws {
        let server = try await LiveServer.start(prepare: seedWriters)
        let anna = try await Writer.login(server, as: "anna")
        let draft = ResourceDraft(title: "Карточки для устного счёта", description: "Двадцать карточек", type: .worksheet,
                                  subjects: ["математика"], grades: [2, 3], language: "ru",
                                  files: [ResourceFile(name: "kartochki.pdf", size: Int64(file.count), mediaType: "application/pdf",
                                                       sha256: sha256)], forumID: 1)
        let early = try await anna.push(.shareResource(resource: draft), sequence: 1)
        _ = try await put(server, token: anna.token, offset: 0, count: file.count)
        var badName = draft
        badName.files[0].name = "list\u{1B}[2J.pdf"
        let refusedName = try await anna.push(.shareResource(resource: badName), sequence: 2)
        let shared = try await anna.push(.shareResource(resource: draft), sequence: 3)
        let changes = try await anna.fullSync()
        await anna.close()
        await server.stop()
        #expect(early.outcome == .rejected && early.code == .invalid && early.message?.contains("not been uploaded") == true)
        #expect(refusedName.code == .invalid && refusedName.message?.contains("control characters") == true)
        #expect(shared.outcome == .applied)
        let resource = try #require(changes.compactMap { change -> Resource? in if case .resource(let value) = change { value } else { nil } }.first)
        let topic = try #require(changes.compactMap { change -> Topic? in if case .topic(let value) = change { value } else { nil } }
            .first { $0.id == resource.topicID })
        #expect(resource.id == shared.entityID && resource.authorID == 2 && resource.files == draft.files)
        #expect(topic.title == "Карточки для устного счёта" && topic.forumID == 1)
    }

    @Test func aMemberMarksAResourceUsefulOnceAndOnlyTheySeeTheirMark() async throws {
        let server = try await LiveServer.start(prepare: LibraryFixture.seed)
        let anna = try await Writer.login(server, as: "anna")
        let pavel = try await Writer.login(server, as: "pavel")
        _ = try await anna.push(.markUseful(resourceID: 1, useful: true), sequence: 1)
        _ = try await anna.push(.markUseful(resourceID: 1, useful: true), sequence: 2)
        _ = try await pavel.push(.markUseful(resourceID: 1, useful: true), sequence: 1)
        let twice = try await anna.fullSync()
        _ = try await pavel.push(.markUseful(resourceID: 1, useful: false), sequence: 2)
        let unknown = try await pavel.push(.markUseful(resourceID: 99, useful: true), sequence: 3)
        let pavelSees = try await pavel.fullSync()
        let annaSees = try await anna.fullSync()
        for writer in [anna, pavel] { await writer.close() }
        await server.stop()
        func useful(_ changes: [Change]) -> Int? {
            changes.compactMap { change -> Int? in if case .resource(let resource) = change { resource.usefulCount } else { nil } }.first
        }
        func marks(_ changes: [Change]) -> [UsefulMark] {
            changes.compactMap { change -> UsefulMark? in if case .usefulMark(let mark) = change { mark } else { nil } }
        }
        #expect(useful(twice) == 2, "anna's two marks count once, with pavel's")
        #expect(useful(annaSees) == 1)
        #expect(marks(annaSees) == [UsefulMark(resourceID: 1, useful: true)])
        #expect(marks(pavelSees) == [UsefulMark(resourceID: 1, useful: false)])
        #expect(unknown.code == .notFound)
    }
}
