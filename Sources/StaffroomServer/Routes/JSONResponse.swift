import CompressNIO
import Foundation
import Hummingbird
import NIOCore
import StaffroomProtocol

/// JSON responses, gzip-compressed when the client accepts gzip and the body is worth compressing.
enum JSONResponse {
    /// Bodies smaller than this are sent as they are: gzip would barely shrink them.
    static let compressionThreshold = 512

    static func make(_ value: some Encodable, for request: Request, status: HTTPResponse.Status = .ok) throws -> Response {
        var body = ByteBuffer(bytes: try WireFormat.makeEncoder().encode(value))
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8", .vary: "Accept-Encoding"]
        if body.readableBytes >= compressionThreshold, acceptsGzip(request.headers[.acceptEncoding]) {
            body = try body.compress(with: .gzip())
            headers[.contentEncoding] = "gzip"
        }
        headers[.contentLength] = String(body.readableBytes)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body))
    }

    /// Whether an `Accept-Encoding` value allows gzip (`gzip` or `*` with a non-zero q-value).
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        var gzip: Double?
        var wildcard: Double?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let name = parts.first else { continue }
            var quality = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            if name == "gzip" || name == "x-gzip" { gzip = quality }
            if name == "*" { wildcard = quality }
        }
        return (gzip ?? wildcard ?? 0) > 0
    }
}
