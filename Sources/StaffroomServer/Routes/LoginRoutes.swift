import Foundation
import Hummingbird
import StaffroomProtocol

/// `POST /v1/login`: a username and password in, a session token out.
struct LoginRoutes {
    let accounts: Accounts

    func register(on router: Router<ServerRequestContext>) {
        router.post(RouterPath(WireFormat.loginPath)) { request, context in
            try await login(request, context: context)
        }
    }

    private func login(_ request: Request, context: ServerRequestContext) async throws -> Response {
        let credentials: LoginRequest
        do {
            credentials = try await request.decode(as: LoginRequest.self, context: context)
        } catch {
            throw APIError(.badRequest, "Send {\"username\": ..., \"password\": ...} as JSON.")
        }
        guard let response = try accounts.login(username: credentials.username, password: credentials.password, now: Date()) else {
            throw APIError(.invalidCredentials, "Wrong username or password.")
        }
        return try JSONResponse.make(response, for: request)
    }
}
