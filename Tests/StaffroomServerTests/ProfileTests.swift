import Foundation
import GRDB
import Testing
import StaffroomProtocol
@testable import StaffroomServer

/// A member rewrites their own profile; every member receives it; the server keeps the rules.
@Suite struct ProfileTests {
    @Test func aProfileIsTidiedAndReachesEveryMember() async throws {
        let server = try await LiveServer.start { try seedWriters($0, $1) }
        let anna = try await Writer.login(server, as: "anna")
        let pavel = try await Writer.login(server, as: "pavel")
        _ = try await pavel.fullSync()
        let result = try await anna.push(.updateProfile(profile: ProfileDraft(subjects: [" Физика ", "физика", "Астрономия"], grades: [9, 7, 9],
                                                                             bio: "  Учу физике в 7–9 классах.\nЛюблю опыты.  ")),
                                         sequence: 1)
        let users = try await pavel.fullSync().compactMap { change -> User? in if case .user(let user) = change { user } else { nil } }
        for writer in [anna, pavel] { await writer.close() }
        await server.stop()
        #expect(result.outcome == .applied)
        #expect(users.last?.username == "anna", "the change moved anna to the end of the log, where a member who synced before finds it")
        #expect(users.last?.subjects == ["Физика", "Астрономия"])
        #expect(users.last?.grades == [7, 9])
        #expect(users.last?.bio == "Учу физике в 7–9 классах.\nЛюблю опыты.")
    }

    @Test func aProfileBreakingARuleOrFromASilencedMemberIsRefused() async throws {
        let server = try await LiveServer.start { database, accounts in
            try seedWriters(database, accounts)
            try database.writer.write { db in
                try db.execute(sql: "UPDATE user SET silencedUntil = ? WHERE username = 'pavel'", arguments: [Date().addingTimeInterval(86_400)])
            }
        }
        let anna = try await Writer.login(server, as: "anna")
        let pavel = try await Writer.login(server, as: "pavel")
        let annaStart = try await anna.connection.syncPage(token: anna.token, cursor: nil).cursor
        let badGrade = try await anna.push(.updateProfile(profile: ProfileDraft(grades: [12])), sequence: 1)
        let tooMany = try await anna.push(.updateProfile(profile: ProfileDraft(subjects: (1...9).map { "Предмет \($0)" })), sequence: 2)
        let longBio = try await anna.push(.updateProfile(profile: ProfileDraft(bio: String(repeating: "а", count: 2_001))), sequence: 3)
        let silenced = try await pavel.push(.updateProfile(profile: ProfileDraft(bio: "Новый текст")), sequence: 1)
        let sentBack = try await anna.connection.syncPage(token: anna.token, cursor: annaStart).changes.compactMap { change -> String? in
            if case .user(let user) = change { user.username } else { nil }
        }
        let stored = try await server.database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT subjects, grades, bio FROM user WHERE username IN ('anna', 'pavel')")
                .map { "\($0["subjects"] as String) \($0["grades"] as String) \($0["bio"] as String)" }
        }
        for writer in [anna, pavel] { await writer.close() }
        await server.stop()
        #expect([badGrade, tooMany, longBio].map(\.code) == [.invalid, .invalid, .invalid])
        #expect(badGrade.message == "Grade 12 does not exist: grades are 1 to 11.")
        #expect(silenced.code == .silenced)
        #expect(stored == ["[] [] ", "[] [] "], "nothing refused was stored")
        #expect(sentBack == ["anna", "pavel"], "each refused profile comes back as it stands, to the device that showed it (and, as any user, to all)")
    }
}
