import Foundation
import StaffroomProtocol
import StaffroomStore

/// A file on this computer chosen to share: its catalogue entry (name, size, media type, checksum)
/// and where it is, for the upload.
public struct LocalFile: Equatable, Sendable {
    public var entry: ResourceFile
    public var pending: PendingFile

    /// Why a chosen path cannot be shared.
    public enum Problem: Error, Equatable, Sendable {
        case missing(String)
        case notAFile(String)
        case unreadable(String)

        /// The English sentence for it.
        public var message: String {
            switch self {
            case .missing(let path): "There is no file \(path)."
            case .notAFile(let path): "\(path) is a folder, not a file."
            case .unreadable(let path): "\(path) cannot be read."
            }
        }
    }

    /// Reads the file at `path` (relative to the working folder or absolute) and works out its checksum.
    public init(path: String) throws(Problem) {
        let absolute = URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder) else { throw .missing(path) }
        guard !isFolder.boolValue else { throw .notAFile(path) }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: absolute),
              let size = (attributes[.size] as? NSNumber)?.int64Value,
              let sha256 = try? FileChecksum.sha256(ofFileAt: absolute) else { throw .unreadable(path) }
        let name = (absolute as NSString).lastPathComponent
        entry = ResourceFile(name: name, size: size, mediaType: Self.mediaType(of: name), sha256: sha256)
        pending = PendingFile(sha256: sha256, path: absolute, size: size)
    }

    /// The media type a file's extension names; `application/octet-stream` when unknown.
    static func mediaType(of name: String) -> String {
        let types = [
            "pdf": "application/pdf", "txt": "text/plain", "md": "text/markdown", "html": "text/html", "csv": "text/csv",
            "doc": "application/msword", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "ppt": "application/vnd.ms-powerpoint", "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "xls": "application/vnd.ms-excel", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "odt": "application/vnd.oasis.opendocument.text", "odp": "application/vnd.oasis.opendocument.presentation",
            "ods": "application/vnd.oasis.opendocument.spreadsheet", "rtf": "application/rtf", "zip": "application/zip",
            "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif", "svg": "image/svg+xml",
            "mp3": "audio/mpeg", "ogg": "audio/ogg", "wav": "audio/wav", "mp4": "video/mp4", "webm": "video/webm",
        ]
        return types[(name as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
    }
}
