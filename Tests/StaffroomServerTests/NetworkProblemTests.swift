import AsyncHTTPClient
import Glibc
import NIOCore
import NIOPosix
import Testing
@testable import StaffroomSync

@Suite struct NetworkProblemTests {
    @Test func networkErrorsAreClassifiedForTheUser() {
        #expect(NetworkProblem(IOError(errnoCode: ECONNREFUSED, reason: "connect"), host: "h") == .refused)
        #expect(NetworkProblem(IOError(errnoCode: ECONNRESET, reason: "read"), host: "h") == .connectionLost)
        #expect(NetworkProblem(HTTPClientError.connectTimeout, host: "h") == .timedOut)
        #expect(NetworkProblem(HTTPClientError.readTimeout, host: "h") == .timedOut)
        #expect(NetworkProblem(HTTPClientError.remoteConnectionClosed, host: "h") == .connectionLost)
        let unresolvable = #expect(throws: SocketAddressError.UnknownHost.self) {
            try SocketAddress.makeAddressResolvingHost("school.invalid", port: 80)
        }
        #expect(unresolvable.map { NetworkProblem($0, host: "school.invalid") } == .unknownHost("school.invalid"))
        guard case .other = NetworkProblem(HTTPClientError.invalidURL, host: "h") else {
            Issue.record("an unknown failure keeps its description")
            return
        }
    }
}
