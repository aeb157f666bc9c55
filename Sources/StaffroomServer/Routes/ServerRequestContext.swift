import Hummingbird
import StaffroomProtocol

/// The request context of every route: Hummingbird's core storage plus the signed-in member.
public struct ServerRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `SessionMiddleware` on routes that require a session.
    public var user: User?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        user = nil
    }

    /// The signed-in member; only routes behind `SessionMiddleware` may ask.
    func requireUser() throws -> User {
        guard let user else { throw APIError(.unauthorized, "Sign in first.") }
        return user
    }
}
