import AsyncHTTPClient
import NIOCore
import NIOPosix
#if canImport(Glibc)
import Glibc
#endif

extension NetworkProblem {
    /// Classifies what the HTTP client threw when the exchange with `host` failed.
    init(_ error: any Error, host: String) {
        if let client = error as? HTTPClientError {
            switch client {
            case .connectTimeout, .readTimeout, .deadlineExceeded: self = .timedOut
            case .remoteConnectionClosed: self = .connectionLost
            default: self = .other(String(describing: client))
            }
        } else if let io = error as? IOError {
            switch io.errnoCode {
            case ECONNREFUSED: self = .refused
            case ETIMEDOUT: self = .timedOut
            case ECONNRESET, EPIPE: self = .connectionLost
            default: self = .other(io.description)
            }
        } else if let connection = error as? NIOConnectionError {
            if let first = connection.connectionErrors.first {
                self = NetworkProblem(first.error, host: host)
            } else {
                self = .unknownHost(host)
            }
        } else if error is SocketAddressError || String(describing: error).contains("UnknownHost") {
            self = .unknownHost(host)
        } else {
            let text = String(describing: error)
            self = .other(text.count > 160 ? String(text.prefix(160)) + "…" : text)
        }
    }
}
