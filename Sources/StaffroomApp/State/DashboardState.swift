import StaffroomProtocol

/// The Dashboard: the network's pulse as the server last gave it, scrolled from line `top`.
public struct DashboardState: Equatable, Sendable {
    public var pulse: NetworkPulse?
    /// Why the pulse could not be read (offline, not a coordinator…).
    public var failure: Phrase?
    public var top = 0

    public init() {}

    /// Weeks the Dashboard asks for.
    static let weeks = 8
}
