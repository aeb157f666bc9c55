import Foundation
import Hummingbird
import StaffroomProtocol

/// An error answered as `{"error": {"code", "message"}}` with the matching HTTP status.
struct APIError: HTTPResponseError {
    let code: ErrorCode
    let message: String

    init(_ code: ErrorCode, _ message: String) {
        self.code = code
        self.message = message
    }

    var status: HTTPResponse.Status {
        switch code {
        case .unauthorized, .invalidCredentials: .unauthorized
        case .badRequest: .badRequest
        case .cursorReset: .gone
        case .forbidden, .suspended: .forbidden
        case .alreadyHandled, .claimed: .conflict
        case .refused: .unprocessableContent
        case .notFound: .notFound
        case .uploadOffset: .conflict
        case .tooLarge: .contentTooLarge
        case .rangeNotSatisfiable: .rangeNotSatisfiable
        case .checksumMismatch: .unprocessableContent
        case .internalError: .internalServerError
        }
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try JSONResponse.make(ErrorBody(code: code, message: message), for: request)
        response.status = status
        if code == .unauthorized || code == .invalidCredentials {
            response.headers[.wwwAuthenticate] = "Bearer realm=\"staffroom\""
        }
        return response
    }
}
