import Crypto
import Foundation
import NIOHTTP1
import StaffroomProtocol
@testable import StaffroomServer

/// A library of one resource whose one file (1,000 bytes that differ from offset to offset) the
/// store holds, for the file and upload tests.
enum LibraryFixture {
    /// The file's contents.
    static let contents: [UInt8] = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 / 256) }
    static var sha256: String { hex(contents) }

    static func hex(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: Data(bytes)).map { String(format: "%02x", $0) }.joined()
    }

    /// The members of `seedWriters` and resource 1 with the file.
    static func seed(_ database: ServerDatabase, _ accounts: Accounts) throws {
        try seedWriters(database, accounts)
        try addResource(to: database, fileNamed: "drobi.bin", contents: contents)
    }

    /// Adds a worksheet by olga with one file of `contents`, which the store holds.
    @discardableResult
    static func addResource(to database: ServerDatabase, fileNamed name: String, contents: [UInt8]) throws -> Resource {
        let sha256 = try database.files.store(Data(contents))
        try database.recordStoredFile(sha256, size: Int64(contents.count))
        var resource = Resource(id: 0, title: "Рабочий лист: дроби", description: "Десять задач", type: .worksheet,
                                subjects: ["математика"], grades: [5], language: "ru", authorID: 1, licence: "CC BY 4.0",
                                createdAt: Date(timeIntervalSince1970: 1_795_000_000),
                                files: [ResourceFile(name: name, size: Int64(contents.count), mediaType: "application/octet-stream",
                                                     sha256: sha256)])
        resource.id = try database.batch { writer in try writer.addResource(resource) }
        return resource
    }
}

extension LiveServer {
    /// A signed-in exchange.
    func fetch(_ path: String, method: HTTPMethod = .GET, token: String, headers: [(String, String)] = [], bytes: [UInt8]? = nil)
        async throws -> (status: Int, headers: HTTPHeaders, body: [UInt8]) {
        try await request(method, path, headers: [("Authorization", "Bearer \(token)")] + headers, bytes: bytes)
    }
}
