import Hummingbird
import StaffroomProtocol

/// `GET /v1/sync?cursor=&limit=`: the changes after a cursor, in pages of at most 500.
struct SyncRoutes {
    let database: ServerDatabase

    func register(on group: RouterGroup<ServerRequestContext>) {
        group.get(RouterPath(WireFormat.syncPath)) { request, context in
            try sync(request, context: context)
        }
    }

    private func sync(_ request: Request, context: ServerRequestContext) throws -> Response {
        _ = try context.requireUser()
        let parameters = request.uri.queryParameters
        var limit = SyncPage.maximumChanges
        if let text = parameters.get("limit") {
            guard let value = Int(text), value > 0 else {
                throw APIError(.badRequest, "limit must be a positive whole number.")
            }
            limit = min(value, SyncPage.maximumChanges)
        }
        let epoch = try database.epoch()
        let after: Int64
        switch SyncCursor(parameters.get("cursor")) {
        case .start:
            after = 0
        case .position(let cursorEpoch, let sequence):
            guard cursorEpoch == epoch else {
                throw APIError(.cursorReset, "The server's data was replaced; sync again from the start.")
            }
            after = sequence
        case .malformed:
            throw APIError(.badRequest, "The cursor is not one this server issued.")
        }
        let result = try database.changes(after: after, limit: limit)
        let page = SyncPage(changes: result.changes, cursor: SyncCursor.encode(epoch: epoch, sequence: result.lastSequence),
                            more: result.more)
        return try JSONResponse.make(page, for: request)
    }
}

/// A sync cursor as the server issues it: `EPOCH-SEQUENCE`. Clients treat it as opaque.
enum SyncCursor: Equatable {
    case start
    case position(epoch: String, sequence: Int64)
    case malformed

    init(_ text: String?) {
        guard let text, !text.isEmpty else { self = .start; return }
        let parts = text.split(separator: "-")
        guard parts.count == 2, let sequence = Int64(parts[1]), sequence >= 0 else { self = .malformed; return }
        self = .position(epoch: String(parts[0]), sequence: sequence)
    }

    static func encode(epoch: String, sequence: Int64) -> String { "\(epoch)-\(sequence)" }
}
