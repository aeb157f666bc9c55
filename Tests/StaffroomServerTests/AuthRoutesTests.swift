import Foundation
import GRDB
import Testing
import StaffroomProtocol
@testable import StaffroomServer

@Suite struct AuthRoutesTests {
    @Test func loginReturnsAnOpaqueTokenAndTheMember() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1) }
        defer { Task { await server.stop() } }
        let answer = try await server.request(.POST, "/v1/login", headers: [("Content-Type", "application/json")],
                                              body: #"{"username":"olga","password":"correct horse"}"#)
        #expect(answer.status == 200)
        let login = try WireFormat.makeDecoder().decode(LoginResponse.self, from: Data(answer.body))
        #expect(login.user.username == "olga")
        #expect(login.user.role == .mentor)
        #expect(login.token.count >= 40)
        let second = try await server.token(username: "OLGA", password: "correct horse")
        #expect(second != login.token, "every login opens a new session; usernames ignore letter case")
        await server.stop()
    }

    @Test(arguments: [#"{"username":"olga","password":"wrong"}"#, #"{"username":"nobody","password":"correct horse"}"#])
    func wrongCredentialsAreRefusedAlike(body: String) async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1) }
        let answer = try await server.request(.POST, "/v1/login", headers: [("Content-Type", "application/json")], body: body)
        await server.stop()
        #expect(answer.status == 401)
        let error = try WireFormat.makeDecoder().decode(ErrorBody.self, from: Data(answer.body))
        #expect(error.error.code == .invalidCredentials)
    }

    @Test func malformedLoginIsABadRequest() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1) }
        let answer = try await server.request(.POST, "/v1/login", headers: [("Content-Type", "application/json")], body: "{nope")
        await server.stop()
        #expect(answer.status == 400)
        #expect(try WireFormat.makeDecoder().decode(ErrorBody.self, from: Data(answer.body)).error.code == .badRequest)
    }

    @Test(arguments: [[(String, String)](), [("Authorization", "Bearer not-a-real-token")], [("Authorization", "Basic b2xnYQ==")]])
    func dataRoutesRequireAValidToken(headers: [(String, String)]) async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1) }
        let answer = try await server.request(.GET, "/v1/sync", headers: headers)
        await server.stop()
        #expect(answer.status == 401)
        #expect(answer.headers.first(name: "WWW-Authenticate")?.hasPrefix("Bearer") == true)
        #expect(try WireFormat.makeDecoder().decode(ErrorBody.self, from: Data(answer.body)).error.code == .unauthorized)
    }

    @Test func passwordsAreStoredAsBcryptAndTokensOnlyAsHashes() async throws {
        let database = try ServerDatabase.inMemory()
        let accounts = Accounts(database: database, bcryptCost: 4)
        try accounts.addMember(username: "ivan", displayName: "Иван", role: .teacher, school: "", password: "olympiad-2026")
        let stored = try #require(try database.member(username: "ivan"))
        #expect(stored.passwordHash.hasPrefix("$2"))
        #expect(!stored.passwordHash.contains("olympiad-2026"))
        let login = try #require(try accounts.login(username: "ivan", password: "olympiad-2026", now: Date()))
        let tokenHashes = try await database.writer.read { try String.fetchAll($0, sql: "SELECT tokenHash FROM session") }
        #expect(tokenHashes == [Accounts.hash(token: login.token)])
        #expect(!tokenHashes.contains(login.token))
        #expect(throws: ServerDatabaseError.usernameTaken("IVAN")) {
            try accounts.addMember(username: "IVAN", displayName: "Другой", role: .teacher, school: "", password: "something-else")
        }
    }
}

@Suite struct ErrorShapeTests {
    @Test func unknownRoutesAnswerInTheErrorShape() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1) }
        let answer = try await server.request(.GET, "/v1/no-such-thing")
        let wrongMethod = try await server.request(.DELETE, "/v1/login")
        await server.stop()
        #expect(answer.status == 404)
        #expect(try WireFormat.makeDecoder().decode(ErrorBody.self, from: Data(answer.body)).error.code == .notFound)
        #expect(wrongMethod.status == 404)
    }
}
