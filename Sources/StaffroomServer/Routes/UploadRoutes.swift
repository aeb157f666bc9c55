import Foundation
import Hummingbird
import StaffroomProtocol

/// Uploads of library files, by checksum and in chunks so a cut costs at most one chunk:
/// `GET /v1/uploads/{sha256}?size=N` says how far the member's upload came (or that the server
/// holds the content already), `PUT …?size=N&offset=M` appends the next chunk. The last chunk is
/// verified against the checksum before the file joins the store.
struct UploadRoutes {
    let database: ServerDatabase
    /// The largest file the server takes.
    let maximumFileBytes: Int64

    func register(on group: RouterGroup<ServerRequestContext>) {
        group.get("/v1/uploads/:sha256") { request, context in
            let user = try context.requireUser()
            let (sha256, size) = try target(request, context)
            return try JSONResponse.make(try progress(sha256, size: size, userID: user.id), for: request)
        }
        group.put("/v1/uploads/:sha256") { request, context in
            let user = try context.requireUser()
            let (sha256, size) = try target(request, context)
            guard let offset = request.uri.queryParameters.get("offset", as: Int64.self), offset >= 0 else {
                throw APIError(.badRequest, "Say where the chunk starts: ?offset= in bytes.")
            }
            let current = try progress(sha256, size: size, userID: user.id)
            if current.complete { return try JSONResponse.make(current, for: request) }
            let chunk = try await request.body.collect(upTo: context.maxUploadSize)
            do {
                let received = try database.files.append(Data(chunk.readableBytesView), at: offset, to: sha256, size: size, userID: user.id)
                if received == size { try database.recordStoredFile(sha256, size: size) }
                return try JSONResponse.make(UploadProgress(sha256: sha256, size: size, received: received, complete: received == size),
                                             for: request)
            } catch ResourceFileStore.Failure.offsetMismatch(let received) {
                throw APIError(.uploadOffset, "The server holds \(received) bytes of this file; send the chunk that starts there.")
            } catch ResourceFileStore.Failure.beyondSize {
                throw APIError(.badRequest, "The chunk goes beyond the file's size of \(size) bytes.")
            } catch ResourceFileStore.Failure.checksumMismatch {
                throw APIError(.checksumMismatch, "The bytes received do not have the checksum \(sha256); the server discarded them. Send the file again.")
            }
        }
    }

    /// The checksum in the path and the declared size, checked against the server's limit.
    private func target(_ request: Request, _ context: ServerRequestContext) throws -> (String, Int64) {
        guard let sha256 = context.parameters.get("sha256"), ResourceLimits.isSHA256(sha256) else {
            throw APIError(.badRequest, "Name the file by its SHA-256: 64 lower-case hex digits.")
        }
        guard let size = request.uri.queryParameters.get("size", as: Int64.self), size >= 0 else {
            throw APIError(.badRequest, "Say the file's size: ?size= in bytes.")
        }
        guard size <= maximumFileBytes else {
            throw APIError(.tooLarge, "This server takes files of up to \(ByteCountText.megabytes(maximumFileBytes)); this one has \(ByteCountText.megabytes(size)).")
        }
        return (sha256, size)
    }

    private func progress(_ sha256: String, size: Int64, userID: Int64) throws -> UploadProgress {
        if let stored = try database.storedFileSize(sha256), database.files.contains(sha256) {
            return UploadProgress(sha256: sha256, size: stored, received: stored, complete: true)
        }
        return UploadProgress(sha256: sha256, size: size, received: database.files.received(sha256, size: size, userID: userID),
                              complete: false)
    }
}

/// Sizes in server messages.
enum ByteCountText {
    /// `size` in megabytes, with one decimal below ten.
    static func megabytes(_ size: Int64) -> String {
        let value = Double(size) / 1_048_576
        return value < 10 ? String(format: "%.1f MB", value) : "\(Int(value.rounded())) MB"
    }
}
