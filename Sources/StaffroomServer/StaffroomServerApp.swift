import Hummingbird
import Logging
import NIOCore

/// Builds the `staffroomd` HTTP application from its services.
public enum StaffroomServerApp {
    /// The router with every route: login, checking a certificate and fetching a calendar by its
    /// secret address are open, everything else requires a session.
    public static func makeRouter(database: ServerDatabase, accounts: Accounts,
                                  maximumFileBytes: Int64 = defaultMaximumFileBytes) -> Router<ServerRequestContext> {
        let router = Router(context: ServerRequestContext.self)
        router.add(middleware: ErrorMiddleware())
        LoginRoutes(accounts: accounts).register(on: router)
        CertificateRoutes(database: database).register(on: router)
        CalendarFeedRoutes(database: database).register(on: router)
        let authenticated = router.group().add(middleware: SessionMiddleware(accounts: accounts))
        SyncRoutes(database: database).register(on: authenticated)
        TopicRoutes(database: database).register(on: authenticated)
        EventRoutes(database: database).register(on: authenticated)
        ModerationRoutes(database: database).register(on: authenticated)
        PulseRoutes(database: database).register(on: authenticated)
        CalendarFeedRoutes(database: database).register(on: authenticated)
        ResourceFileRoutes(database: database).register(on: authenticated)
        UploadRoutes(database: database, maximumFileBytes: maximumFileBytes).register(on: authenticated)
        return router
    }

    /// The largest library file a server takes unless told otherwise: 100 MB.
    public static let defaultMaximumFileBytes: Int64 = 100 << 20

    /// The application listening on `host:port` (port 0 picks a free one); `onRunning` gets the
    /// port actually bound.
    public static func makeApplication(database: ServerDatabase, accounts: Accounts, host: String, port: Int,
                                       logger: Logger, maximumFileBytes: Int64 = defaultMaximumFileBytes,
                                       onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(
            router: makeRouter(database: database, accounts: accounts, maximumFileBytes: maximumFileBytes),
            configuration: .init(address: .hostname(host, port: port), serverName: "staffroomd"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger
        )
    }
}
