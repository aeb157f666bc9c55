import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import StaffroomProtocol
import StaffroomStore

/// Fetches one library file into the downloads folder: resumed with `Range` from the partial copy
/// any earlier try left (`If-Range` makes sure it is the same file), verified against the
/// catalogue's SHA-256 before it is called done, then moved to a safe name that overwrites nothing.
/// Partial copies wait in `.staffroom-partial` inside the folder, named by checksum.
public struct FileDownload: Sendable {
    let connection: ServerConnection
    let token: String
    /// The downloads folder.
    public let folder: URL

    public init(connection: ServerConnection, token: String, folder: URL) {
        self.connection = connection
        self.token = token
        self.folder = folder
    }

    /// How a download ended.
    public enum Outcome: Equatable, Sendable {
        /// The verified file is at `path`.
        case done(path: String)
        /// It stopped for good or until the member acts; a partial copy is kept but after a
        /// checksum mismatch.
        case failed(Download.Problem)
    }

    /// Fetches what is missing of `download`, calling `progress` with the bytes on disk as they
    /// grow. Throws `CancellationError` when its task is cancelled (the partial copy stays for a
    /// resume) and `SyncError` when the connection fails.
    public func run(_ download: Download, progress: @Sendable (Int64) async -> Void) async throws -> Outcome {
        guard ResourceLimits.isSHA256(download.sha256) else { return .failed(.gone) }
        let partial = partialPath(download.sha256)
        do {
            try FileManager.default.createDirectory(atPath: (partial as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: partial) { try Data().write(to: URL(fileURLWithPath: partial)) }
        } catch {
            return .failed(Self.isDiskFull(error) ? .diskFull : .cannotWrite)
        }
        var held = Self.size(ofFileAt: partial)
        if held > download.size {
            try? FileManager.default.removeItem(atPath: partial)
            return .failed(.checksumMismatch)
        }
        if held < download.size {
            if let failure = try await fetch(download, into: partial, from: held, progress: progress) { return failure }
            held = Self.size(ofFileAt: partial)
        }
        guard held == download.size, (try? FileChecksum.sha256(ofFileAt: partial)) == download.sha256 else {
            try? FileManager.default.removeItem(atPath: partial)
            return .failed(.checksumMismatch)
        }
        do {
            return .done(path: try place(partial, named: download.name, sha256: download.sha256))
        } catch {
            return .failed(Self.isDiskFull(error) ? .diskFull : .cannotWrite)
        }
    }

    /// Bytes of the download's partial copy on disk.
    public func heldBytes(of download: Download) -> Int64 {
        ResourceLimits.isSHA256(download.sha256) ? Self.size(ofFileAt: partialPath(download.sha256)) : 0
    }

    /// Forgets a download's partial copy in `folder` (when the member cancels it).
    public static func discardPartial(of download: Download, in folder: URL) {
        guard ResourceLimits.isSHA256(download.sha256) else { return }
        try? FileManager.default.removeItem(atPath: partialPath(download.sha256, in: folder))
    }

    private func partialPath(_ sha256: String) -> String {
        Self.partialPath(sha256, in: folder)
    }

    private static func partialPath(_ sha256: String, in folder: URL) -> String {
        folder.appendingPathComponent(".staffroom-partial").appendingPathComponent(sha256 + ".part").path
    }

    /// One request for the bytes from `offset` on, appended to the partial copy as they arrive;
    /// returns a failure that ends the download, or nil when the bytes came.
    private func fetch(_ download: Download, into partial: String, from offset: Int64,
                       progress: @Sendable (Int64) async -> Void) async throws -> Outcome? {
        var request = HTTPClientRequest(url: connection.baseURL.absoluteString.trimmingSuffix("/")
                                        + WireFormat.resourceFilePath(download.resourceID, file: download.fileIndex))
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        request.headers.add(name: "User-Agent", value: "staffroom")
        if offset > 0 {
            request.headers.add(name: "Range", value: "bytes=\(offset)-")
            request.headers.add(name: "If-Range", value: "\"\(download.sha256)\"")
        }
        let response: HTTPClientResponse
        do {
            response = try await connection.http.execute(request, timeout: .hours(24))
        } catch {
            try Task.checkCancellation()
            throw SyncError.unreachable(NetworkProblem(error, host: connection.baseURL.host ?? ""))
        }
        var start = offset
        switch response.status {
        case .partialContent:
            guard response.headers.first(name: "Content-Range")?.hasPrefix("bytes \(offset)-") == true else {
                throw SyncError.malformed("the server sent another part of the file than the one asked for")
            }
        case .ok:
            start = 0
        case .rangeNotSatisfiable:
            return nil
        case .notFound:
            return .failed(.gone)
        case .unauthorized:
            throw SyncError.sessionExpired
        default:
            let body = try? await response.body.collect(upTo: 64 << 10)
            throw ServerConnection.error(status: response.status, body: Data(body.map { Array($0.readableBytesView) } ?? []))
        }
        let handle: FileHandle
        do {
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: partial))
            if Self.size(ofFileAt: partial) != start { try handle.truncate(atOffset: UInt64(start)) }
            try handle.seek(toOffset: UInt64(start))
        } catch {
            return .failed(Self.isDiskFull(error) ? .diskFull : .cannotWrite)
        }
        defer { try? handle.close() }
        var held = start
        do {
            for try await buffer in response.body {
                try Task.checkCancellation()
                do {
                    try handle.write(contentsOf: Data(buffer.readableBytesView))
                } catch {
                    return .failed(Self.isDiskFull(error) ? .diskFull : .cannotWrite)
                }
                held += Int64(buffer.readableBytes)
                connection.received.add(buffer.readableBytes, ordering: .relaxed)
                await progress(held)
            }
        } catch let error as CancellationError {
            throw error
        } catch {
            try Task.checkCancellation()
            throw SyncError.unreachable(NetworkProblem(error, host: connection.baseURL.host ?? ""))
        }
        return nil
    }

    /// Moves the verified partial copy into the folder under a safe form of `name`; a file of that
    /// name with other contents keeps its name and the new one is numbered, one with the same
    /// contents is the download already.
    private func place(_ partial: String, named name: String, sha256: String) throws -> String {
        let safe = SafeFileName.make(from: name)
        for number in 1...999 {
            let candidate = folder.appendingPathComponent(number == 1 ? safe : SafeFileName.numbered(safe, number)).path
            if !FileManager.default.fileExists(atPath: candidate) {
                try FileManager.default.moveItem(atPath: partial, toPath: candidate)
                removePartialFolderIfEmpty()
                return candidate
            }
            if (try? FileChecksum.sha256(ofFileAt: candidate)) == sha256 {
                try FileManager.default.removeItem(atPath: partial)
                removePartialFolderIfEmpty()
                return candidate
            }
        }
        throw CocoaError(.fileWriteFileExists)
    }

    /// Leaves no empty `.staffroom-partial` behind once nothing waits in it.
    private func removePartialFolderIfEmpty() {
        let partials = folder.appendingPathComponent(".staffroom-partial").path
        if (try? FileManager.default.contentsOfDirectory(atPath: partials))?.isEmpty == true {
            try? FileManager.default.removeItem(atPath: partials)
        }
    }

    private static func size(ofFileAt path: String) -> Int64 {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? 0
    }

    /// Whether a write failed because the disk (or the user's quota) is full.
    static func isDiskFull(_ error: any Error) -> Bool {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return error.code == Int(ENOSPC) || error.code == Int(EDQUOT) }
        if error.domain == NSCocoaErrorDomain { return error.code == CocoaError.fileWriteOutOfSpace.rawValue }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? any Error { return isDiskFull(underlying) }
        return false
    }
}
