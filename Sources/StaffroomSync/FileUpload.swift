import Foundation
import StaffroomProtocol

/// Sends one local file to the server's store in chunks, picking up where the server's copy ends
/// (after a cut, or in another run), so a dropped connection costs at most one chunk.
public struct FileUpload: Sendable {
    let connection: ServerConnection
    let token: String

    public init(connection: ServerConnection, token: String) {
        self.connection = connection
        self.token = token
    }

    /// Why a file cannot be sent as it is.
    public enum Failure: Error, Equatable, Sendable {
        /// The file changed or disappeared since it was chosen.
        case fileChanged(path: String)
    }

    /// Uploads the file at `path`, whose checksum and size were worked out when it was chosen;
    /// calls `progress` with the bytes the server holds. Returns when the server holds it whole
    /// (at once when it held the content already).
    public func run(path: String, sha256: String, size: Int64, chunkBytes: Int = ResourceLimits.chunkBytes,
                    progress: @Sendable (Int64) async -> Void = { _ in }) async throws -> UploadProgress {
        var state = try await connection.uploadProgress(token: token, sha256: sha256, size: size)
        guard !state.complete else { return state }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Failure.fileChanged(path: path) }
        defer { try? handle.close() }
        while !state.complete {
            try Task.checkCancellation()
            try handle.seek(toOffset: UInt64(state.received))
            let chunk = try handle.read(upToCount: chunkBytes) ?? Data()
            guard !chunk.isEmpty || state.received == size else { throw Failure.fileChanged(path: path) }
            let sent: Result<UploadProgress, SyncError>
            do {
                sent = .success(try await connection.uploadChunk(token: token, sha256: sha256, size: size, offset: state.received,
                                                                 bytes: chunk))
            } catch {
                sent = .failure(error)
            }
            switch sent {
            case .success(let answer): state = answer
            // The server holds another amount than thought (a chunk whose answer was lost): ask.
            case .failure(.server(status: 409, _)): state = try await connection.uploadProgress(token: token, sha256: sha256, size: size)
            case .failure(let error): throw error
            }
            await progress(state.received)
        }
        return state
    }
}
