import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A blocking TCP socket on loopback, read through a buffer. One thread reads and writes it;
/// `shutDown()` may come from any thread and wakes a read or `accept` that is waiting.
final class Socket: Sendable {
    let descriptor: Int32
    private let buffered = Mutex<[UInt8]>([])
    private let isClosed = Mutex(false)

    private init(descriptor: Int32) {
        self.descriptor = descriptor
        var on: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
    }

    /// A socket listening on `127.0.0.1`, on a free port, and that port.
    static func listen() throws -> (socket: Socket, port: Int) {
        let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ProxyError("socket: \(String(cString: strerror(errno)))") }
        var reuse: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, Glibc.listen(descriptor, 64) == 0 else {
            Glibc.close(descriptor)
            throw ProxyError("bind/listen: \(String(cString: strerror(errno)))")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) {
            _ = $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return (Socket(descriptor: descriptor), Int(UInt16(bigEndian: address.sin_port)))
    }

    /// A connection to `127.0.0.1:port`, or nil when nothing listens there.
    static func connect(port: Int) -> Socket? {
        let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        var address = loopback(port: port)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            Glibc.close(descriptor)
            return nil
        }
        return Socket(descriptor: descriptor)
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    /// The next incoming connection; nil once the socket was shut down.
    func accept() -> Socket? {
        while true {
            let client = Glibc.accept(descriptor, nil, nil)
            if client >= 0 { return Socket(descriptor: client) }
            if errno == EINTR { continue }
            return nil
        }
    }

    /// Bytes up to and including the blank line that ends an HTTP head; nil at end of stream.
    func readHead(limit: Int = 64 << 10) -> [UInt8]? {
        while true {
            let found: [UInt8]? = buffered.withLock { bytes in
                guard let end = Self.headEnd(in: bytes) else { return nil }
                let head = Array(bytes[..<end])
                bytes.removeFirst(end)
                return head
            }
            if let found { return found }
            if buffered.withLock({ $0.count }) > limit || !fill() { return nil }
        }
    }

    /// One line ending in CRLF (the CRLF included); nil at end of stream.
    func readLine() -> [UInt8]? {
        while true {
            let found: [UInt8]? = buffered.withLock { bytes in
                guard let newline = bytes.firstIndex(of: 0x0A) else { return nil }
                let line = Array(bytes[...newline])
                bytes.removeFirst(newline + 1)
                return line
            }
            if let found { return found }
            if !fill() { return nil }
        }
    }

    /// Exactly `count` bytes; nil when the stream ends first.
    func read(exactly count: Int) -> [UInt8]? {
        while buffered.withLock({ $0.count }) < count {
            if !fill() { return nil }
        }
        return buffered.withLock { bytes in
            let part = Array(bytes[..<count])
            bytes.removeFirst(count)
            return part
        }
    }

    /// Everything until the peer closes the stream.
    func readToEnd() -> [UInt8] {
        while fill() {}
        return buffered.withLock { bytes in
            defer { bytes.removeAll() }
            return bytes
        }
    }

    /// Writes all of `bytes`, at most `bytesPerSecond` when given; false when the peer is gone.
    @discardableResult
    func write(_ bytes: [UInt8], bytesPerSecond: Int? = nil) -> Bool {
        guard let bytesPerSecond, bytesPerSecond > 0 else { return writeAll(bytes[...]) }
        let slice = max(1, bytesPerSecond / 20)
        var offset = 0
        let start = Date()
        while offset < bytes.count {
            let end = min(bytes.count, offset + slice)
            guard writeAll(bytes[offset..<end]) else { return false }
            offset = end
            let due = start.addingTimeInterval(Double(offset) / Double(bytesPerSecond))
            let wait = due.timeIntervalSinceNow
            if wait > 0 { Thread.sleep(forTimeInterval: wait) }
        }
        return true
    }

    private func writeAll(_ bytes: ArraySlice<UInt8>) -> Bool {
        var offset = bytes.startIndex
        while offset < bytes.endIndex {
            let written = bytes[offset...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    /// Stops both directions at once; a thread blocked reading this socket wakes up.
    func shutDown() {
        Glibc.shutdown(descriptor, Int32(SHUT_RDWR))
    }

    /// Closes the descriptor (once); only the thread that owns the socket calls this.
    func close() {
        let first = isClosed.withLock { closed in
            defer { closed = true }
            return !closed
        }
        if first { Glibc.close(descriptor) }
    }

    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16 << 10)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            buffered.withLock { $0.append(contentsOf: chunk[..<count]) }
            return true
        }
    }

    private static func headEnd(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 3..<bytes.count where bytes[index] == 0x0A && bytes[index - 1] == 0x0D
            && bytes[index - 2] == 0x0A && bytes[index - 3] == 0x0D {
            return index + 1
        }
        return nil
    }
}

/// Something the proxy could not set up.
public struct ProxyError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
