import FaultProxy
import Foundation
import Testing
import StaffroomProtocol
import StaffroomSync

/// The real client syncing with the real server through a proxy that breaks one exchange the way
/// real links and gateways do. After each fault the client must end up exactly where a clean sync
/// would have left it (see `FaultScenario.verify`).
@Suite struct FaultInjectionTests {
    @Test func aConnectionCutInTheMiddleOfAPageIsResumed() async throws {
        try await FaultScenario.run { scenario in
            scenario.proxy.inject(.pass, whenPathContains: "/v1/sync")
            scenario.proxy.inject(.cutResponse(afterBytes: 3_000), whenPathContains: "/v1/sync")
            _ = try await scenario.sync()
            try await scenario.verify()
            #expect(scenario.proxy.unusedFaults == 0)
            #expect(scenario.proxy.exchanges.filter { $0.status == nil }.count == 1)
        }
    }

    @Test func aPushCommittedButNeverAnsweredIsAppliedOnce() async throws {
        try await FaultScenario.run { scenario in
            scenario.proxy.inject(.dropResponse, whenPathContains: "/v1/sync")
            _ = try await scenario.sync()
            try await scenario.verify()
            let pushes = scenario.proxy.exchanges.filter { $0.method == "POST" }
            #expect(pushes.count == 2, "the same writes went out twice: \(pushes)")
        }
    }

    @Test func internalServerErrorsAreRetried() async throws {
        try await FaultScenario.run { scenario in
            let failure = #"{"error":{"code":"internal_error","message":"database is locked"}}"#
            for _ in 0..<3 {
                scenario.proxy.inject(.answer(status: 500, reason: "Internal Server Error",
                                              headers: [("Content-Type", "application/json")], body: failure),
                                      whenPathContains: "/v1/sync")
            }
            _ = try await scenario.sync()
            try await scenario.verify()
            #expect(scenario.proxy.exchanges.prefix(3).map(\.status) == [500, 500, 500])
        }
    }

    @Test func aServiceUnavailableAnswerIsWaitedOutForAsLongAsItSays() async throws {
        try await FaultScenario.run { scenario in
            scenario.proxy.inject(.answer(status: 503, reason: "Service Unavailable", headers: [("Retry-After", "1")],
                                          body: "<html><body>Maintenance</body></html>"),
                                  whenPathContains: "/v1/sync")
            let started = Date()
            _ = try await scenario.sync()
            try await scenario.verify()
            let exchanges = scenario.proxy.exchanges
            #expect(exchanges.first?.status == 503)
            #expect(Date().timeIntervalSince(started) >= 1, "the client waited the second the server asked for")
        }
    }

    @Test func tooManyRequestsIsWaitedOutAndALongerWaitEndsTheRun() async throws {
        try await FaultScenario.run { scenario in
            scenario.proxy.inject(.answer(status: 429, reason: "Too Many Requests", headers: [("Retry-After", "1")], body: ""),
                                  whenPathContains: "/v1/sync")
            scenario.proxy.inject(.answer(status: 429, reason: "Too Many Requests", headers: [("Retry-After", "3600")], body: ""),
                                  whenPathContains: "/v1/sync")
            let started = Date()
            await #expect(throws: SyncError.serverBusy(status: 429, retryAfter: 3600)) { _ = try await scenario.sync() }
            #expect(Date().timeIntervalSince(started) >= 1)
            #expect(Date().timeIntervalSince(started) < 600, "an hour's wait is not spent inside one run")
            _ = try await scenario.sync()
            try await scenario.verify()
        }
    }

    @Test func aTruncatedGzipBodyIsRefetched() async throws {
        try await FaultScenario.run { scenario in
            scenario.proxy.inject(.pass, whenPathContains: "/v1/sync")
            scenario.proxy.inject(.truncateBody(keepBytes: 1_000), whenPathContains: "/v1/sync")
            _ = try await scenario.sync()
            try await scenario.verify()
            #expect(scenario.proxy.unusedFaults == 0)
        }
    }

    @Test func aCorruptGzipBodyIsRefetched() async throws {
        try await FaultScenario.run { scenario in
            scenario.proxy.inject(.pass, whenPathContains: "/v1/sync")
            scenario.proxy.inject(.corruptBody, whenPathContains: "/v1/sync")
            _ = try await scenario.sync()
            try await scenario.verify()
            #expect(scenario.proxy.unusedFaults == 0)
        }
    }

    @Test func aDuplicatedAnswerDoesNoHarm() async throws {
        try await FaultScenario.run { scenario in
            scenario.proxy.inject(.duplicateResponse, whenPathContains: "/v1/sync")
            scenario.proxy.inject(.duplicateResponse, whenPathContains: "/v1/sync")
            _ = try await scenario.sync()
            try await scenario.verify()
        }
    }

    @Test func aVerySlowTrickleStillCompletes() async throws {
        try await FaultScenario.run(newPosts: 40) { scenario in
            scenario.proxy.inject(.trickle(bytesPerSecond: 1_024), whenPathContains: "/v1/sync")
            _ = try await scenario.sync()
            try await scenario.verify()
            let slow = try #require(scenario.proxy.exchanges.first)
            #expect(slow.seconds >= Double(slow.responseBytes) / 1_024 * 0.9, "the answer really trickled: \(slow)")
        }
    }

    @Test func aServerRestartedInTheMiddleOfSyncIsPickedUpAgain() async throws {
        try await FaultScenario.run { scenario in
            let beforeStop = Gate()
            let afterRestart = Gate()
            scenario.proxy.inject(.pass, whenPathContains: "/v1/sync")
            scenario.proxy.inject(.hold(beforeStop), whenPathContains: "/v1/sync")
            scenario.proxy.inject(.hold(afterRestart), whenPathContains: "/v1/sync")
            let sync = Task { try await scenario.sync() }
            try await beforeStop.arrival()
            await scenario.stopServer()
            beforeStop.open()
            try await afterRestart.arrival()
            try await scenario.startServerAgain()
            afterRestart.open()
            _ = try await sync.value
            try await scenario.verify()
            #expect(scenario.proxy.exchanges.contains { $0.status == nil }, "one exchange failed while the server was down")
        }
    }
}
