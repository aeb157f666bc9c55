import Foundation
import Hummingbird
import StaffroomProtocol

/// The request context of every route: Hummingbird's core storage plus the signed-in member.
public struct ServerRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `SessionMiddleware` on routes that require a session.
    public var user: User?

    /// Largest request body: a sync request of up to a megabyte of writes, with room to spare.
    public var maxUploadSize: Int { 4 << 20 }

    /// Request bodies decode as the protocol encodes them (dates as seconds since 1970), not with
    /// Hummingbird's default (ISO 8601 dates).
    public var requestDecoder: JSONDecoder { WireFormat.makeDecoder() }

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
