import FaultProxy
import Foundation
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomSync
@testable import StaffroomServer

/// Downloads and uploads of library files through the fault proxy: cut, corrupted, resumed and
/// verified; files land under safe names and never overwrite a different file.
@Suite struct LibraryTransferTests {
    /// 300 KB that differ from offset to offset.
    private static let contents: [UInt8] = (0..<300_000).map { UInt8(truncatingIfNeeded: ($0 &* 31) ^ ($0 >> 9)) }

    /// A server holding `contents` as resource 1's file `name`, a proxy before it, and anna's token.
    private struct Setup {
        let server: LiveServer
        let proxy: FaultProxy
        let connection: ServerConnection
        let token: String
        let resource: Resource
        let folder: URL

        static func start(fileNamed name: String = "zadachi.pdf") async throws -> Setup {
            nonisolated(unsafe) var added: Resource?
            let server = try await LiveServer.start { database, accounts in
                try seedWriters(database, accounts)
                added = try LibraryFixture.addResource(to: database, fileNamed: name, contents: LibraryTransferTests.contents)
            }
            let proxy = try FaultProxy(upstreamPort: server.port)
            let connection = ServerConnection(baseURL: proxy.url, connectTimeout: .seconds(2), timeout: .seconds(20))
            let token = try await server.token(username: "anna", password: "password-anna")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("staffroom-downloads-\(UUID().uuidString)")
            return Setup(server: server, proxy: proxy, connection: connection, token: token, resource: try #require(added), folder: folder)
        }

        var download: Download {
            let file = resource.files[0]
            return Download(id: 1, resourceID: resource.id, fileIndex: 0, name: file.name, sha256: file.sha256, size: file.size,
                            addedAt: Date())
        }

        var downloader: FileDownload { FileDownload(connection: connection, token: token, folder: folder) }

        var partialSize: Int64 {
            let path = folder.appendingPathComponent(".staffroom-partial/\(resource.files[0].sha256).part").path
            return ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? -1
        }

        func stop() async {
            await connection.shutdown()
            proxy.stop()
            await server.stop()
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// Bytes of the answer's status line and headers before its body.
    private static let headerBytes = 260

    @Test(arguments: [0.5, 0.99])
    func aDownloadCutPartWayResumesFromWhereItStoppedAndIsVerified(cutAt share: Double) async throws {
        let setup = try await Setup.start()
        let cut = Self.headerBytes + Int(Double(Self.contents.count) * share)
        setup.proxy.inject(.cutResponse(afterBytes: cut), whenPathContains: "/files/")
        var firstTry: (any Error)?
        do {
            _ = try await setup.downloader.run(setup.download) { _ in }
        } catch {
            firstTry = error
        }
        let keptAfterCut = setup.partialSize
        setup.proxy.resetCounts()
        let outcome = try await setup.downloader.run(setup.download) { _ in }
        let resumedBytes = setup.proxy.exchanges.map(\.responseBytes).reduce(0, +)
        let landed = try Data(contentsOf: setup.folder.appendingPathComponent("zadachi.pdf"))
        await setup.stop()
        #expect(firstTry is SyncError, "the cut is reported as a network failure")
        #expect(keptAfterCut > 0 && Double(keptAfterCut) <= Double(Self.contents.count) * share,
                "the bytes that came before the cut are kept")
        #expect(outcome == .done(path: setup.folder.appendingPathComponent("zadachi.pdf").path))
        #expect([UInt8](landed) == Self.contents)
        #expect(resumedBytes < Self.contents.count - Int(keptAfterCut) + 1_000, "only the missing bytes travel again")
    }

    @Test func aCorruptedByteIsCaughtByTheChecksumAndThePartialFileDiscarded() async throws {
        let setup = try await Setup.start()
        setup.proxy.inject(.corruptBody, whenPathContains: "/files/")
        let corrupted = try await setup.downloader.run(setup.download) { _ in }
        let partialAfter = setup.partialSize
        let landedFiles = try FileManager.default.contentsOfDirectory(atPath: setup.folder.path).filter { !$0.hasPrefix(".") }
        let retried = try await setup.downloader.run(setup.download) { _ in }
        await setup.stop()
        #expect(corrupted == .failed(.checksumMismatch))
        #expect(partialAfter == -1, "the damaged copy is gone, so a retry starts clean")
        #expect(landedFiles.isEmpty)
        #expect(retried == .done(path: setup.folder.appendingPathComponent("zadachi.pdf").path))
    }

    @Test func aFullDiskIsReportedAndThePartialFileKept() async throws {
        let setup = try await Setup.start()
        let partial = setup.folder.appendingPathComponent(".staffroom-partial/\(setup.resource.files[0].sha256).part")
        try FileManager.default.createDirectory(at: partial.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Writes to /dev/full fail as on a full disk.
        try FileManager.default.createSymbolicLink(atPath: partial.path, withDestinationPath: "/dev/full")
        let outcome = try await setup.downloader.run(setup.download) { _ in }
        let kept = FileManager.default.fileExists(atPath: partial.path)
        await setup.stop()
        #expect(outcome == .failed(.diskFull))
        #expect(kept)
    }

    @Test func aServerGivenNameCannotLeaveTheFolderNorOverwriteAnotherFile() async throws {
        let setup = try await Setup.start(fileNamed: "../../.bashrc\u{1B}[2J")
        try FileManager.default.createDirectory(at: setup.folder, withIntermediateDirectories: true)
        try Data("someone else's file".utf8).write(to: setup.folder.appendingPathComponent("bashrc[2J"))
        let first = try await setup.downloader.run(setup.download) { _ in }
        let again = try await setup.downloader.run(setup.download) { _ in }
        let names = try FileManager.default.contentsOfDirectory(atPath: setup.folder.path).filter { !$0.hasPrefix(".") }.sorted()
        let other = try String(contentsOf: setup.folder.appendingPathComponent("bashrc[2J"), encoding: .utf8)
        await setup.stop()
        #expect(first == .done(path: setup.folder.appendingPathComponent("bashrc[2J (2)").path))
        #expect(again == first, "the same contents under the name are the download already")
        #expect(names == ["bashrc[2J", "bashrc[2J (2)"])
        #expect(other == "someone else's file")
    }

    @Test func anUploadCutMidwayResumesAndTheServerHoldsTheWholeFile() async throws {
        let setup = try await Setup.start()
        let file: [UInt8] = (0..<2_500_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ ($0 >> 12)) }
        let path = setup.folder.appendingPathComponent("prezentaciya.pdf").path
        try FileManager.default.createDirectory(at: setup.folder, withIntermediateDirectories: true)
        try Data(file).write(to: URL(fileURLWithPath: path))
        let sha256 = try FileChecksum.sha256(ofFileAt: path)
        // The server takes the second chunk, but its answer never arrives.
        setup.proxy.inject(.dropResponse, whenPathContains: "offset=\(ResourceLimits.chunkBytes)")
        let upload = FileUpload(connection: setup.connection, token: setup.token)
        var firstTry: (any Error)?
        do {
            _ = try await upload.run(path: path, sha256: sha256, size: Int64(file.count))
        } catch {
            firstTry = error
        }
        setup.proxy.resetCounts()
        let finished = try await upload.run(path: path, sha256: sha256, size: Int64(file.count))
        let chunksSentAgain = setup.proxy.exchanges.filter { $0.method == "PUT" }.count
        let stored = try Data(contentsOf: URL(fileURLWithPath: try #require(setup.server.database.files.path(of: sha256))))
        await setup.stop()
        #expect(firstTry is SyncError)
        #expect(finished.complete && finished.received == 2_500_000)
        #expect(chunksSentAgain == 1, "the server kept both chunks it took; only the third is sent")
        #expect([UInt8](stored) == file)
    }
}
