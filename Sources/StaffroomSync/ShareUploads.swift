import Foundation
import StaffroomProtocol
import StaffroomStore

extension Synchronizer {
    /// Uploads the files of the `shareResource` writes about to be pushed, so the server holds them
    /// when the writes arrive. A write whose file the server will not take (too large) or that
    /// changed on disk since it was chosen is kept as not sent with the reason, and left out;
    /// a failing connection throws, and the next run resumes each file where the server's copy ends.
    func uploadingFiles(of pending: [Mutation], token: String) async throws(SyncError) -> [Mutation] {
        var ready: [Mutation] = []
        for mutation in pending {
            guard case .shareResource(let draft) = mutation.action else {
                ready.append(mutation)
                continue
            }
            if let refusal = try await upload(draft.files, token: token) {
                try storeCall { () throws(StoreError) in try store.refuseLocally(mutation, code: .invalid, message: refusal) }
            } else {
                ready.append(mutation)
            }
        }
        return ready
    }

    /// Uploads each file still waiting on this device; returns why the server cannot have one.
    private func upload(_ files: [ResourceFile], token: String) async throws(SyncError) -> String? {
        for file in files {
            guard let local = try storeCall({ () throws(StoreError) in try store.pendingFile(sha256: file.sha256) }) else { continue }
            do {
                _ = try await FileUpload(connection: connection, token: token).run(path: local.path, sha256: file.sha256, size: file.size)
            } catch let error as SyncError {
                switch error {
                case .server(status: 413, let message): return message
                case .server(status: 422, _): return Self.changedMessage(file.name, path: local.path)
                default: throw error
                }
            } catch is FileUpload.Failure {
                return Self.changedMessage(file.name, path: local.path)
            } catch {
                throw .unreachable(.other("the upload of \(file.name) stopped: \(error)"))
            }
            try storeCall { () throws(StoreError) in try store.forgetPendingFile(sha256: file.sha256) }
        }
        return nil
    }

    private static func changedMessage(_ name: String, path: String) -> String {
        "The file \"\(name)\" (\(path)) changed or was removed since it was chosen; share it again."
    }
}
