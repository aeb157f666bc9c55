import Dispatch
import Foundation
import Synchronization

/// What the proxy does to one HTTP exchange.
public enum Fault: Sendable {
    /// Forward the request and the answer untouched.
    case pass
    /// Close the client's connection before the request reaches the server.
    case closeBeforeForwarding
    /// Let the server handle the request, then close the client's connection without an answer
    /// (the server committed; the client never learns it).
    case dropResponse
    /// Send only the first bytes of the server's answer, then close.
    case cutResponse(afterBytes: Int)
    /// Answer in the server's place; the server never sees the request.
    case answer(status: Int, reason: String, headers: [(String, String)], body: String)
    /// Send a well-formed answer whose body keeps only its first bytes (Content-Length fixed).
    case truncateBody(keepBytes: Int)
    /// Send the answer with bytes in the middle of its body altered, its length unchanged.
    case corruptBody
    /// Send the server's answer twice.
    case duplicateResponse
    /// Send the answer at this many bytes per second.
    case trickle(bytesPerSecond: Int)
    /// Forward the request; if no answer came after this many seconds, close the client's connection.
    case closeAfter(seconds: Double)
    /// Wait until the gate opens, then forward to whatever server is upstream by then (or close the
    /// connection if none answers).
    case hold(Gate)
    /// Forward the request and take the server's answer (the server committed), then wait until
    /// the gate opens before sending it on.
    case holdAnswer(Gate)
}

/// A fault waiting for the next request whose path contains `pathPart`.
struct Rule: Sendable {
    var fault: Fault
    var pathPart: String
}

/// A slow link: each direction carries `bytesPerSecond`, and a round trip takes `roundTrip` seconds.
public struct LinkShape: Sendable {
    public var bytesPerSecond: Int
    public var roundTrip: Double

    public init(bytesPerSecond: Int, roundTrip: Double) {
        self.bytesPerSecond = bytesPerSecond
        self.roundTrip = roundTrip
    }
}

/// Holds a request in the proxy until the test opens it.
public final class Gate: Sendable {
    private let arrived = Mutex(0)
    private let opened = DispatchSemaphore(value: 0)

    public init() {}

    /// Lets the held request go on.
    public func open() {
        opened.signal()
    }

    /// Waits until a request is being held here; throws when none came within `timeout` seconds.
    public func arrival(timeout: Double = 20) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        while arrived.withLock({ $0 }) == 0 {
            guard Date() < deadline else { throw ProxyError("no request reached the gate within \(timeout) s") }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Called by the proxy's connection thread: blocks it until `open()`.
    func wait() {
        arrived.withLock { $0 += 1 }
        opened.wait()
    }
}

/// One exchange as it crossed the proxy, counted in bytes on the client's side.
public struct Exchange: Sendable, CustomStringConvertible {
    public var method: String
    public var path: String
    /// The status the client saw, or nil when it got no complete answer.
    public var status: Int?
    public var requestBytes: Int
    public var responseBytes: Int
    /// Of `responseBytes`, the body of the server's answer as sent (compressed, if it was).
    public var responseBodyBytes = 0
    /// Seconds from the request's arrival to the last byte sent back.
    public var seconds: Double

    public var description: String {
        "\(method) \(path) → \(status.map(String.init) ?? "none"), \(requestBytes) B up, \(responseBytes) B down"
    }
}
