import Foundation
import Hummingbird
import ServiceLifecycle
import StaffroomProtocol

/// `GET /v1/sync?cursor=&limit=&wait=&count=`: the changes after a cursor, in pages of at most 500;
/// with `wait`, an empty answer is held up to that many seconds for news, then `204 No Content`;
/// with `count=1`, the page says how many changes remain after it.
/// `POST /v1/sync` with a `SyncRequest`: this device's writes first, then the same page, in one round trip.
struct SyncRoutes {
    /// The longest a request may wait for news.
    static let longestWait = 60.0

    let database: ServerDatabase

    func register(on group: RouterGroup<ServerRequestContext>) {
        group.get(RouterPath(WireFormat.syncPath)) { request, context in
            let parameters = request.uri.queryParameters
            let limit = try parameters.get("limit").map { text in
                guard let value = Int(text) else { throw APIError(.badRequest, "limit must be a positive whole number.") }
                return value
            }
            let user = try context.requireUser()
            let start = try position(of: parameters.get("cursor"))
            let wait = try parameters.get("wait").map { text in
                guard let value = Double(text), value >= 0, value <= Self.longestWait else {
                    throw APIError(.badRequest, "wait must be a number of seconds from 0 to \(Int(Self.longestWait)).")
                }
                return value
            } ?? 0
            let counting = try Self.flag(parameters.get("count"), named: "count") ?? false
            let backfilling = try Self.flag(parameters.get("backfill"), named: "backfill") ?? true
            guard let answer = try await page(from: start, limit: limit, user: user, waitingUpTo: wait,
                                              backfilling: backfilling, counting: counting) else {
                return Response(status: .noContent)
            }
            return try JSONResponse.make(answer, for: request)
        }
        group.post(RouterPath(WireFormat.syncPath)) { request, context in
            let user = try context.requireUser()
            let body: SyncRequest
            do {
                body = try await request.decode(as: SyncRequest.self, context: context)
            } catch {
                throw APIError(.badRequest, "The body must be a sync request: {\"device\", \"mutations\", \"cursor\"}.")
            }
            guard !body.device.isEmpty, body.device.count <= 64 else {
                throw APIError(.badRequest, "device must be 1 to 64 characters.")
            }
            guard body.mutations.count <= SyncRequest.maximumMutations else {
                throw APIError(.badRequest, "At most \(SyncRequest.maximumMutations) mutations per request.")
            }
            let start = try position(of: body.cursor)
            if let limit = body.limit, limit <= 0 { throw APIError(.badRequest, "limit must be a positive whole number.") }
            let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
            let results = try database.apply(body.mutations, device: body.device, user: user, now: now)
            var answer = try page(from: start, limit: body.limit, user: user, backfilling: body.backfill ?? true,
                                  counting: body.count == true)
            answer.results = results
            return try JSONResponse.make(answer, for: request)
        }
    }

    /// The position a cursor stands for (nil: a first sync); checked before any write is applied.
    private func position(of cursorText: String?) throws -> SyncPosition? {
        switch SyncCursor(cursorText) {
        case .start:
            return nil
        case .position(let cursorEpoch, let position):
            if let refusal = try database.syncWindow().refusal(epoch: cursorEpoch, news: position.news,
                                                               highest: position.highestSequence) {
                throw APIError(.cursorReset, refusal)
            }
            return position
        case .malformed:
            throw APIError(.badRequest, "The cursor is not one this server issued.")
        }
    }

    /// A query flag: `0` or `1`, nil when absent.
    private static func flag(_ text: String?, named name: String) throws -> Bool? {
        try text.map { text in
            guard text == "0" || text == "1" else { throw APIError(.badRequest, "\(name) must be 0 or 1.") }
            return text == "1"
        }
    }

    /// The page from `start`; when it is empty and nothing waits after it, waits up to `seconds`
    /// for a change this member may see, and answers nil if none came. A page can be empty with more
    /// after it when every row it covered was left out (protocol §5.9); it is answered at once.
    private func page(from start: SyncPosition?, limit: Int?, user: User, waitingUpTo seconds: Double,
                      backfilling: Bool, counting: Bool) async throws -> SyncPage? {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let generation = database.changeSignal.generation
            let answer = try page(from: start, limit: limit, user: user, backfilling: backfilling, counting: counting)
            if !answer.changes.isEmpty || answer.more { return answer }
            let left = deadline.timeIntervalSinceNow
            guard left > 0, !Task.isCancelled, !Task.isShuttingDownGracefully else { return seconds > 0 ? nil : answer }
            await database.changeSignal.wait(pastGeneration: generation, seconds: left)
        }
    }

    private func page(from start: SyncPosition?, limit requested: Int?, user: User, backfilling: Bool,
                      counting: Bool) throws -> SyncPage {
        if let requested, requested <= 0 { throw APIError(.badRequest, "limit must be a positive whole number.") }
        let limit = min(requested ?? SyncPage.maximumChanges, SyncPage.maximumChanges)
        return try database.page(from: start, limit: limit, for: user.id, backfilling: backfilling, counting: counting)
    }
}
