import Foundation
import GRDB
import Hummingbird
import StaffroomProtocol

/// The moderators' routes, for moderators and admins only (403 for anyone else, 401 without a
/// session). They apply the same rules as the moderation mutations of `/v1/sync`, answered at
/// once: a stale action or a held claim is 409, a broken rule 422.
/// - `GET /v1/moderation/queue`: the pending items.
/// - `POST /v1/moderation/items/{id}/claim`, `POST /v1/moderation/items/{id}/actions`.
/// - `POST /v1/moderation/audit/{id}/undo`, `GET /v1/moderation/audit?moderator=&member=&action=&limit=`.
/// - `GET /v1/stats/moderation?weeks=`: the queue's metrics.
struct ModerationRoutes {
    let database: ServerDatabase

    /// The most entries one audit log request returns.
    static let auditLimit = 500

    func register(on group: RouterGroup<ServerRequestContext>) {
        group.get(RouterPath(WireFormat.moderationQueuePath)) { request, context in
            _ = try Self.requireStaff(context)
            let items = try database.writer.read { db in
                try Int64.fetchAll(db, sql: "SELECT id FROM reviewItem WHERE status = 'pending'").map { try ReviewQueue(db: db).item(id: $0) }
            }
            let ordered = items.sorted { ($0.score, $1.createdAt, $1.id) > ($1.score, $0.createdAt, $0.id) }
            return try JSONResponse.make(ReviewQueuePage(items: ordered), for: request)
        }
        group.post("/v1/moderation/items/:id/claim") { request, context in
            let user = try Self.requireStaff(context)
            let itemID = try Self.id(context)
            let body = try await Self.decode(ClaimRequest.self, request, context)
            return try JSONResponse.make(try desk(user) { desk, db in
                try desk.claim(itemID: itemID, body.claim)
                return try ReviewQueue(db: db).item(id: itemID)
            }, for: request)
        }
        group.post("/v1/moderation/items/:id/actions") { request, context in
            let user = try Self.requireStaff(context)
            let itemID = try Self.id(context)
            let body = try await Self.decode(ModerationRequest.self, request, context)
            return try JSONResponse.make(try desk(user) { desk, db in
                try desk.moderate(itemID: itemID, version: body.version, action: body.action, note: body.note, details: body.details)
                return try ReviewQueue(db: db).item(id: itemID)
            }, for: request)
        }
        group.post("/v1/moderation/audit/:id/undo") { request, context in
            let user = try Self.requireStaff(context)
            let entryID = try Self.id(context)
            return try JSONResponse.make(try desk(user) { desk, db in
                try desk.undo(entryID: entryID)
                let itemID = try Int64.fetchOne(db, sql: "SELECT itemID FROM auditEntry WHERE id = ?", arguments: [entryID]) ?? 0
                return try ReviewQueue(db: db).item(id: itemID)
            }, for: request)
        }
        group.get(RouterPath(WireFormat.auditLogPath)) { request, context in
            _ = try Self.requireStaff(context)
            let parameters = request.uri.queryParameters
            let filter = AuditLogFilter(moderatorID: try Self.number(parameters.get("moderator"), named: "moderator"),
                                        memberID: try Self.number(parameters.get("member"), named: "member"),
                                        action: try parameters.get("action").map { text in
                                            guard let action = ModerationAction(rawValue: text) else {
                                                throw APIError(.badRequest, "action must be one of the moderation actions.")
                                            }
                                            return action
                                        })
            let limit = Int(try Self.number(parameters.get("limit"), named: "limit") ?? Int64(Self.auditLimit))
            guard (1...Self.auditLimit).contains(limit) else { throw APIError(.badRequest, "limit must be from 1 to \(Self.auditLimit).") }
            let entries = try database.writer.read { db in try filter.entries(limit: limit, in: db) }
            return try JSONResponse.make(AuditLogPage(entries: entries), for: request)
        }
        group.get(RouterPath(WireFormat.moderationStatisticsPath)) { request, context in
            _ = try Self.requireStaff(context)
            let weeks = try Self.number(request.uri.queryParameters.get("weeks"), named: "weeks").map(Int.init) ?? 8
            guard ModerationStatistics.weekRange.contains(weeks) else {
                throw APIError(.badRequest, "weeks must be a whole number from 1 to \(ModerationStatistics.weekRange.upperBound).")
            }
            let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
            let statistics = try database.writer.read { db in try ModerationStatisticsReader(db: db, now: now).read(weeks: weeks) }
            return try JSONResponse.make(statistics, for: request)
        }
    }

    /// Runs a moderator's action in one transaction; a refusal becomes the matching HTTP error.
    private func desk<Answer>(_ user: User, _ body: (ModerationDesk, Database) throws -> Answer) throws -> Answer {
        let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        do {
            return try database.writer.write { db in try body(ModerationDesk(db: db, user: user, now: now), db) }
        } catch let refusal as MutationRefusal {
            throw Self.error(for: refusal)
        }
    }

    static func error(for refusal: MutationRefusal) -> APIError {
        switch refusal.code {
        case .forbidden: APIError(.forbidden, refusal.message)
        case .notFound: APIError(.notFound, refusal.message)
        case .alreadyHandled: APIError(.alreadyHandled, refusal.message)
        case .claimed: APIError(.claimed, refusal.message)
        default: APIError(.refused, refusal.message)
        }
    }

    private static func requireStaff(_ context: ServerRequestContext) throws -> User {
        let user = try context.requireUser()
        guard user.role == .moderator || user.role == .admin else {
            throw APIError(.forbidden, "Only moderators and admins may use the moderation routes.")
        }
        return user
    }

    private static func id(_ context: ServerRequestContext) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw APIError(.notFound, "No such item.") }
        return id
    }

    private static func number(_ text: String?, named name: String) throws -> Int64? {
        try text.map { text in
            guard let value = Int64(text), value > 0 else { throw APIError(.badRequest, "\(name) must be a positive whole number.") }
            return value
        }
    }

    private static func decode<Body: Decodable>(_ type: Body.Type, _ request: Request, _ context: ServerRequestContext) async throws -> Body {
        do {
            return try await request.decode(as: type, context: context)
        } catch {
            throw APIError(.badRequest, "The body must be a \(type) (see docs/protocol.md).")
        }
    }
}
