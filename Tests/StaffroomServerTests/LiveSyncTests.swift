import FaultProxy
import Foundation
import Synchronization
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomSync

/// The interface's sync loop against the real server, through the proxy: long-poll, interruption
/// by a write, recovery from a cut long-poll, and a session that needs the user.
@Suite struct LiveSyncTests {
    /// The events a loop reported.
    private final class EventLog: Sendable {
        private let events = Mutex<[LiveSync.Event]>([])

        func append(_ event: LiveSync.Event) { events.withLock { $0.append(event) } }
        var all: [LiveSync.Event] { events.withLock { $0 } }
    }

    /// A loop with quick pauses, and the events it reported.
    private final class Watched: Sendable {
        let live: LiveSync
        private let log = EventLog()

        init(_ scenario: FaultScenario, longPollSeconds: Int) {
            let log = self.log
            live = LiveSync(synchronizer: scenario.synchronizer(), longPollSeconds: longPollSeconds,
                            pauseAfterFailure: RetryPolicy(attempts: .max, firstDelay: 0.05, longestDelay: 0.2, longestServerWait: 2),
                            events: { event in log.append(event) })
        }

        var reported: [LiveSync.Event] { log.all }

        func count(_ matches: (LiveSync.Event) -> Bool) -> Int { reported.count(where: matches) }

        func stop() async {
            live.stop()
            await live.stopped()
        }
    }

    /// Waits up to `seconds` for `condition`; false if it never held. Generous: the whole suite
    /// runs at once on two cores, and a test may wait seconds for its turn.
    private func eventually(within seconds: Double = 30, _ condition: () throws -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return try condition()
    }

    private static func isFinished(_ event: LiveSync.Event) -> Bool {
        if case .finished = event { true } else { false }
    }

    @Test func newsArrivesWhileTheClientWaitsWithoutAskingAgain() async throws {
        try await FaultScenario.run(newPosts: 0) { scenario in
            let watched = Watched(scenario, longPollSeconds: 60)
            watched.live.syncNow()
            #expect(try await eventually { watched.count(Self.isFinished) == 1 })
            try await Task.sleep(for: .milliseconds(200))
            scenario.proxy.resetCounts()
            try scenario.postAsAnna("Новость, пока клиент ждёт")
            #expect(try await eventually { try scenario.clientHasPost("Новость, пока клиент ждёт") },
                    "arrived well before the 60 s wait ended")
            await watched.stop()
            try await scenario.verify()
            let answered = scenario.proxy.exchanges.filter { $0.status != nil }
            #expect(answered.first.map { $0.path.contains("wait=60") && $0.status == 200 } == true,
                    "the held request brought the news: \(answered)")
            #expect(answered.allSatisfy { $0.method == "GET" && $0.path.contains("wait=60") }, "nothing else went out")
        }
    }

    @Test func anIdleClientHoldsOneRequestPerWait() async throws {
        try await FaultScenario.run(newPosts: 0) { scenario in
            let watched = Watched(scenario, longPollSeconds: 1)
            watched.live.syncNow()
            #expect(try await eventually { watched.count(Self.isFinished) == 1 })
            scenario.proxy.resetCounts()
            let upToDate = { watched.count { if case .upToDate = $0 { true } else { false } } }
            #expect(try await eventually { upToDate() >= 3 })
            await watched.stop()
            let polls = scenario.proxy.exchanges.filter { $0.path.contains("wait=1") && $0.status == 204 }
            #expect((upToDate()...upToDate() + 1).contains(polls.count), "one held request per quiet wait: \(polls)")
            #expect(scenario.proxy.exchanges.allSatisfy { $0.method == "GET" && $0.path.contains("wait=1") }, "nothing else went out")
            try await scenario.verify()
        }
    }

    @Test func aWriteGoesOutAtOnceInsteadOfWaitingForThePollToEnd() async throws {
        try await FaultScenario.run(newPosts: 0) { scenario in
            let watched = Watched(scenario, longPollSeconds: 60)
            watched.live.syncNow()
            #expect(try await eventually { watched.count(Self.isFinished) == 1 })
            try await Task.sleep(for: .milliseconds(200))
            _ = try scenario.store.enqueue(.reply(topicID: 2, body: "Написано во время ожидания"))
            watched.live.syncNow()
            #expect(try await eventually { try scenario.serverPosts("Написано во время ожидания") == 1 },
                    "sent well before the 60 s wait ended")
            await watched.stop()
            try await scenario.verify()
        }
    }

    @Test func aLongPollClosedByTheProxyIsRecovered() async throws {
        try await FaultScenario.run(newPosts: 0) { scenario in
            scenario.proxy.inject(.closeAfter(seconds: 0.3), whenPathContains: "wait=20")
            let watched = Watched(scenario, longPollSeconds: 20)
            watched.live.syncNow()
            #expect(try await eventually { watched.count(Self.isFinished) == 2 }, "synced again after the cut poll")
            #expect(scenario.proxy.unusedFaults == 0)
            try scenario.postAsAnna("После обрыва")
            #expect(try await eventually { try scenario.clientHasPost("После обрыва") })
            await watched.stop()
            try await scenario.verify()
        }
    }

    @Test func anExpiredSessionWaitsForTheUserAndKeepsTheWrites() async throws {
        try await FaultScenario.run(newPosts: 0) { scenario in
            var revoked = try #require(try scenario.store.account())
            revoked.token = "revoked"
            try scenario.store.saveLogin(revoked)
            let watched = Watched(scenario, longPollSeconds: 20)
            watched.live.syncNow()
            #expect(try await eventually { watched.reported.contains(.failed(.sessionExpired)) })
            try await Task.sleep(for: .milliseconds(500))
            #expect(scenario.proxy.exchanges.count == 1, "no retries while the session is expired")
            #expect(try scenario.store.outboxCounts().pending == 4, "the offline writes still wait")
            await #expect(throws: SyncError.invalidCredentials) { try await watched.live.renewSession(password: "wrong horse") }
            #expect(try scenario.store.outboxCounts().pending == 4, "a wrong password loses nothing")
            try await watched.live.renewSession(password: "correct horse")
            #expect(try await eventually { watched.count(Self.isFinished) == 1 })
            #expect(try scenario.store.account()?.token != "revoked", "the new session is kept")
            await watched.stop()
            try await scenario.verify()
        }
    }
}
