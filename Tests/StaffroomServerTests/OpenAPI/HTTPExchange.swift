import CompressNIO
import Foundation
import NIOCore
import NIOHTTP1

/// One request to a live server and its answer, kept whole so both can be judged against the document.
struct HTTPExchange: Sendable {
    /// The method in upper case (`POST`).
    let method: String
    /// Path and query as sent: `/v1/sync?cursor=…&wait=0.2`.
    let target: String
    let requestHeaders: [(name: String, value: String)]
    let requestBody: String?
    /// A request body that is not text (a file's chunk).
    var requestBytes: [UInt8]? = nil
    let status: Int
    let responseHeaders: HTTPHeaders
    /// The answer's body as sent, before any `Content-Encoding` is undone.
    let encodedBody: [UInt8]

    /// Sends a request to `server` and records the exchange.
    static func send(_ method: HTTPMethod, _ target: String, headers: [(String, String)] = [], body: String? = nil,
                     bytes: [UInt8]? = nil, to server: LiveServer) async throws -> HTTPExchange {
        let answer = try await server.request(method, target, headers: headers, body: body, bytes: bytes)
        return HTTPExchange(method: method.rawValue, target: target, requestHeaders: headers.map { (name: $0.0, value: $0.1) },
                            requestBody: body, requestBytes: bytes, status: answer.status, responseHeaders: answer.headers,
                            encodedBody: answer.body)
    }

    /// The target's path, without the query.
    var path: String { URLComponents(string: target)?.path ?? target }

    /// The query's parameters, percent-decoded, in the order sent.
    var queryItems: [(name: String, value: String)] {
        (URLComponents(string: target)?.queryItems ?? []).map { (name: $0.name, value: $0.value ?? "") }
    }

    /// The first request header called `name` (names compare without regard to case).
    func requestHeader(_ name: String) -> String? {
        requestHeaders.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The answer's body with `Content-Encoding: gzip` undone; any other coding is left as it is.
    func decodedBody() throws -> [UInt8] {
        guard responseHeaders.first(name: "Content-Encoding")?.lowercased() == "gzip" else { return encodedBody }
        var buffer = ByteBuffer(bytes: encodedBody)
        return Array(try buffer.decompress(with: .gzip()).readableBytesView)
    }
}
