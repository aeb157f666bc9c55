import Foundation
import Hummingbird
import StaffroomProtocol

/// `GET /v1/stats/pulse?weeks=` (default 8): the network's pulse, for moderators and admins, the
/// network's coordinators (403 for anyone else, 401 without a session).
struct PulseRoutes {
    let database: ServerDatabase

    func register(on group: RouterGroup<ServerRequestContext>) {
        group.get(RouterPath(WireFormat.pulsePath)) { request, context in
            let user = try context.requireUser()
            guard user.role == .moderator || user.role == .admin else {
                throw APIError(.forbidden, "Only the network's coordinators (moderators and admins) may read its pulse.")
            }
            let text = request.uri.queryParameters.get("weeks")
            guard let weeks = text.map({ Int($0) }) ?? 8, NetworkPulse.weekRange.contains(weeks) else {
                throw APIError(.badRequest, "weeks must be a whole number from 1 to \(NetworkPulse.weekRange.upperBound).")
            }
            let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
            let pulse = try database.writer.read { db in try NetworkPulseReader(db: db, now: now).read(weeks: weeks) }
            return try JSONResponse.make(pulse, for: request)
        }
    }
}
