import Foundation
import Testing
import StaffroomProtocol
@testable import StaffroomServer

/// Serving library files: only to signed-in members, by the checksum the catalogue records, with a
/// strong `ETag`, one `Range` at a time and `If-Range` guarding a resume against a changed file.
@Suite struct ResourceFileTests {
    private let path = WireFormat.resourceFilePath(1, file: 0)

    @Test func aWholeFileComesWithItsLengthAndChecksumAsETag() async throws {
        let server = try await LiveServer.start(prepare: LibraryFixture.seed)
        let token = try await server.token(username: "anna", password: "password-anna")
        let whole = try await server.fetch(path, token: token)
        let anonymous = try await server.request(.GET, path)
        await server.stop()
        #expect(whole.status == 200)
        #expect(whole.body == LibraryFixture.contents)
        #expect(whole.headers.first(name: "Content-Length") == "1000")
        #expect(whole.headers.first(name: "ETag") == "\"\(LibraryFixture.sha256)\"")
        #expect(whole.headers.first(name: "Accept-Ranges") == "bytes")
        #expect(anonymous.status == 401)
    }

    @Test func rangesAreServedAsPartialContentAndRangesOutsideTheFileAreRefused() async throws {
        let server = try await LiveServer.start(prepare: LibraryFixture.seed)
        let token = try await server.token(username: "anna", password: "password-anna")
        let middle = try await server.fetch(path, token: token, headers: [("Range", "bytes=100-199")])
        let tail = try await server.fetch(path, token: token, headers: [("Range", "bytes=990-")])
        let suffix = try await server.fetch(path, token: token, headers: [("Range", "bytes=-5")])
        let beyondEnd = try await server.fetch(path, token: token, headers: [("Range", "bytes=900-5000")])
        let outside = try await server.fetch(path, token: token, headers: [("Range", "bytes=1000-")])
        let several = try await server.fetch(path, token: token, headers: [("Range", "bytes=0-1,5-6")])
        await server.stop()
        let file = LibraryFixture.contents
        #expect(middle.status == 206 && middle.body == Array(file[100...199]))
        #expect(middle.headers.first(name: "Content-Range") == "bytes 100-199/1000")
        #expect(middle.headers.first(name: "Content-Length") == "100")
        #expect(tail.status == 206 && tail.body == Array(file[990...]))
        #expect(suffix.status == 206 && suffix.body == Array(file[995...]))
        #expect(beyondEnd.status == 206 && beyondEnd.headers.first(name: "Content-Range") == "bytes 900-999/1000")
        #expect(outside.status == 416 && outside.headers.first(name: "Content-Range") == "bytes */1000")
        #expect(several.status == 200 && several.body == file, "several ranges are answered with the whole file")
    }

    @Test func ifRangeResumesOnlyTheSameVersionOfTheFile() async throws {
        let server = try await LiveServer.start(prepare: LibraryFixture.seed)
        let token = try await server.token(username: "anna", password: "password-anna")
        let same = try await server.fetch(path, token: token, headers: [("Range", "bytes=500-"), ("If-Range", "\"\(LibraryFixture.sha256)\"")])
        let other = try await server.fetch(path, token: token,
                                           headers: [("Range", "bytes=500-"), ("If-Range", "\"\(String(repeating: "0", count: 64))\"")])
        let dated = try await server.fetch(path, token: token, headers: [("Range", "bytes=500-"), ("If-Range", "Wed, 21 Oct 2026 07:28:00 GMT")])
        await server.stop()
        #expect(same.status == 206 && same.body == Array(LibraryFixture.contents[500...]))
        #expect(other.status == 200 && other.body == LibraryFixture.contents)
        #expect(dated.status == 200 && dated.body == LibraryFixture.contents)
    }

