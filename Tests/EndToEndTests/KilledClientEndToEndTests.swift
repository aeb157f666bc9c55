import FaultProxy
import Foundation
import StaffroomProtocol
import StaffroomServer
import StaffroomStore
import Testing

/// `staffroom sync` killed with SIGKILL at each step of pushing and of applying a page, then run
/// again: every write arrives exactly once, the store equals the server's view, the draft is kept.
@Suite(.serialized) struct KilledClientEndToEndTests {
    static let reply = "Ответ, который пережил SIGKILL"
    static let topicTitle = "Тема, отправленная перед обрывом"
    static let draftText = "Черновик, который нельзя терять"

    /// A demo server with many new posts behind a proxy, and anna's client with four writes waiting.
    private struct Setup {
        let sandbox: Sandbox
        let server: ChildProcess
        let serverPort: Int
        let serverDatabase: String
        let proxy: FaultProxy
        let environment: [String: String]

        var storePath: String { sandbox.path + "/data/staffroom/staffroom.sqlite" }

        static func make() async throws -> Setup {
            let sandbox = try Sandbox()
            let database = sandbox.path + "/server.sqlite"
            #expect(try await run(Binaries.server, ["seed-demo", "--db", database]).status == 0)
            let (server, url) = try await startServer(database: database)
            let port = Int(url.split(separator: ":").last!)!
            let proxy = try FaultProxy(upstreamPort: port)
            let environment = sandbox.environment(["LANG": "en_GB.UTF-8"])
            try "demo\n".write(toFile: sandbox.path + "/password", atomically: true, encoding: .utf8)
            let login = try await run(Binaries.client, ["login", "--server", proxy.url.absoluteString, "--user", "anna.smirnova",
                                                        "--password-file", sandbox.path + "/password"], environment: environment)
            #expect(login.status == 0, "\(login.output)")
            let setup = Setup(sandbox: sandbox, server: server, serverPort: port, serverDatabase: database, proxy: proxy,
                              environment: environment)
            #expect(try await setup.sync().status == 0)
            try setup.writeOffline()
            try setup.othersPost(4_000)
            proxy.resetCounts()
            return setup
        }

        /// Four writes and a draft, made while offline.
        func writeOffline() throws {
            let store = try ClientStore.open(at: storePath)
            _ = try store.enqueue(.reply(topicID: 1, body: KilledClientEndToEndTests.reply))
            _ = try store.enqueue(.createTopic(forumID: 1, title: KilledClientEndToEndTests.topicTitle, body: "Текст темы"))
            try store.setBookmark(postID: 2, bookmarked: true)
            try store.markRead(topicID: 2, upTo: 3)
            try store.saveDraft(Draft(kind: .reply, targetID: 3, context: "Тема", body: KilledClientEndToEndTests.draftText,
                                      updatedAt: Date()))
        }

        /// Another member writes `count` replies on the server, so the next pages are big.
        func othersPost(_ count: Int) throws {
            let database = try ServerDatabase.open(at: serverDatabase)
            try database.batch { writer in
                for index in 0..<count {
                    _ = try writer.addPost(topicID: Int64(index % 5 + 1), authorID: 2,
                                           body: "Сообщение \(index): заметки к уроку чтения, вопросы к тексту и задание на дом.",
                                           at: Date(timeIntervalSince1970: 1_800_000_000 + Double(index)))
                }
            }
        }

        func sync() async throws -> (status: Int32, output: String) {
            try await run(Binaries.client, ["sync"], environment: environment)
        }

        /// Starts `staffroom sync`, waits for `moment`, and kills it with SIGKILL.
        func syncKilled(when moment: () async throws -> Void) async throws {
            let child = try ChildProcess(Binaries.client, ["sync", "--page-size", "200"], environment: environment)
            try await moment()
            kill(child.pid, SIGKILL)
            let status = await child.wait()
            #expect(status == 128 + SIGKILL, "it ended by itself (\(status)) before the kill: \(child.output)")
        }

        /// Waits until the proxy has passed on `count` complete answers.
        func answersDelivered(_ count: Int) async throws {
            let deadline = Date().addingTimeInterval(20)
            while proxy.exchanges.count < count {
                guard Date() < deadline else { throw E2EFailure("only \(proxy.exchanges.count) answers went out") }
                try await Task.sleep(for: .milliseconds(2))
            }
        }

