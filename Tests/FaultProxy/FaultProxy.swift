import Foundation
import Synchronization

/// A loopback HTTP/1.1 proxy in front of one server, for tests and benchmarks: it forwards each
/// request on a fresh upstream connection, can break chosen exchanges the way real networks and
/// gateways do (see `Fault`), can shape the link (bandwidth, round-trip time) and counts the bytes
/// that cross it on the client's side.
public final class FaultProxy: Sendable {
    /// The port the proxy listens on (loopback).
    public let port: Int
    private let listener: Socket
    private let state: Mutex<State>

    private struct State {
        var upstreamPort: Int?
        var shape: LinkShape?
        var rules: [Rule] = []
        var exchanges: [Exchange] = []
        var clients: [Int32: Socket] = [:]
        var gates: [Gate] = []
        var stopped = false
    }

    /// Starts a proxy in front of the server at `127.0.0.1:upstreamPort`.
    public init(upstreamPort: Int, shape: LinkShape? = nil) throws {
        let (listener, port) = try Socket.listen()
        self.listener = listener
        self.port = port
        state = Mutex(State(upstreamPort: upstreamPort, shape: shape))
        let thread = Thread { [self] in acceptConnections() }
        thread.name = "fault-proxy"
        thread.start()
    }

    /// The proxy's address, to give the client instead of the server's.
    public var url: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// Applies `fault` to the next request whose path (with its query) contains `text`; several
    /// faults queue up and are used in order.
    public func inject(_ fault: Fault, whenPathContains text: String = "/") {
        state.withLock { $0.rules.append(Rule(fault: fault, pathPart: text)) }
    }

    /// Sends later requests to another server port (a restarted server); nil: the server is down,
    /// and each request's connection is closed as when a server dies.
    public func redirect(toPort port: Int?) {
        state.withLock { $0.upstreamPort = port }
    }

    /// Changes the link's shape for later exchanges (nil: as fast as loopback).
    public func reshape(_ shape: LinkShape?) {
        state.withLock { $0.shape = shape }
    }

    /// Every exchange so far, in the order they ended.
    public var exchanges: [Exchange] {
        state.withLock { $0.exchanges }
    }

    /// Faults injected but not used yet.
    public var unusedFaults: Int {
        state.withLock { $0.rules.count }
    }

    /// Forgets the exchanges counted so far.
    public func resetCounts() {
        state.withLock { $0.exchanges.removeAll() }
    }

    /// Stops listening, opens every gate a request waits at and cuts every open connection.
    public func stop() {
        let (clients, gates) = state.withLock { state in
            state.stopped = true
            return (Array(state.clients.values), state.gates)
        }
        listener.shutDown()
        for gate in gates { gate.open() }
        for client in clients { client.shutDown() }
    }

    private func acceptConnections() {
        defer { listener.close() }
        while let client = listener.accept() {
            let accepted = state.withLock { state in
                guard !state.stopped else { return false }
                state.clients[client.descriptor] = client
                return true
            }
            guard accepted else {
                client.close()
                return
            }
            let thread = Thread { [self] in serve(client) }
            thread.start()
        }
    }

    private func serve(_ client: Socket) {
        defer {
            state.withLock { _ = $0.clients.removeValue(forKey: client.descriptor) }
            client.shutDown()
            client.close()
        }
        if let shape = state.withLock({ $0.shape }) { Thread.sleep(forTimeInterval: shape.roundTrip) }
        while let request = HTTPMessage.read(from: client, isResponse: false) {
            let started = Date()
            let (fault, shape) = state.withLock { state -> (Fault, LinkShape?) in
                guard let index = state.rules.firstIndex(where: { request.path.contains($0.pathPart) }) else {
                    return (.pass, state.shape)
                }
                return (state.rules.remove(at: index).fault, state.shape)
            }
            if let shape {
                Thread.sleep(forTimeInterval: shape.roundTrip / 2 + Double(request.raw.count) / Double(shape.bytesPerSecond))
            }
            var exchange = Exchange(method: request.method, path: request.path, status: nil,
                                    requestBytes: request.raw.count, responseBytes: 0, seconds: 0)
            let keepOpen = handle(request, fault: fault, shape: shape, client: client, exchange: &exchange)
            exchange.seconds = Date().timeIntervalSince(started)
            state.withLock { $0.exchanges.append(exchange) }
            if !keepOpen { return }
        }
    }

    /// Carries out one exchange; false when the client's connection must close afterwards.
    private func handle(_ request: HTTPMessage, fault: Fault, shape: LinkShape?, client: Socket,
                        exchange: inout Exchange) -> Bool {
        func send(_ bytes: [UInt8], bytesPerSecond: Int? = nil) -> Bool {
            if let shape { Thread.sleep(forTimeInterval: shape.roundTrip / 2) }
            exchange.responseBytes += bytes.count
            return client.write(bytes, bytesPerSecond: bytesPerSecond ?? shape?.bytesPerSecond)
        }
        switch fault {
        case .closeBeforeForwarding:
            return false
        case .answer(let status, let reason, let headers, let body):
            exchange.status = status
            return send(HTTPMessage.response(status: status, reason: reason, headers: headers, body: body))
        case .hold(let gate):
            let stopped = state.withLock { state in
                state.gates.append(gate)
                return state.stopped
            }
            if !stopped { gate.wait() }
        default:
            break
        }
        guard let port = state.withLock({ $0.upstreamPort }), let upstream = Socket.connect(port: port) else { return false }
        defer {
            upstream.shutDown()
            upstream.close()
        }
        guard upstream.write(request.raw) else { return false }
        if case .closeAfter(let seconds) = fault {
            Thread.sleep(forTimeInterval: seconds)
            return false
        }
        guard let response = HTTPMessage.read(from: upstream, isResponse: true) else { return false }
        exchange.responseBodyBytes = response.body.count
        let keepAlive = response.header("Connection")?.lowercased() != "close"
        switch fault {
        case .dropResponse:
            return false
        case .cutResponse(let count):
            _ = send(Array(response.raw.prefix(count)))
            return false
        case .truncateBody(let count):
            exchange.status = response.status
            return send(response.serialized(body: Array(response.body.prefix(count)))) && keepAlive
        case .corruptBody:
            var body = response.body
            let middle = body.count / 2
            for index in middle..<min(body.count, middle + 16) { body[index] ^= 0x5A }
            exchange.status = response.status
            return send(response.serialized(body: body)) && keepAlive
        case .duplicateResponse:
            exchange.status = response.status
            return send(response.raw + response.raw) && keepAlive
        case .trickle(let rate):
            exchange.status = response.status
            return send(response.raw, bytesPerSecond: rate) && keepAlive
        case .holdAnswer(let gate):
            let stopped = state.withLock { state in
                state.gates.append(gate)
                return state.stopped
            }
            if !stopped { gate.wait() }
            exchange.status = response.status
            return send(response.raw) && keepAlive
        default:
            exchange.status = response.status
            return send(response.raw) && keepAlive
        }
    }
}
