import Foundation
import NIOHTTP1
import Testing
import StaffroomProtocol
import StaffroomSync
@testable import StaffroomServer

/// The moderators' HTTP routes: every one refuses a teacher (403) and a client without a session
/// (401); an action decided on a stale version is 409 with who handled it, the same action twice
/// succeeds for both, a broken rule is 422; the audit log filters; the metrics count.
@Suite struct ModerationRouteTests {
    private static func body(_ value: some Encodable) throws -> [UInt8] {
        Array(try WireFormat.makeEncoder().encode(value))
    }

    private static func decode<Value: Decodable>(_ type: Value.Type, _ bytes: [UInt8]) throws -> Value {
        try WireFormat.makeDecoder().decode(type, from: Data(bytes))
    }

    /// The members of `seedWriters` and james (id 6), a second moderator.
    private static func seedWithSecondModerator(_ database: ServerDatabase, _ accounts: Accounts) throws {
        try seedWriters(database, accounts)
        try accounts.addMember(username: "james", displayName: "James", role: .moderator, school: "", password: "password-james")
    }

    @Test func everyRouteRefusesATeacherAndAClientWithoutASession() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let anna = try await Writer.login(server, as: "anna")
        _ = try await anna.push(.flagPost(postID: 1, reason: .spam, note: ""), sequence: 1)
        let routes: [(HTTPMethod, String, [UInt8]?)] = [
            (.GET, WireFormat.moderationQueuePath, nil),
            (.POST, WireFormat.claimPath(1), try Self.body(ClaimRequest(claim: true))),
            (.POST, WireFormat.moderationActionPath(1), try Self.body(ModerationRequest(version: 1, action: .keep))),
            (.POST, WireFormat.undoModerationPath(1), nil),
            (.GET, WireFormat.auditLogPath, nil),
            (.GET, WireFormat.moderationStatisticsPath, nil),
        ]
        var statuses: [String] = []
        for (method, path, bytes) in routes {
            let teacher = try await server.fetch(path, method: method, token: anna.token, bytes: bytes).status
            let anonymous = try await server.request(method, path, bytes: bytes).status
            statuses.append("\(path) \(teacher) \(anonymous)")
        }
        let untouched = try await server.database.writer.read { db in try String.fetchOne(db, sql: "SELECT status FROM reviewItem") }
        await anna.close()
        await server.stop()
        #expect(statuses == routes.map { "\($0.1) 403 401" })
        #expect(untouched == "pending")
    }

    @Test func aStaleActionIsAConflictNamingWhoHandledItAndTheSameActionSucceedsForBoth() async throws {
        let server = try await LiveServer.start(prepare: Self.seedWithSecondModerator)
        let anna = try await Writer.login(server, as: "anna")
        let marina = try await Writer.login(server, as: "marina")
        let james = try await Writer.login(server, as: "james")
        _ = try await anna.push(.flagPost(postID: 3, reason: .offensive, note: ""), sequence: 1)
        let queue = try Self.decode(ReviewQueuePage.self, try await server.fetch(WireFormat.moderationQueuePath, token: marina.token).body)
        let claimed = try await server.fetch(WireFormat.claimPath(1), method: .POST, token: marina.token,
                                             bytes: try Self.body(ClaimRequest(claim: true)))
        let taken = try await server.fetch(WireFormat.claimPath(1), method: .POST, token: james.token,
                                           bytes: try Self.body(ClaimRequest(claim: true)))
        let hide = try Self.body(ModerationRequest(version: 1, action: .hide, note: "Грубо"))
        let hidden = try await server.fetch(WireFormat.moderationActionPath(1), method: .POST, token: marina.token, bytes: hide)
        let sameAgain = try await server.fetch(WireFormat.moderationActionPath(1), method: .POST, token: james.token, bytes: hide)
        let stale = try await server.fetch(WireFormat.moderationActionPath(1), method: .POST, token: james.token,
                                           bytes: try Self.body(ModerationRequest(version: 1, action: .keep)))
        let badDays = try await server.fetch(WireFormat.moderationActionPath(1), method: .POST, token: marina.token,
                                             bytes: try Self.body(ModerationRequest(version: 2, action: .silence, details: ModerationDetails(days: 0))))
        let garbage = try await server.fetch(WireFormat.moderationActionPath(1), method: .POST, token: marina.token, bytes: Array("{".utf8))
        let undone = try await server.fetch(WireFormat.undoModerationPath(1), method: .POST, token: marina.token)
        for writer in [anna, marina, james] { await writer.close() }
        await server.stop()
        #expect(queue.items.map(\.postID) == [3])
        #expect(claimed.status == 200 && taken.status == 409 && String(decoding: taken.body, as: UTF8.self).contains("Marina is looking at it"))
        let afterHide = try Self.decode(ReviewItem.self, hidden.body)
        #expect(hidden.status == 200 && afterHide.action == .hide)
        #expect(sameAgain.status == 200, "two moderators taking the same action both succeed")
        let conflict = try Self.decode(ErrorBody.self, stale.body)
        #expect(stale.status == 409 && conflict.error.code == .alreadyHandled && conflict.error.message.hasPrefix("Already handled by Marina: hide at "))
        #expect(badDays.status == 422 && garbage.status == 400)
        let afterUndo = try Self.decode(ReviewItem.self, undone.body)
        #expect(undone.status == 200 && afterUndo.status == .pending)
    }

    @Test func theAuditLogFiltersByModeratorMemberAndActionAndTheMetricsCount() async throws {
        let server = try await LiveServer.start(prepare: Self.seedWithSecondModerator)
        let pavel = try await Writer.login(server, as: "pavel")
        let marina = try await Writer.login(server, as: "marina")
        let james = try await Writer.login(server, as: "james")
        for (index, post) in [1, 2, 3].enumerated() {
            _ = try await pavel.push(.flagPost(postID: Int64(post), reason: .spam, note: ""), sequence: Int64(index + 1))
        }
        _ = try await marina.push(.moderate(itemID: 1, version: 1, action: .keep, note: ""), sequence: 1)
        _ = try await marina.push(.moderate(itemID: 2, version: 1, action: .hide, note: ""), sequence: 2)
        _ = try await james.push(.moderate(itemID: 3, version: 1, action: .hide, note: ""), sequence: 1)
        try await server.database.writer.write { db in
            try db.execute(sql: "UPDATE reviewItem SET createdAt = ? WHERE id = 1", arguments: [Date().addingTimeInterval(-600)])
        }
        func audit(_ query: String) async throws -> [String] {
            try Self.decode(AuditLogPage.self, try await server.fetch(WireFormat.auditLogPath + query, token: marina.token).body)
                .entries.map { "\($0.moderatorID) \($0.action.rawValue) \($0.postID ?? 0)" }
        }
        let all = try await audit("")
        let hers = try await audit("?moderator=3")
        let annas = try await audit("?member=2")
        let hides = try await audit("?action=hide&limit=1")
        let wrong = try await server.fetch(WireFormat.auditLogPath + "?action=ban", token: marina.token).status
        let statistics = try Self.decode(ModerationStatistics.self,
                                         try await server.fetch(WireFormat.moderationStatisticsPath + "?weeks=4", token: marina.token).body)
        for writer in [pavel, marina, james] { await writer.close() }
        await server.stop()
        #expect(all == ["6 hide 3", "3 hide 2", "3 keep 1"])
        #expect(hers == ["3 hide 2", "3 keep 1"] && annas == ["3 hide 2"] && hides == ["6 hide 3"] && wrong == 400)
        #expect(statistics.pending == 0 && statistics.oldestPendingSince == nil && statistics.firstActions == 3 && statistics.weeks.count == 4)
        #expect(statistics.medianSecondsToFirstAction.map { $0 < 60 } == true, "the middle of 600, ~0 and ~0 seconds")
        #expect(statistics.moderators.map { "\($0.name) \($0.actionsPerWeek)" } == ["James [0, 0, 0, 1]", "Marina [0, 0, 0, 2]"])
    }
}