        func serverCount(_ sql: String) async throws -> String {
            try await run("/usr/bin/sqlite3", [serverDatabase, sql]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        /// Each synced table of a store, row by row.
        static func content(of store: String) async throws -> String {
            var dump = ""
            for table in ["community", "user", "category", "forum", "topic", "post", "topicRead", "subscription", "bookmark"] {
                dump += try await run("/usr/bin/sqlite3", [store, "SELECT * FROM \(table) ORDER BY 1, 2"]).output
            }
            return dump
        }

        /// What must hold after the final, undisturbed sync.
        func verify() async throws {
            #expect(try await sync().status == 0)
            #expect(try await serverCount("SELECT COUNT(*) FROM post WHERE body = '\(KilledClientEndToEndTests.reply)'") == "1")
            #expect(try await serverCount("SELECT COUNT(*) FROM topic WHERE title = '\(KilledClientEndToEndTests.topicTitle)'") == "1")
            #expect(try await serverCount("SELECT COUNT(*) FROM bookmark WHERE postID = 2 AND bookmarked") == "1")
            let store = try ClientStore.open(at: storePath)
            let outbox = try store.outboxCounts()
            #expect(outbox.pending == 0 && outbox.notSent == 0, "nothing waits or was refused")
            #expect(try store.drafts().map(\.body) == [KilledClientEndToEndTests.draftText])

            let fresh = try Sandbox()
            defer { fresh.remove() }
            let login = try await run(Binaries.client, ["login", "--server", proxy.url.absoluteString, "--user", "anna.smirnova",
                                                        "--password-file", sandbox.path + "/password"], environment: fresh.environment())
            #expect(login.status == 0)
            #expect(try await run(Binaries.client, ["sync"], environment: fresh.environment()).status == 0)
            let expected = try await Self.content(of: fresh.path + "/data/staffroom/staffroom.sqlite")
            #expect(try await Self.content(of: storePath) == expected, "the store equals a fresh sync of the server")
        }

        func stop() {
            proxy.stop()
            server.stop()
            sandbox.remove()
        }
    }

    @Test func killedWhileThePushWaitsToLeaveOrItsAnswerWaitsToArrive() async throws {
        let setup = try await Setup.make()
        defer { setup.stop() }
        let beforeServer = Gate()
        setup.proxy.inject(.hold(beforeServer), whenPathContains: "/v1/sync")
        try await setup.syncKilled { try await beforeServer.arrival() }
        setup.proxy.redirect(toPort: nil)
        beforeServer.open()
        #expect(try await setup.serverCount("SELECT COUNT(*) FROM post WHERE body = '\(Self.reply)'") == "0")

        setup.proxy.redirect(toPort: setup.serverPort)
        let afterServer = Gate()
        setup.proxy.inject(.holdAnswer(afterServer), whenPathContains: "/v1/sync")
        try await setup.syncKilled {
            try await afterServer.arrival()
            try await Task.sleep(for: .milliseconds(200))
        }
        afterServer.open()
        #expect(try await setup.serverCount("SELECT COUNT(*) FROM post WHERE body = '\(Self.reply)'") == "1",
                "the server committed the push the client never heard about")
        try await setup.verify()
    }

    @Test func killedWhileAnAnswerArrivesAndAtEachMomentOfApplyingIt() async throws {
        let setup = try await Setup.make()
        defer { setup.stop() }
        setup.proxy.inject(.trickle(bytesPerSecond: 500), whenPathContains: "/v1/sync")
        try await setup.syncKilled { try await Task.sleep(for: .milliseconds(1_500)) }
        #expect(setup.proxy.exchanges.isEmpty, "killed while the first answer was still arriving")
        for delay in [0, 2, 5, 10, 20, 40, 80] {
            setup.proxy.resetCounts()
            try await setup.syncKilled {
                try await setup.answersDelivered(1)
                try await Task.sleep(for: .milliseconds(delay))
            }
            let store = try ClientStore.open(at: setup.storePath)
            #expect(try store.drafts().map(\.body) == [Self.draftText], "after a kill \(delay) ms into applying")
        }
        try await setup.verify()
    }
}
