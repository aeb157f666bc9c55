import Foundation
import GRDB
import Testing
import StaffroomProtocol
@testable import StaffroomServer

/// Moderators acting at the same moment: the same action sent at once by two stands for both and
/// is recorded once; a bulk decision applies item by item, a stale item refused without holding
/// back the others; every kind of action leaves one audit entry with what it was given.
@Suite struct ModerationConcurrencyTests {
    private static func seed(_ database: ServerDatabase, _ accounts: Accounts) throws {
        try seedWriters(database, accounts)
        try accounts.addMember(username: "james", displayName: "James", role: .moderator, school: "", password: "password-james")
        _ = try database.batch { writer in
            for body in ["Третий", "Четвёртый", "Пятый"] { try writer.addPost(topicID: 1, authorID: 4, body: body, at: Date()) }
        }
    }

    @Test func theSameActionSentAtOnceByTwoModeratorsStandsForBothAndIsRecordedOnce() async throws {
        let server = try await LiveServer.start(prepare: Self.seed)
        let anna = try await Writer.login(server, as: "anna")
        let marina = try await Writer.login(server, as: "marina")
        let james = try await Writer.login(server, as: "james")
        _ = try await anna.push(.flagPost(postID: 3, reason: .offensive, note: ""), sequence: 1)
        async let first = marina.push(.moderate(itemID: 1, version: 1, action: .hide, note: ""), sequence: 1)
        async let second = james.push(.moderate(itemID: 1, version: 1, action: .hide, note: ""), sequence: 1)
        let outcomes = try await [first.outcome, second.outcome]
        let entries = try await server.database.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditEntry") }
        for writer in [anna, marina, james] { await writer.close() }
        await server.stop()
        #expect(outcomes == [.applied, .applied])
        #expect(entries == 1, "the second found the action done already")
    }

    @Test func aBulkDecisionAppliesItemByItemAndAStaleOneHoldsNoOtherBack() async throws {
        let server = try await LiveServer.start(prepare: Self.seed)
        let anna = try await Writer.login(server, as: "anna")
        let marina = try await Writer.login(server, as: "marina")
        let james = try await Writer.login(server, as: "james")
        for (index, post) in [4, 5, 6].enumerated() {
            _ = try await anna.push(.flagPost(postID: Int64(post), reason: .spam, note: ""), sequence: Int64(index + 1))
        }
        _ = try await james.push(.moderate(itemID: 2, version: 1, action: .keep, note: ""), sequence: 1)
        let page = try await marina.push((1...3).map { item in
            Mutation(sequence: Int64(item), clientID: "m\(item)", action: .moderate(itemID: Int64(item), version: 1, action: .delete, note: ""))
        })
        let statuses = try await server.database.writer.read { db in try String.fetchAll(db, sql: "SELECT status FROM reviewItem ORDER BY id") }
        for writer in [anna, marina, james] { await writer.close() }
        await server.stop()
        #expect(page.results.map(\.outcome) == [.applied, .rejected, .applied])
        #expect(page.results[1].code == .alreadyHandled)
        #expect(statuses == ["approved", "rejected", "approved"])
    }

    @Test func everyKindOfActionLeavesOneAuditEntryWithWhatItWasGiven() async throws {
        let server = try await LiveServer.start(prepare: Self.seed)
        let anna = try await Writer.login(server, as: "anna")
        let marina = try await Writer.login(server, as: "marina")
        for (index, post) in [3, 4, 5, 6].enumerated() {
            _ = try await anna.push(.flagPost(postID: Int64(post), reason: .spam, note: ""), sequence: Int64(index + 1))
        }
        let decisions: [(Int64, ModerationAction, ModerationDetails?)] = [
            (1, .keep, nil), (2, .ignore, nil), (3, .hide, nil), (4, .edit, ModerationDetails(body: "Исправлено")),
            (3, .delete, nil), (4, .lockTopic, nil), (1, .moveTopic, ModerationDetails(forumID: 1)),
            (2, .warn, ModerationDetails(message: "Пишите по теме")), (2, .silence, ModerationDetails(days: 2)),
            (2, .suspend, ModerationDetails(days: 1)),
        ]
        var versions: [Int64: Int] = [1: 1, 2: 1, 3: 1, 4: 1]
        var outcomes: [MutationResult.Outcome] = []
        for (index, (item, action, details)) in decisions.enumerated() {
            let result = try await marina.push(.moderate(itemID: item, version: versions[item] ?? 1, action: action, note: "Причина \(index)",
                                                         details: details), sequence: Int64(index + 1))
            outcomes.append(result.outcome)
            versions[item, default: 1] += 1
        }
        let entries = try await server.database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT action, note, details FROM auditEntry ORDER BY id").map {
                "\($0["action"] as String)|\($0["note"] as String)|\(($0["details"] as String?) ?? "")"
            }
        }
        for writer in [anna, marina] { await writer.close() }
        await server.stop()
        #expect(outcomes.allSatisfy { $0 == .applied })
        let expected = try decisions.enumerated().map { index, decision in
            "\(decision.1.rawValue)|Причина \(index)|" + (try decision.2.map(JSONColumn.text) ?? "")
        }
        #expect(entries == expected)
    }
}
