import Foundation

/// How a sync run retries a round trip that failed for a reason that may pass (the link dropped,
/// the server was busy or broken for a moment, an answer arrived damaged): exponential backoff
/// with jitter, and the server's own `Retry-After` when it gives one.
public struct RetryPolicy: Sendable, Equatable {
    /// How many times one round trip is tried before the run gives up.
    public var attempts: Int
    /// The backoff before the second try, in seconds; it doubles with each failure.
    public var firstDelay: Double
    /// The backoff never grows beyond this many seconds.
    public var longestDelay: Double
    /// A `Retry-After` longer than this many seconds ends the run instead of waiting.
    public var longestServerWait: Double

    public init(attempts: Int, firstDelay: Double, longestDelay: Double, longestServerWait: Double) {
        self.attempts = attempts
        self.firstDelay = firstDelay
        self.longestDelay = longestDelay
        self.longestServerWait = longestServerWait
    }

    /// Six tries over about half a minute; waits up to two minutes when the server asks to.
    public static let standard = RetryPolicy(attempts: 6, firstDelay: 1, longestDelay: 30, longestServerWait: 120)

    /// One try only.
    public static let never = RetryPolicy(attempts: 1, firstDelay: 0, longestDelay: 0, longestServerWait: 0)

    /// Seconds to wait after the `failures`-th failure in a row of one round trip, or nil to give up.
    /// Backoff uses "equal jitter": half the doubled delay, plus a random part of the other half,
    /// so clients that failed together do not come back together.
    public func delay(afterFailure failures: Int, of error: SyncError,
                      random: (ClosedRange<Double>) -> Double = { Double.random(in: $0) }) -> Double? {
        guard error.isTransient, failures < attempts else { return nil }
        if case .serverBusy(_, let retryAfter?) = error {
            guard retryAfter <= longestServerWait else { return nil }
            return retryAfter + random(0...max(0, min(1, retryAfter / 10)))
        }
        let ceiling = min(longestDelay, firstDelay * pow(2, Double(failures - 1)))
        return ceiling / 2 + random(0...ceiling / 2)
    }
}

extension SyncError {
    /// Whether trying again later may succeed without the user doing anything.
    public var isTransient: Bool {
        switch self {
        case .unreachable, .serverBusy, .malformed: true
        case .server(let status, _): status >= 500
        case .notLoggedIn, .invalidCredentials, .sessionExpired, .suspended, .store: false
        }
    }
}
