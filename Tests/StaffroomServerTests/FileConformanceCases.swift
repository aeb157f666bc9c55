import Foundation
import StaffroomProtocol
@testable import StaffroomServer

/// The conformance cases of the library's file routes: downloads by range, and uploads by chunk.
extension OpenAPIConformanceTests {
    private static let file = "/v1/resources/{id}/files/{index}"
    private static let upload = "/v1/uploads/{sha256}"
    private static let octets = ("Content-Type", "application/octet-stream")
    /// Ten bytes and their checksum, for uploads.
    private static let chunk: [UInt8] = Array("десять".utf8.prefix(10))
    private static var chunkSHA256: String { LibraryFixture.hex(chunk) }

    private static func bearer(_ server: LiveServer, _ name: String) async throws -> [(String, String)] {
        [("Authorization", "Bearer \(try await server.token(username: name, password: "password-\(name)"))")]
    }

    private static func breakDatabase(_ server: LiveServer) async throws {
        try await server.database.writer.write { try $0.execute(sql: "DROP TABLE storedFile") }
    }

    static let fileCases: [ConformanceCase] = [
        ConformanceCase(answer: answer("GET", file, 200), situation: "the guide's file, whole", requestFollowsDocument: true) { server in
            try await .send(.GET, WireFormat.resourceFilePath(1, file: 0), headers: try await bearer(server, "anna"), to: server)
        },
        ConformanceCase(answer: answer("GET", file, 206), situation: "its first hundred bytes", requestFollowsDocument: true) { server in
            try await .send(.GET, WireFormat.resourceFilePath(1, file: 0), headers: try await bearer(server, "anna") + [("Range", "bytes=0-99")],
                            to: server)
        },
        ConformanceCase(answer: answer("GET", file, 401), situation: "no Authorization header", requestFollowsDocument: false) { server in
            try await .send(.GET, WireFormat.resourceFilePath(1, file: 0), to: server)
        },
        ConformanceCase(answer: answer("GET", file, 404), situation: "a file the resource does not have", requestFollowsDocument: true) { server in
            try await .send(.GET, WireFormat.resourceFilePath(1, file: 7), headers: try await bearer(server, "anna"), to: server)
        },
        ConformanceCase(answer: answer("GET", file, 416), situation: "a range beyond its end", requestFollowsDocument: true) { server in
            try await .send(.GET, WireFormat.resourceFilePath(1, file: 0),
                            headers: try await bearer(server, "anna") + [("Range", "bytes=999999-")], to: server)
        },
        ConformanceCase(answer: answer("GET", file, 500), situation: "the stored-file table is gone", requestFollowsDocument: true) { server in
            let auth = try await bearer(server, "anna")
            try await breakDatabase(server)
            return try await .send(.GET, WireFormat.resourceFilePath(1, file: 0), headers: auth, to: server)
        },
    ]

    static let uploadCases: [ConformanceCase] = [
        ConformanceCase(answer: answer("GET", upload, 200), situation: "a file not sent yet", requestFollowsDocument: true,
                        fillsWholeSchema: true) { server in
            try await .send(.GET, WireFormat.uploadPath(chunkSHA256) + "?size=10", headers: try await bearer(server, "anna"), to: server)
        },
        ConformanceCase(answer: answer("GET", upload, 400), situation: "a name that is not a checksum", requestFollowsDocument: false) { server in
            try await .send(.GET, WireFormat.uploadPath("server.sqlite") + "?size=10", headers: try await bearer(server, "anna"), to: server)
        },
        ConformanceCase(answer: answer("GET", upload, 401), situation: "no Authorization header", requestFollowsDocument: false) { server in
            try await .send(.GET, WireFormat.uploadPath(chunkSHA256) + "?size=10", to: server)
        },
        ConformanceCase(answer: answer("GET", upload, 413), situation: "a file of a terabyte", requestFollowsDocument: true) { server in
            try await .send(.GET, WireFormat.uploadPath(chunkSHA256) + "?size=1000000000000", headers: try await bearer(server, "anna"),
                            to: server)
        },
        ConformanceCase(answer: answer("GET", upload, 500), situation: "the stored-file table is gone", requestFollowsDocument: true) { server in
            let auth = try await bearer(server, "anna")
            try await breakDatabase(server)
            return try await .send(.GET, WireFormat.uploadPath(chunkSHA256) + "?size=10", headers: auth, to: server)
        },
        ConformanceCase(answer: answer("PUT", upload, 200), situation: "the whole file in one chunk", requestFollowsDocument: true,
                        fillsWholeSchema: true) { server in
            try await .send(.PUT, WireFormat.uploadPath(chunkSHA256) + "?size=10&offset=0", headers: try await bearer(server, "anna") + [octets],
                            bytes: chunk, to: server)
        },
        ConformanceCase(answer: answer("PUT", upload, 400), situation: "no offset", requestFollowsDocument: false) { server in
            try await .send(.PUT, WireFormat.uploadPath(chunkSHA256) + "?size=10", headers: try await bearer(server, "anna") + [octets],
                            bytes: chunk, to: server)
        },
        ConformanceCase(answer: answer("PUT", upload, 401), situation: "no Authorization header", requestFollowsDocument: false) { server in
            try await .send(.PUT, WireFormat.uploadPath(chunkSHA256) + "?size=10&offset=0", headers: [octets], bytes: chunk, to: server)
        },
        ConformanceCase(answer: answer("PUT", upload, 409), situation: "a chunk from byte 5 when the server holds none",
                        requestFollowsDocument: true) { server in
            try await .send(.PUT, WireFormat.uploadPath(chunkSHA256) + "?size=10&offset=5", headers: try await bearer(server, "anna") + [octets],
                            bytes: Array(chunk[5...]), to: server)
        },
        ConformanceCase(answer: answer("PUT", upload, 413), situation: "a file of a terabyte", requestFollowsDocument: true) { server in
            try await .send(.PUT, WireFormat.uploadPath(chunkSHA256) + "?size=1000000000000&offset=0",
                            headers: try await bearer(server, "anna") + [octets], bytes: chunk, to: server)
        },
        ConformanceCase(answer: answer("PUT", upload, 422), situation: "bytes that do not have the checksum", requestFollowsDocument: true) { server in
            try await .send(.PUT, WireFormat.uploadPath(String(repeating: "ab", count: 32)) + "?size=10&offset=0",
                            headers: try await bearer(server, "anna") + [octets], bytes: chunk, to: server)
        },
        ConformanceCase(answer: answer("PUT", upload, 500), situation: "the stored-file table is gone", requestFollowsDocument: true) { server in
            let auth = try await bearer(server, "anna")
            try await breakDatabase(server)
            return try await .send(.PUT, WireFormat.uploadPath(chunkSHA256) + "?size=10&offset=0", headers: auth + [octets], bytes: chunk,
                                   to: server)
        },
    ]
}