    @Test func aDownloadCutAtAnyOffsetResumesToTheWholeFile() async throws {
        let server = try await LiveServer.start(prepare: LibraryFixture.seed)
        let token = try await server.token(username: "anna", password: "password-anna")
        var rebuilt: [[UInt8]] = []
        for cut in [1, 333, 500, 999] {
            let first = try await server.fetch(path, token: token, headers: [("Range", "bytes=0-\(cut - 1)")])
            let rest = try await server.fetch(path, token: token,
                                              headers: [("Range", "bytes=\(cut)-"), ("If-Range", "\"\(LibraryFixture.sha256)\"")])
            rebuilt.append(first.body + rest.body)
        }
        await server.stop()
        #expect(rebuilt.allSatisfy { $0 == LibraryFixture.contents })
    }

    @Test func noRequestReachesAFileOutsideTheStore() async throws {
        let server = try await LiveServer.start { database, accounts in
            try LibraryFixture.seed(database, accounts)
            // A catalogue entry whose checksum is a path, as a damaged or hostile row might hold.
            _ = try database.batch { writer in
                try writer.addResource(Resource(id: 0, title: "Плохая запись", description: "", type: .worksheet, language: "ru",
                                                authorID: 1, licence: "CC BY 4.0", createdAt: Date(),
                                                files: [ResourceFile(name: "passwd", size: 10, mediaType: "text/plain",
                                                                     sha256: "../../../../../../etc/passwd")]))
            }
        }
        let token = try await server.token(username: "anna", password: "password-anna")
        let attempts = [
            "/v1/resources/1/files/..%2F..%2F..%2Fetc%2Fpasswd",
            "/v1/resources/1/files/%2Fetc%2Fpasswd",
            "/v1/resources/..%2F..%2Fetc/files/0",
            "/v1/resources/1/files/0%2F..%2F..%2Fpasswd",
            "/v1/resources/1/files/" + String(repeating: "9", count: 4_000),
            "/v1/resources/1/files/0%0d%0aX-Injected:%201",
            "/v1/resources/1/files/-1",
            "/v1/resources/2/files/0",
            "/v1/uploads/..%2F..%2F..%2Fetc%2Fpasswd?size=10",
            "/v1/uploads/%2Fetc%2Fpasswd?size=10",
        ]
        var answers: [(String, Int, [UInt8])] = []
        for attempt in attempts {
            let answer = try await server.fetch(attempt, token: token)
            answers.append((attempt, answer.status, answer.body))
        }
        await server.stop()
        let passwd = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "/etc/passwd")))
        for (attempt, status, body) in answers {
            #expect([400, 404].contains(status), "\(attempt) answered \(status)")
            #expect(!String(decoding: body, as: UTF8.self).contains("root:") && body != passwd, "\(attempt) leaked a file")
        }
    }

    @Test func aMediaTypeGivenByAMemberReachesTheHeaderOnlyWhenItIsPlain() {
        #expect(ResourceFileRoutes.safeMediaType("application/pdf") == "application/pdf")
        #expect(ResourceFileRoutes.safeMediaType("text/plain\r\nSet-Cookie: x=1") == "application/octet-stream")
        #expect(ResourceFileRoutes.safeMediaType("../../etc") == "application/octet-stream")
    }

    @Test func eachMemberCountsOnceInTheDownloadCount() async throws {
        let server = try await LiveServer.start(prepare: LibraryFixture.seed)
        let anna = try await Writer.login(server, as: "anna")
        let ivan = try await Writer.login(server, as: "ivan")
        _ = try await server.fetch(path, token: anna.token)
        _ = try await server.fetch(path, token: anna.token)
        _ = try await server.fetch(path, token: ivan.token, headers: [("Range", "bytes=500-")])
        let resumedOnly = try await anna.fullSync()
        _ = try await server.fetch(path, token: ivan.token, headers: [("Range", "bytes=0-499")])
        let afterIvan = try await anna.fullSync()
        for writer in [anna, ivan] { await writer.close() }
        await server.stop()
        func count(_ changes: [Change]) -> Int? {
            changes.compactMap { change -> Int? in if case .resource(let resource) = change { resource.downloadCount } else { nil } }.first
        }
        #expect(count(resumedOnly) == 1, "a resumed download (not from its start) does not count again")
        #expect(count(afterIvan) == 2)
    }
}
