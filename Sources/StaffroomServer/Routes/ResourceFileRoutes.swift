import Foundation
import Hummingbird
import StaffroomProtocol

/// `GET /v1/resources/{id}/files/{index}`: the contents of a resource's file, for signed-in
/// members. The file is found by the checksum the catalogue records, never by a name in the
/// request. Answers carry a strong `ETag` (the checksum) and honour one `Range` (206, or 416 when
/// it lies outside the file) unless an `If-Range` names another version (then the whole file).
struct ResourceFileRoutes {
    let database: ServerDatabase
    private let fileIO = FileIO()

    init(database: ServerDatabase) {
        self.database = database
    }

    func register(on group: RouterGroup<ServerRequestContext>) {
        group.get("/v1/resources/:id/files/:index") { request, context in
            let user = try context.requireUser()
            guard let resourceID = context.parameters.get("id", as: Int64.self),
                  let index = context.parameters.get("index", as: Int.self),
                  let file = try database.resourceFile(resourceID: resourceID, index: index) else {
                throw APIError(.notFound, "The library has no such file.")
            }
            guard let path = database.files.path(of: file.sha256), database.files.contains(file.sha256),
                  let size = try database.storedFileSize(file.sha256) else {
                throw APIError(.notFound, "The server does not hold this file's contents.")
            }
            let etag = "\"\(file.sha256)\""
            var headers: HTTPFields = [.eTag: etag, .acceptRanges: "bytes", .contentType: Self.safeMediaType(file.mediaType)]
            headers[.cacheControl] = "private, max-age=31536000, immutable"
            var range = ByteRangeRequest(header: request.headers[.range], size: size)
            if let ifRange = request.headers[.ifRange], ifRange != etag { range = .whole }
            switch range {
            case .unsatisfiable:
                headers[.contentRange] = "bytes */\(size)"
                headers[.contentType] = "text/plain; charset=utf-8"
                let message = "The file has \(size) bytes; the range asked for lies outside it."
                return Response(status: .rangeNotSatisfiable, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: message)))
            case .whole:
                try database.recordDownload(resourceID: resourceID, userID: user.id, at: Date())
                headers[.contentLength] = String(size)
                return Response(status: .ok, headers: headers, body: try await fileIO.loadFile(path: path, context: context))
            case .part(let bytes):
                if bytes.lowerBound == 0 { try database.recordDownload(resourceID: resourceID, userID: user.id, at: Date()) }
                headers[.contentLength] = String(bytes.count)
                headers[.contentRange] = "bytes \(bytes.lowerBound)-\(bytes.upperBound)/\(size)"
                let body = try await fileIO.loadFile(path: path, range: Int(bytes.lowerBound)...Int(bytes.upperBound), context: context)
                return Response(status: .partialContent, headers: headers, body: body)
            }
        }
    }

    /// The media type as its author gave it when it is a plain `type/subtype`; anything else
    /// (it is a member's text, bound for a header) is sent as bytes.
    static func safeMediaType(_ mediaType: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789.+-")
        let parts = mediaType.lowercased().split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...64).contains($0.count) && $0.allSatisfy(allowed.contains) }) else {
            return "application/octet-stream"
        }
        return parts.joined(separator: "/")
    }
}
