import FaultProxy
import Foundation
import Synchronization
import Testing
import StaffroomProtocol
import StaffroomStore
import StaffroomSync

/// What a run reports as it goes: the share done, what is left and the bytes that crossed the wire.
@Suite struct SyncProgressTests {
    @Test func progressCountsDownWhatIsLeftAndTheBytesThatCameIn() async throws {
        try await FaultScenario.run(newPosts: 1_200) { scenario in
            let reports = Mutex<[SyncProgress]>([])
            let done = try await scenario.synchronizer().run(progress: { progress in reports.withLock { $0.append(progress) } })
            let seen = reports.withLock { $0 }
            #expect(seen.count >= 3, "1,200 posts and their topics take several pages: \(seen)")
            #expect(seen.first?.left.map { $0 > 700 } == true, "the first answer counted what remained: \(seen)")
            #expect(seen.last?.left == 0 && seen.last?.percent == 100)
            let shares = seen.compactMap(\.percent)
            #expect(shares.count == seen.count && shares == shares.sorted(), "known from the first page on, never going back: \(shares)")
            let wire = scenario.proxy.exchanges.reduce(0) { $0 + $1.responseBytes }
            #expect(done.bytes > 0 && abs(done.bytes - wire) <= wire / 20,
                    "the bytes reported (\(done.bytes)) are those the proxy counted (\(wire)), within 5 %")
            try await scenario.verify()
        }
    }

    @Test func aBudgetStopsTheBackfillAndTheNextRunGoesOn() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1, topics: 20, postsPerTopic: 20) }
        let (store, connection) = try await loggedInClient(server)
        let synchronizer = Synchronizer(connection: connection, store: store, pageSize: 100)
        let limited = try await synchronizer.run(budget: 1)
        let newestTopic = try store.topicSummary(id: 20)
        let oldestTopic = try store.topicSummary(id: 1)
        let rest = try await synchronizer.run()
        await connection.shutdown()
        await server.stop()
        #expect(limited.changes == 100 && !limited.more, "one page, then the budget was spent: \(limited)")
        #expect(limited.left == 424 - 100, "the rest is counted as left to fetch: \(limited)")
        #expect(newestTopic != nil && oldestTopic == nil, "the newest topic came first, the oldest waits")
        #expect(rest.changes == 324 && rest.left == 0)
        #expect(try store.forumSummaries().first?.topicCount == 20)
    }
}
