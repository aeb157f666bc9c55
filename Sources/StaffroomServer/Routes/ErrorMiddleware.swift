import Hummingbird
import Logging
import StaffroomProtocol

/// Answers every failure in the protocol's JSON error shape: unknown routes as `not_found`,
/// Hummingbird's own errors with their status, anything unexpected as a logged `internal_error`.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = ServerRequestContext

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as HTTPError {
            switch error.status {
            case .notFound: throw APIError(.notFound, "No such route: \(request.method) \(request.uri.path)")
            case .unauthorized: throw APIError(.unauthorized, error.body ?? "Log in first.")
            case .internalServerError: throw internalError(error, context: context)
            default: throw APIError(.badRequest, error.body ?? "The request could not be handled.")
            }
        } catch {
            throw internalError(error, context: context)
        }
    }

    private func internalError(_ error: any Error, context: Context) -> APIError {
        context.logger.error("request failed", metadata: ["error": "\(error)"])
        return APIError(.internalError, "The server failed; the error was logged.")
    }
}
