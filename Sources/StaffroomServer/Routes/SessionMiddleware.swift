import Foundation
import Hummingbird
import StaffroomProtocol

/// Requires `Authorization: Bearer <token>` of an open session; answers 401 otherwise.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = ServerRequestContext
    let accounts: Accounts

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw APIError(.unauthorized, "This request needs a session token; log in first.")
        }
        let token = header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
        guard let user = try accounts.user(token: token) else {
            throw APIError(.unauthorized, "The session token is not valid; log in again.")
        }
        if let suspension = try accounts.suspension(of: user.id) { throw APIError(.suspended, suspension) }
        var context = context
        context.user = user
        return try await next(request, context)
    }
}
