import Foundation
import GRDB
import Hummingbird
import Testing
import StaffroomProtocol
@testable import StaffroomServer

/// A request that provokes one documented answer from a live server seeded by `seedConformanceNetwork`.
struct ConformanceCase: Sendable, CustomTestStringConvertible {
    let answer: DocumentedAnswer
    let situation: String
    /// Whether the document's operation admits the request (session, parameters, body): true for
    /// every request the server accepts, false for most it refuses.
    let requestFollowsDocument: Bool
    /// Whether the answer's body must fill every property and `oneOf` branch of its schema.
    var fillsWholeSchema = false
    let provoke: @Sendable (LiveServer) async throws -> HTTPExchange

    var testDescription: String { "\(answer): \(situation)" }
}

/// The members, forums and posts of `seedWriters`, a community name, a third forum made
/// members-only (so every member outside it gets a `forumAccess` change), and a master class with
/// one place, which pavel takes (so the next member going waits in line), two series (weekly on
/// two weekdays with a cancelled and a moved meeting; monthly until a date), yesterday's seminar,
/// which ivan attended (so he has a certificate), a consultation by slots, one of which ivan
/// booked, and a library resource the master class links: a first page holds every kind of change
/// there is.
func seedConformanceNetwork(_ database: ServerDatabase, _ accounts: Accounts) throws {
    try seedWriters(database, accounts)
    try database.setCommunityName("Сеть школ")
    let closed = try database.batch { writer in
        try writer.addForum(categoryID: 1, title: "Методсовет", description: "Только для членов методсовета")
    }
    try database.setForumMembersOnly(forumID: closed, true)
    // Then ivan becomes a moderator, so his pages carry the review queue and the audit log too (the
    // closed forum's `forumAccess` change, from before, stays his).
    try database.batch { writer in
        try writer.db.execute(sql: "UPDATE user SET role = 'moderator' WHERE username = 'ivan'")
        try ChangeLog.record(.user, id: try writer.memberID(username: "ivan"), in: writer.db)
    }
    let start = Date().addingTimeInterval(14 * 86_400)
    let guideSHA256 = try database.files.store(Data(conformanceFile))
    try database.recordStoredFile(guideSHA256, size: Int64(conformanceFile.count))
    try database.batch { writer in
        let guide = try writer.addResource(Resource(
            id: 0, title: "Приёмы смыслового чтения", description: "Карточки приёмов", type: .methodicalGuide,
            subjects: ["литературное чтение"], grades: [3, 4], language: "ru", authorID: 1, licence: "CC BY 4.0", createdAt: start,
            files: [ResourceFile(name: "priemy.pdf", size: Int64(conformanceFile.count), mediaType: "application/pdf", sha256: guideSHA256)],
            link: "https://example.org/priemy", topicID: 1))
        let event = try writer.addEvent(Event(id: 0, title: "Мастер-класс: смысловое чтение", kind: .masterClass,
                                              description: "Приёмы работы с текстом", organizerID: 1, startsAt: start,
                                              endsAt: start.addingTimeInterval(3_600), timeZone: "Europe/Moscow",
                                              place: "Гимназия № 3, ауд. 12", link: "https://meet.example.org/reading",
                                              subjects: ["литературное чтение"], grades: [3, 4], capacity: 1, topicID: 1,
                                              resourceIDs: [guide]))
        try EventBook(db: writer.db).respond(userID: try writer.memberID(username: "pavel"), eventID: event, response: .going,
                                             now: Date())
        let weekly = Event(id: 0, title: "Консультации по вторникам и четвергам", kind: .consultation, description: "",
                           organizerID: 2, startsAt: start, endsAt: start.addingTimeInterval(1_800), timeZone: "Europe/Moscow",
                           recurrence: Recurrence(frequency: .weekly, interval: 1, weekdays: [3, 5], count: 6),
                           occurrenceChanges: [
                               OccurrenceChange(occurrence: start.addingTimeInterval(7 * 86_400), cancelled: true),
                               OccurrenceChange(occurrence: start.addingTimeInterval(14 * 86_400), cancelled: false,
                                                startsAt: start.addingTimeInterval(15 * 86_400),
                                                endsAt: start.addingTimeInterval(15 * 86_400 + 1_800)),
                           ])
        try writer.addEvent(weekly)
        try writer.addEvent(Event(id: 0, title: "Методсовет", kind: .seminar, description: "", organizerID: 3, startsAt: start,
                                  endsAt: start.addingTimeInterval(3_600), timeZone: "Europe/Moscow",
                                  recurrence: Recurrence(frequency: .monthly, interval: 1,
                                                         until: start.addingTimeInterval(120 * 86_400))))
        let yesterday = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 - 86_400).rounded(.down))
        let held = try writer.addEvent(Event(id: 0, title: "Семинар: итоги четверти", kind: .seminar, description: "", organizerID: 1,
                                             startsAt: yesterday, endsAt: yesterday.addingTimeInterval(3_600), timeZone: "Europe/Moscow"))
        let ivan = try writer.memberID(username: "ivan")
        try EventBook(db: writer.db).respond(userID: ivan, eventID: held, response: .going, now: yesterday.addingTimeInterval(-60))
        let olga = User(id: 1, username: "olga", displayName: "Olga", role: .mentor, school: "")
        try EventAttendance(db: writer.db, user: olga, now: yesterday.addingTimeInterval(3_600))
            .record(eventID: held, occurrence: yesterday, attendees: [ivan])
        let consultation = try writer.addEvent(Event(id: 0, title: "Консультация: журнал", kind: .consultation, description: "",
                                                     organizerID: 1, startsAt: start, endsAt: start.addingTimeInterval(3_600),
                                                     timeZone: "Europe/Moscow", slotMinutes: 20))
        let ivanUser = User(id: ivan, username: "ivan", displayName: "Ivan", role: .mentor, school: "")
        _ = try ConsultationBook(db: writer.db, user: ivanUser, now: Date())
            .book(eventID: consultation, slot: Date(timeIntervalSince1970: start.timeIntervalSince1970.rounded(.down) + 1_200),
                  question: "Как вести журнал после болезни?")
    }
}

/// The contents of the library file of `seedConformanceNetwork`.
let conformanceFile: [UInt8] = (0..<4_096).map { UInt8($0 % 251) }

/// `docs/openapi.json` against the real server over loopback HTTP: every documented answer is
/// provoked and checked (status, headers, content type, body), and the document, the server's router
/// and the route table of docs/protocol.md §1 list the same routes.
@Suite struct OpenAPIConformanceTests {
    @Test(arguments: Self.cases)
    func eachDocumentedAnswerIsWhatTheServerSends(_ check: ConformanceCase) async throws {
        let document = try OpenAPIDocument.load()
        let conformance = ExchangeConformance(document: document)
        let server = try await LiveServer.start { try seedConformanceNetwork($0, $1) }
        let outcome: Result<HTTPExchange, any Error>
        do { outcome = .success(try await check.provoke(server)) } catch { outcome = .failure(error) }
        await server.stop()
        let exchange = try outcome.get()

        let report = conformance.report(on: exchange, as: check.answer)
        #expect(report.problems.isEmpty, "\(exchange.method) \(exchange.target):\n\(report.problems.joined(separator: "\n"))")
        let requestProblems = conformance.requestProblems(exchange)
        if check.requestFollowsDocument {
            #expect(requestProblems.isEmpty, "the document refuses a request the server took:\n\(requestProblems.joined(separator: "\n"))")
        } else {
            #expect(!requestProblems.isEmpty, "the document admits a request the server refuses")
        }
        if check.fillsWholeSchema, let schema = report.bodySchema {
            let unfilled = document.schemas.offeredLocations(from: schema).subtracting(report.exercised)
            #expect(unfilled.isEmpty, "never filled, so never checked: \(unfilled.sorted())")
        }
    }

    @Test func everyDocumentedAnswerIsProvokedAndNothingElse() throws {
        let documented = try OpenAPIDocument.load().answers
        let provoked = Set(Self.cases.map(\.answer))
        #expect(documented.subtracting(provoked).isEmpty,
                "documented, never provoked: \(documented.subtracting(provoked).map(\.description).sorted())")
        #expect(provoked.subtracting(documented).isEmpty,
                "provoked, not documented: \(provoked.subtracting(documented).map(\.description).sorted())")
    }

    @Test func theDocumentHasExactlyTheRoutesOfTheServersRouter() throws {
        let database = try ServerDatabase.inMemory()
        let router = StaffroomServerApp.makeRouter(database: database, accounts: Accounts(database: database, bcryptCost: 4))
        let served = Set(router.routes.map { "\($0.method.rawValue) \($0.path.description)" })
        let documented = Set(try OpenAPIDocument.load().operations.map { "\($0.method) \($0.path)" })
        #expect(!served.isEmpty)
        #expect(served == documented)
    }

    @Test func theRouteTableOfTheProtocolDocumentMatchesTheDocument() throws {
        let document = try OpenAPIDocument.load()
        let table = try Self.protocolRouteTable()
        #expect(!table.isEmpty, "docs/protocol.md §1 has a route table")
        for route in table {
            let location = document.operationLocation(method: route.method, path: route.path)
            #expect(location != nil, "\(route.method) \(route.path) is in protocol.md §1 but not in openapi.json")
            if let location {
                #expect(document.requiresSession(operationAt: location) == route.needsSession,
                        "\(route.method) \(route.path): session needed is \(route.needsSession) in protocol.md")
            }
        }
        #expect(Set(table.map { "\($0.method) \($0.path)" }) == Set(document.operations.map { "\($0.method) \($0.path)" }))
    }

    @Test func theValidatorChecksEveryRuleTheDocumentStates() throws {
        let document = try OpenAPIDocument.load()
        for location in document.schemas.allSchemaLocations {
            let keywords = Set(JSONPointer.resolve(location, in: document.root)?.objectValue?.keys.map { $0 } ?? [])
            #expect(keywords.isSubset(of: JSONSchemaValidator.supportedKeywords),
                    "\(location) uses \(keywords.subtracting(JSONSchemaValidator.supportedKeywords).sorted())")
            if let format = JSONPointer.resolve(location, in: document.root)?["format"]?.stringValue {
                #expect(JSONSchemaValidator.supportedFormats.contains(format), "\(location): format \(format)")
            }
        }
        let references = document.root.referencedLocations
        for reference in references.sorted() {
            #expect(JSONPointer.resolve(reference, in: document.root) != nil, "\(reference) does not resolve")
        }
        for kind in ["schemas", "responses", "headers"] {
            for name in (document.root["components"]?[kind]?.objectValue ?? [:]).keys.sorted() {
                let location = "#/components/\(kind)/\(name)"
                #expect(references.contains(location) || location == OpenAPIDocument.unmatchedRouteResponse,
                        "\(location) is used nowhere")
            }
        }
    }

    @Test func theValidatorRefusesValuesTheDocumentForbids() throws {
        let validator = try OpenAPIDocument.load().validator
        let post = Post(id: 538, topicID: 1, authorID: 1, body: "Ответ", createdAt: Date(timeIntervalSince1970: 1_795_614_028),
                        editedAt: Date(timeIntervalSince1970: 1_795_614_070), number: 8)
        let change = try JSONValue(parsing: WireFormat.makeEncoder().encode(Change.post(post)))
        let schema = "#/components/schemas/Change"
        let encodedAsTheServerDoes = validator.validate(change, againstSchemaAt: schema)
        #expect(encodedAsTheServerDoes.isValid, "\(encodedAsTheServerDoes.violations)")

        let data = change["post"] ?? .null
        func changed(_ edit: (inout [String: JSONValue]) -> Void) -> JSONValue {
            var fields = data.objectValue ?? [:]
            edit(&fields)
            return .object(["post": .object(fields)])
        }
        let deviations: [(String, JSONValue)] = [
            ("a field under its long name", changed { $0["editedAt"] = $0.removeValue(forKey: "e") }),
            ("a missing required field", changed { $0["b"] = nil }),
            ("a post without its number", changed { $0["n"] = nil }),
            ("an optional field sent as null", changed { $0["d"] = .null }),
            ("a date as ISO 8601 text", changed { $0["c"] = .string("2026-11-24T10:20:28Z") }),
            ("a fractional date", changed { $0["c"] = .number(1_795_614_028.5) }),
            ("an id that is not a whole number", changed { $0["i"] = .number(5.5) }),
            ("the old kind-and-data form", .object(["kind": .string("post"), "data": data])),
            ("an unknown change kind", .object(["flag": data])),
            ("a kind that does not match its data", .object(["user": data])),
            ("two kinds in one change", .object(["post": data, "bookmark": data])),
            ("a boolean for a number", changed { $0["t"] = .bool(true) }),
        ]
        for (deviation, value) in deviations {
            #expect(!validator.validate(value, againstSchemaAt: schema).isValid, "\(deviation) passes")
        }
    }

    /// The rows of the route table in docs/protocol.md §1: method, path, and whether a session is needed.
    private static func protocolRouteTable() throws -> [(method: String, path: String, needsSession: Bool)] {
        let text = try String(contentsOf: OpenAPIDocument.repositoryFile("docs/protocol.md"), encoding: .utf8)
        guard let start = text.range(of: "\n## 1.") else { return [] }
        let section = text[start.upperBound...]
        let end = section.range(of: "\n## ")?.lowerBound ?? section.endIndex
        return section[..<end].split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "`", with: "") }
            guard line.hasPrefix("| `"), cells.count >= 3 else { return nil }
            return (method: cells[0], path: cells[1], needsSession: cells[2] == "yes")
        }
    }
}

// MARK: - The cases

extension OpenAPIConformanceTests {
    private static let login = "/v1/login"
    private static let sync = "/v1/sync"
    private static let json = ("Content-Type", "application/json")
    /// A cursor of another database: a well-formed `EPOCH-SEQUENCE` whose epoch is not the server's.
    private static let foreignCursor = "0123456789abcdef-5"

    static func answer(_ method: String, _ path: String, _ status: Int) -> DocumentedAnswer {
        .operation(method: method, path: path, status: status)
    }

    static let cases: [ConformanceCase] = loginCases + pullCases + pushCases + topicCases + eventCases + certificateCases
        + statisticsCases + calendarCases + fileCases + uploadCases + moderationCases + unmatchedRouteCases

    private static let participants = "/v1/events/{id}/participants"

    private static let eventCases: [ConformanceCase] = [
        ConformanceCase(answer: answer("GET", participants, 200), situation: "the organizer sees a place taken and a waiting list",
                        requestFollowsDocument: true, fillsWholeSchema: true) { server in
            let going = SyncRequest(device: "ivan-phone", mutations: [
                Mutation(sequence: 1, clientID: "ivan-phone-1", action: .rsvp(eventID: 1, response: .going)),
            ], cursor: nil)
            _ = try await HTTPExchange.send(.POST, sync, headers: try await bearer(server, "ivan") + [json], body: try encoded(going),
                                            to: server)
            return try await .send(.GET, "/v1/events/1/participants", headers: try await bearer(server, "olga"), to: server)
        },
        ConformanceCase(answer: answer("GET", participants, 401), situation: "no Authorization header", requestFollowsDocument: false) { server in
            try await .send(.GET, "/v1/events/1/participants", to: server)
        },
        ConformanceCase(answer: answer("GET", participants, 403), situation: "a teacher who is not the organizer",
                        requestFollowsDocument: true) { server in
            try await .send(.GET, "/v1/events/1/participants", headers: try await bearer(server, "anna"), to: server)
        },
        ConformanceCase(answer: answer("GET", participants, 400), situation: "occurrence=soon", requestFollowsDocument: false) { server in
            try await .send(.GET, "/v1/events/1/participants?occurrence=soon", headers: try await bearer(server, "olga"), to: server)
        },
        ConformanceCase(answer: answer("GET", participants, 404), situation: "an event that does not exist", requestFollowsDocument: true) { server in
            try await .send(.GET, "/v1/events/404/participants", headers: try await bearer(server, "olga"), to: server)
        },
        ConformanceCase(answer: answer("GET", participants, 500), situation: "the answers table is gone", requestFollowsDocument: true) { server in
            let auth = try await bearer(server, "olga")
            try await breakDatabase(server, dropping: "rsvp")
            return try await .send(.GET, "/v1/events/1/participants", headers: auth, to: server)
        },
    ]

    private static let certificate = "/v1/certificates/{code}"

    private static let certificateCases: [ConformanceCase] = [
        ConformanceCase(answer: answer("GET", certificate, 200), situation: "ivan's certificate, checked without an account",
                        requestFollowsDocument: true, fillsWholeSchema: true) { server in
            let code = try await server.database.writer.read { try String.fetchOne($0, sql: "SELECT code FROM certificate") } ?? ""
            return try await .send(.GET, WireFormat.certificatePath(code), to: server)
        },
        ConformanceCase(answer: answer("GET", certificate, 404), situation: "a code no certificate has", requestFollowsDocument: true) { server in
            try await .send(.GET, WireFormat.certificatePath("SR-0000-0000-0000"), to: server)
        },
        ConformanceCase(answer: answer("GET", certificate, 500), situation: "the certificate table is gone",
                        requestFollowsDocument: true) { server in
            try await breakDatabase(server, dropping: "certificate")
            return try await .send(.GET, WireFormat.certificatePath("SR-0000-0000-0000"), to: server)
        },
    ]

    private static let statistics = WireFormat.eventStatisticsPath

    private static let statisticsCases: [ConformanceCase] = [
        ConformanceCase(answer: answer("GET", statistics, 200), situation: "the last two months, with yesterday's seminar",
                        requestFollowsDocument: true, fillsWholeSchema: true) { server in
            try await .send(.GET, "\(statistics)?months=2", headers: try await bearer(server, "anna"), to: server)
        },
        ConformanceCase(answer: answer("GET", statistics, 400), situation: "months=0", requestFollowsDocument: false) { server in
            try await .send(.GET, "\(statistics)?months=0", headers: try await bearer(server, "anna"), to: server)
        },
        ConformanceCase(answer: answer("GET", statistics, 401), situation: "no Authorization header", requestFollowsDocument: false) { server in
            try await .send(.GET, statistics, to: server)
        },
        ConformanceCase(answer: answer("GET", statistics, 500), situation: "the attendance table is gone", requestFollowsDocument: true) { server in
            let auth = try await bearer(server, "anna")
            try await breakDatabase(server, dropping: "attendance")
            return try await .send(.GET, statistics, headers: auth, to: server)
        },
    ]

    private static let feed = WireFormat.calendarFeedPath
    private static let calendar = "/v1/calendars/{file}"

    /// The path of anna's calendar subscription, made by asking for it.
    private static func calendarPath(_ server: LiveServer) async throws -> String {
        let answer = try await HTTPExchange.send(.GET, feed, headers: try await bearer(server, "anna"), to: server)
        return try WireFormat.makeDecoder().decode(CalendarFeed.self, from: Data(try answer.decodedBody())).path
    }

    private static let calendarCases: [ConformanceCase] = [
        ConformanceCase(answer: answer("GET", feed, 200), situation: "anna's address, made on first use",
                        requestFollowsDocument: true, fillsWholeSchema: true) { server in
            try await .send(.GET, feed, headers: try await bearer(server, "anna"), to: server)
        },
        ConformanceCase(answer: answer("GET", feed, 401), situation: "no Authorization header", requestFollowsDocument: false) { server in
            try await .send(.GET, feed, to: server)
        },
        ConformanceCase(answer: answer("GET", feed, 500), situation: "the feed table is gone", requestFollowsDocument: true) { server in
            let auth = try await bearer(server, "anna")
            try await breakDatabase(server, dropping: "calendarFeed")
            return try await .send(.GET, feed, headers: auth, to: server)
        },
        ConformanceCase(answer: answer("POST", feed, 200), situation: "a new address", requestFollowsDocument: true,
                        fillsWholeSchema: true) { server in
            try await .send(.POST, feed, headers: try await bearer(server, "anna"), to: server)
        },
        ConformanceCase(answer: answer("POST", feed, 401), situation: "no Authorization header", requestFollowsDocument: false) { server in
            try await .send(.POST, feed, to: server)
        },
        ConformanceCase(answer: answer("POST", feed, 500), situation: "the feed table is gone", requestFollowsDocument: true) { server in
            let auth = try await bearer(server, "anna")
            try await breakDatabase(server, dropping: "calendarFeed")
            return try await .send(.POST, feed, headers: auth, to: server)
        },
        ConformanceCase(answer: answer("GET", calendar, 200), situation: "anna's calendar, fetched without an account",
                        requestFollowsDocument: true) { server in
            try await .send(.GET, try await calendarPath(server), to: server)
        },
        ConformanceCase(answer: answer("GET", calendar, 404), situation: "an address no member has", requestFollowsDocument: true) { server in
            try await .send(.GET, WireFormat.calendarPath("0123456789abcdef0123456789abcdef01234567"), to: server)
        },
        ConformanceCase(answer: answer("GET", calendar, 500), situation: "the feed table is gone", requestFollowsDocument: true) { server in
            let path = try await calendarPath(server)
            try await breakDatabase(server, dropping: "calendarFeed")
            return try await .send(.GET, path, to: server)
        },
    ]

    private static let topicPosts = "/v1/topics/{id}/posts"

    private static let topicCases: [ConformanceCase] = [
        ConformanceCase(answer: answer("GET", topicPosts, 200), situation: "an answered question with an edited, a deleted and a hidden reply",
                        requestFollowsDocument: true, fillsWholeSchema: true) { server in
            let flag = SyncRequest(device: "anna-laptop", mutations: [
                Mutation(sequence: 1, clientID: "anna-laptop-1", action: .flagPost(postID: 3, reason: .offTopic, note: "")),
            ], cursor: nil)
            _ = try await HTTPExchange.send(.POST, sync, headers: try await bearer(server, "anna") + [json], body: try encoded(flag), to: server)
            let actions: [MutationAction] = [.reply(topicID: 2, body: "Ещё ответ"), .editPost(postID: 4, body: "Исправленный ответ"),
                                             .reply(topicID: 2, body: "Лишний ответ"), .deletePost(postID: 5),
                                             .acceptAnswer(topicID: 2, postID: 3),
                                             .moderate(itemID: 1, version: 1, action: .hide, note: "Ответ не на этот вопрос")]
            let writes = SyncRequest(device: "ivan-phone", mutations: actions.enumerated().map { index, action in
                Mutation(sequence: Int64(index + 1), clientID: "ivan-phone-\(index + 1)", action: action)
            }, cursor: nil)
            _ = try await HTTPExchange.send(.POST, sync, headers: try await bearer(server, "ivan") + [json], body: try encoded(writes),
                                            to: server)
            try await pinAndLockTheQuestion(server)
            // A moderator reads the hidden reply's text and the reason.
            return try await .send(.GET, "/v1/topics/2/posts?after=2&limit=50", headers: try await bearer(server, "ivan"), to: server)
        },
        ConformanceCase(answer: answer("GET", topicPosts, 400), situation: "after=soon", requestFollowsDocument: false) { server in
            try await .send(.GET, "/v1/topics/2/posts?after=soon", headers: try await bearer(server, "olga"), to: server)
        },
        ConformanceCase(answer: answer("GET", topicPosts, 401), situation: "no Authorization header", requestFollowsDocument: false) { server in
            try await .send(.GET, "/v1/topics/2/posts", to: server)
        },
        ConformanceCase(answer: answer("GET", topicPosts, 404), situation: "a topic that does not exist", requestFollowsDocument: true) { server in
            try await .send(.GET, "/v1/topics/404/posts", headers: try await bearer(server, "olga"), to: server)
        },
        ConformanceCase(answer: answer("GET", topicPosts, 500), situation: "the post table is gone", requestFollowsDocument: true) { server in
            let auth = try await bearer(server, "olga")
            try await breakDatabase(server, dropping: "post")
            return try await .send(.GET, "/v1/topics/2/posts", headers: auth, to: server)
        },
    ]

    private static let loginCases: [ConformanceCase] = [
        ConformanceCase(answer: answer("POST", login, 200), situation: "the right username and password",
                        requestFollowsDocument: true, fillsWholeSchema: true) { server in
            try await .send(.POST, login, headers: [json], body: #"{"username":"olga","password":"password-olga"}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", login, 400), situation: "a body that is not JSON", requestFollowsDocument: false) { server in
            try await .send(.POST, login, headers: [json], body: "{nope", to: server)
        },
        ConformanceCase(answer: answer("POST", login, 400), situation: "a password that is a number", requestFollowsDocument: false) { server in
            try await .send(.POST, login, headers: [json], body: #"{"username":"olga","password":5}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", login, 401), situation: "a wrong password", requestFollowsDocument: true) { server in
            try await .send(.POST, login, headers: [json], body: #"{"username":"olga","password":"wrong"}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", login, 500), situation: "the session table is gone", requestFollowsDocument: true) { server in
            try await breakDatabase(server, dropping: "session")
            return try await .send(.POST, login, headers: [json], body: #"{"username":"olga","password":"password-olga"}"#, to: server)
        },
    ]

    private static let pullCases: [ConformanceCase] = [
        ConformanceCase(answer: answer("GET", sync, 200), situation: "a first page of every kind of change, gzipped",
                        requestFollowsDocument: true) { server in
            _ = try await pushEveryKindOfWrite(server)
            let exchange = try await HTTPExchange.send(.GET, sync, headers: try await bearer(server, "olga") + [("Accept-Encoding", "gzip")],
                                                       to: server)
            #expect(exchange.responseHeaders.first(name: "Content-Encoding") == "gzip", "a page this big is gzipped")
            return exchange
        },
        ConformanceCase(answer: answer("GET", sync, 200), situation: "a page that counts what remains after it",
                        requestFollowsDocument: true) { server in
            let exchange = try await HTTPExchange.send(.GET, "\(sync)?limit=5&count=1", headers: try await bearer(server, "olga"),
                                                       to: server)
            let body = String(decoding: try exchange.decodedBody(), as: UTF8.self)
            #expect(body.contains(#""remaining":"#), "asked, so counted: \(body)")
            return exchange
        },
        ConformanceCase(answer: answer("GET", sync, 200), situation: "a first page without backfill, counting what is left",
                        requestFollowsDocument: true) { server in
            try await .send(.GET, "\(sync)?backfill=0&count=1", headers: try await bearer(server, "olga"), to: server)
        },
        ConformanceCase(answer: answer("GET", sync, 400), situation: "backfill=maybe", requestFollowsDocument: false) { server in
            try await .send(.GET, "\(sync)?backfill=maybe", headers: try await bearer(server, "olga"), to: server)
        },
        ConformanceCase(answer: answer("GET", sync, 400), situation: "count=yes", requestFollowsDocument: false) { server in
            try await .send(.GET, "\(sync)?count=yes", headers: try await bearer(server, "olga"), to: server)
        },
        ConformanceCase(answer: answer("GET", sync, 200), situation: "an empty page at the end, without wait",
                        requestFollowsDocument: true) { server in
            let auth = try await bearer(server, "olga")
            return try await .send(.GET, "\(sync)?cursor=\(try await syncedCursor(server, auth))&limit=50", headers: auth, to: server)
        },
        ConformanceCase(answer: answer("GET", sync, 200), situation: "a long-poll ended by another member's reply",
                        requestFollowsDocument: true) { server in
            let auth = try await bearer(server, "olga")
            let cursor = try await syncedCursor(server, auth)
            let poll = Task { try await HTTPExchange.send(.GET, "\(sync)?cursor=\(cursor)&wait=30", headers: auth, to: server) }
            try await Task.sleep(for: .milliseconds(300))
            let news = Mutation(sequence: 1, clientID: "a1", action: .reply(topicID: 1, body: "Новость"))
            let reply = SyncRequest(device: "anna-laptop", mutations: [news], cursor: nil)
            _ = try await HTTPExchange.send(.POST, sync, headers: try await bearer(server, "anna") + [json], body: try encoded(reply),
                                            to: server)
            return try await poll.value
        },
        ConformanceCase(answer: answer("GET", sync, 204), situation: "wait=0.2 on a cursor with nothing new",
                        requestFollowsDocument: true) { server in
            let auth = try await bearer(server, "olga")
            return try await .send(.GET, "\(sync)?cursor=\(try await syncedCursor(server, auth))&wait=0.2", headers: auth, to: server)
        },
        ConformanceCase(answer: answer("GET", sync, 400), situation: "limit=abc", requestFollowsDocument: false) { server in
            try await .send(.GET, "\(sync)?limit=abc", headers: try await bearer(server, "olga"), to: server)
        },
        ConformanceCase(answer: answer("GET", sync, 400), situation: "limit=0", requestFollowsDocument: false) { server in
            try await .send(.GET, "\(sync)?limit=0", headers: try await bearer(server, "olga"), to: server)
        },
        ConformanceCase(answer: answer("GET", sync, 400), situation: "wait=61", requestFollowsDocument: false) { server in
            try await .send(.GET, "\(sync)?wait=61", headers: try await bearer(server, "olga"), to: server)
        },
        ConformanceCase(answer: answer("GET", sync, 400), situation: "wait=soon", requestFollowsDocument: false) { server in
            try await .send(.GET, "\(sync)?wait=soon", headers: try await bearer(server, "olga"), to: server)
        },
        ConformanceCase(answer: answer("GET", sync, 400), situation: "a cursor the server cannot have issued",
                        requestFollowsDocument: true) { server in
            try await .send(.GET, "\(sync)?cursor=%3Cscript%3E", headers: try await bearer(server, "olga"), to: server)
        },
        ConformanceCase(answer: answer("GET", sync, 401), situation: "no Authorization header", requestFollowsDocument: false) { server in
            try await .send(.GET, sync, to: server)
        },
        ConformanceCase(answer: answer("GET", sync, 401), situation: "the Basic scheme", requestFollowsDocument: false) { server in
            try await .send(.GET, sync, headers: [("Authorization", "Basic b2xnYQ==")], to: server)
        },
        ConformanceCase(answer: answer("GET", sync, 401), situation: "a bearer token with no session", requestFollowsDocument: true) { server in
            try await .send(.GET, sync, headers: [("Authorization", "Bearer not-a-real-token")], to: server)
        },
        ConformanceCase(answer: answer("GET", sync, 410), situation: "a cursor of another epoch", requestFollowsDocument: true) { server in
            try await .send(.GET, "\(sync)?cursor=\(foreignCursor)", headers: try await bearer(server, "olga"), to: server)
        },
        ConformanceCase(answer: answer("GET", sync, 500), situation: "the change log table is gone", requestFollowsDocument: true) { server in
            let auth = try await bearer(server, "olga")
            try await breakDatabase(server, dropping: "change")
            return try await .send(.GET, sync, headers: auth, to: server)
        },
    ]

    private static let pushCases: [ConformanceCase] = [
        ConformanceCase(answer: answer("POST", sync, 200), situation: "every action, every outcome, every kind of change",
                        requestFollowsDocument: true, fillsWholeSchema: true) { server in
            try await pushEveryKindOfWrite(server)
        },
        ConformanceCase(answer: answer("POST", sync, 200), situation: "no mutations, a null cursor and a limit",
                        requestFollowsDocument: true) { server in
            try await .send(.POST, sync, headers: try await bearer(server, "olga") + [json],
                            body: #"{"device":"d1","mutations":[],"cursor":null,"limit":3}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", sync, 400), situation: "a body that is not JSON", requestFollowsDocument: false) { server in
            try await .send(.POST, sync, headers: try await bearer(server, "olga") + [json], body: "{nope", to: server)
        },
        ConformanceCase(answer: answer("POST", sync, 400), situation: "an unknown action kind", requestFollowsDocument: false) { server in
            try await .send(.POST, sync, headers: try await bearer(server, "olga") + [json],
                            body: #"{"device":"d1","mutations":[{"sequence":1,"clientID":"c1","action":{"shout":{"topicID":1}}}]}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", sync, 400), situation: "an empty device", requestFollowsDocument: false) { server in
            try await .send(.POST, sync, headers: try await bearer(server, "olga") + [json], body: #"{"device":"","mutations":[]}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", sync, 400), situation: "101 mutations", requestFollowsDocument: false) { server in
            let mutations = (1...101).map { Mutation(sequence: Int64($0), clientID: "c\($0)", action: .markRead(topicID: 1, upToPostID: 1)) }
            return try await .send(.POST, sync, headers: try await bearer(server, "olga") + [json],
                                   body: try encoded(SyncRequest(device: "d1", mutations: mutations, cursor: nil)), to: server)
        },
        ConformanceCase(answer: answer("POST", sync, 400), situation: "limit 0", requestFollowsDocument: false) { server in
            try await .send(.POST, sync, headers: try await bearer(server, "olga") + [json],
                            body: #"{"device":"d1","mutations":[],"limit":0}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", sync, 400), situation: "a well-formed body over 4 MiB (not 413)",
                        requestFollowsDocument: true) { server in
            let padded = #"{"device":"d1","mutations":[]}"# + String(repeating: " ", count: 4 << 20)
            return try await .send(.POST, sync, headers: try await bearer(server, "olga") + [json], body: padded, to: server)
        },
        ConformanceCase(answer: answer("POST", sync, 400), situation: "a cursor the server cannot have issued",
                        requestFollowsDocument: true) { server in
            try await .send(.POST, sync, headers: try await bearer(server, "olga") + [json],
                            body: #"{"device":"d1","mutations":[],"cursor":"yesterday"}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", sync, 401), situation: "no Authorization header", requestFollowsDocument: false) { server in
            try await .send(.POST, sync, headers: [json], body: #"{"device":"d1","mutations":[]}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", sync, 410), situation: "a cursor of another epoch", requestFollowsDocument: true) { server in
            try await .send(.POST, sync, headers: try await bearer(server, "olga") + [json],
                            body: #"{"device":"d1","mutations":[],"cursor":"\#(foreignCursor)"}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", sync, 500), situation: "the change log table is gone", requestFollowsDocument: true) { server in
            let auth = try await bearer(server, "olga")
            try await breakDatabase(server, dropping: "change")
            return try await .send(.POST, sync, headers: auth + [json], body: #"{"device":"d1","mutations":[]}"#, to: server)
        },
    ]

    private static let unmatchedRouteCases: [ConformanceCase] = [
        ConformanceCase(answer: .unmatchedRoute, situation: "an unknown path", requestFollowsDocument: false) { server in
            try await .send(.GET, "/v1/nothing", to: server)
        },
        ConformanceCase(answer: .unmatchedRoute, situation: "GET on the login path", requestFollowsDocument: false) { server in
            try await .send(.GET, login, to: server)
        },
        ConformanceCase(answer: .unmatchedRoute, situation: "DELETE on the sync path", requestFollowsDocument: false) { server in
            try await .send(.DELETE, sync, headers: try await bearer(server, "olga"), to: server)
        },
    ]
}

// MARK: - Helpers of the cases

extension OpenAPIConformanceTests {
    /// An `Authorization` header for a fresh session of a member of `seedWriters`.
    private static func bearer(_ server: LiveServer, _ name: String) async throws -> [(String, String)] {
        [("Authorization", "Bearer \(try await server.token(username: name, password: "password-\(name)"))")]
    }

    private static func encoded(_ request: SyncRequest) throws -> String {
        String(decoding: try WireFormat.makeEncoder().encode(request), as: UTF8.self)
    }

    /// The cursor after the last page, reached with plain `GET`s.
    private static func syncedCursor(_ server: LiveServer, _ auth: [(String, String)]) async throws -> String {
        var cursor = ""
        while true {
            let answer = try await server.request(.GET, "\(sync)?cursor=\(cursor)", headers: auth)
            let page = try WireFormat.makeDecoder().decode(SyncPage.self, from: Data(answer.body))
            cursor = page.cursor
            if !page.more { return cursor }
        }
    }

    /// Makes the next request fail inside the server, as a damaged database would.
    private static func breakDatabase(_ server: LiveServer, dropping table: String) async throws {
        try await server.database.writer.write { try $0.execute(sql: "DROP TABLE \(table)") }
    }

    /// As marina (a moderator), pins and locks the question (topic 2), so topics are sent with every field.
    private static func pinAndLockTheQuestion(_ server: LiveServer) async throws {
        let actions: [MutationAction] = [.setTopicPinned(topicID: 2, pinned: true), .setTopicLocked(topicID: 2, locked: true)]
        let writes = SyncRequest(device: "marina-desk", mutations: actions.enumerated().map { index, action in
            Mutation(sequence: Int64(index + 1), clientID: "marina-desk-\(index + 1)", action: action)
        }, cursor: nil)
        let answer = try await HTTPExchange.send(.POST, sync, headers: try await bearer(server, "marina") + [json],
                                                 body: try encoded(writes), to: server)
        guard answer.status == 200 else { throw TestFailure("pinning got \(answer.status)") }
    }

    /// Moderation that ivan's page must show whole, done by others before his writes: anna flags ivan's
    /// answer (post 3: review item 1) and pavel himself (user 5: item 2, about a member); vera, an
    /// admin, silences ivan over his answer and takes it back at once, then hides the answer (audit
    /// entries 1 and 2), so ivan holds a lifted `silenced` notice, with its end, and a `post_hidden`
    /// one, with the topic; she warns pavel on the item about him (entry 3, with no post) and writes
    /// a staff note on him (note 1); and pavel, new in forum 1, which now holds new members' posts,
    /// replies there: his post 5 is held (review item 3).
    private static func moderateBeforeIvanWrites(_ server: LiveServer) async throws {
        try server.accounts.addMember(username: "vera", displayName: "Vera", role: .admin, school: "", password: "password-vera")
        try server.database.setForumHoldsFirstPosts(forumID: 1, true)
        let writes: [(name: String, device: String, actions: [MutationAction])] = [
            ("anna", "anna-phone", [
                .flagPost(postID: 3, reason: .offTopic, note: "Не отвечает на вопрос"),
                .flagUser(userID: 5, reason: .offensive, note: "Грубит в личных сообщениях"),
            ]),
            ("vera", "vera-desk", [
                .moderate(itemID: 1, version: 1, action: .silence, note: "Резкость в ответах", details: ModerationDetails(days: 3)),
                .undoModeration(entryID: 1),
                .moderate(itemID: 1, version: 3, action: .hide, note: "Не по теме вопроса"),
                .moderate(itemID: 2, version: 1, action: .warn, note: "Жалоба коллеги",
                          details: ModerationDetails(message: "Пожалуйста, будьте вежливы с коллегами.")),
                .addStaffNote(userID: 5, text: "Предупреждён о тоне; проверить жалобы через неделю"),
            ]),
            ("pavel", "pavel-phone", [.reply(topicID: 1, body: "Здравствуйте, я новенький")]),
        ]
        for (name, device, actions) in writes {
            let request = SyncRequest(device: device, mutations: actions.enumerated().map { index, action in
                Mutation(sequence: Int64(index + 1), clientID: "\(device)-\(index + 1)", action: action)
            }, cursor: nil, limit: 1)
            let answer = try await HTTPExchange.send(.POST, sync, headers: try await bearer(server, name) + [json],
                                                     body: try encoded(request), to: server)
            guard answer.status == 200 else { throw TestFailure("\(name)'s writes got \(answer.status)") }
            let results = try WireFormat.makeDecoder().decode(SyncPage.self, from: Data(try answer.decodedBody())).results
            guard results.allSatisfy({ $0.outcome == .applied }) else { throw TestFailure("\(name)'s writes: \(results)") }
        }
    }

    /// pavel, a teacher, asks the coordinators for a mentor, naming none: mentorship 1, `requested`,
    /// which ivan (a moderator, so a coordinator) then gives to olga, a mentor, and ends.
    private static func askForAMentorBeforeIvanWrites(_ server: LiveServer) async throws {
        let ask = MutationAction.requestMentor(mentorID: nil, subject: "Литературное чтение", grade: 3,
                                               note: "Первый год веду 3 класс: как проверять технику чтения?")
        let request = SyncRequest(device: "pavel-laptop", mutations: [Mutation(sequence: 1, clientID: "pavel-laptop-1", action: ask)],
                                  cursor: nil, limit: 1)
        let answer = try await HTTPExchange.send(.POST, sync, headers: try await bearer(server, "pavel") + [json],
                                                 body: try encoded(request), to: server)
        guard answer.status == 200 else { throw TestFailure("pavel's request for a mentor got \(answer.status)") }
        let results = try WireFormat.makeDecoder().decode(SyncPage.self, from: Data(try answer.decodedBody())).results
        guard results.map(\.outcome) == [.applied], results.first?.entityID == 1 else {
            throw TestFailure("pavel's request for a mentor: \(results)")
        }
    }

    /// As ivan (a moderator here), pushes one reply, then every kind of action in one request from no cursor:
    /// a repeat of the reply (`duplicate`), writes that are applied, refused (`rejected`), and one
    /// whose number skips ahead (`out_of_order`). The answer's page holds every kind of change, with
    /// an edited and deleted post, an accepted answer, and subscriptions to a topic and a forum, and
    /// every field of moderation: a post hidden (ivan's answer, whose review he asks for), one held and
    /// one edited by a moderator, notices to ivan, audit entries with every kind of details, an item
    /// about a member (pavel, whom ivan flags again) with an entry without a post, and staff notes;
    /// one of ivan's notification settings; ivan's own profile, rewritten, so his `user` comes
    /// with subjects, grades and a text; and mentoring: ivan's own request to olga (mentorship 2, left
    /// `requested`), and pavel's request (mentorship 1), which ivan, as a coordinator, gives to olga
    /// (opening their forum, in a new mentoring category, with pavel's first topic) and then ends, so
    /// it comes with every field.
    private static func pushEveryKindOfWrite(_ server: LiveServer) async throws -> HTTPExchange {
        let headers = try await bearer(server, "ivan") + [json]
        let reply = Mutation(sequence: 1, clientID: "ivan-1", action: .reply(topicID: 1, body: "Первый ответ"))
        let setup = SyncRequest(device: "ivan-laptop", mutations: [reply], cursor: nil)
        let first = try await HTTPExchange.send(.POST, sync, headers: headers, body: try encoded(setup), to: server)
        guard first.status == 200 else { throw TestFailure("the first reply got \(first.status)") }
        try await pinAndLockTheQuestion(server)
        try await moderateBeforeIvanWrites(server)
        try await askForAMentorBeforeIvanWrites(server)
        let counted = try await HTTPExchange.send(.GET, "\(sync)?count=1&limit=1", headers: headers, to: server)
        let before = try WireFormat.makeDecoder().decode(SyncPage.self, from: Data(try counted.decodedBody()))
        // Review items 1 to 3, audit entries 1 to 3 and staff note 1 are those of `moderateBeforeIvanWrites`,
        // so ivan's flags of posts open items 4 and 5, his actions write entries from 4 on, and his flag
        // of pavel reopens item 2.
        let actions: [MutationAction] = [
            .createTopic(forumID: 1, title: "Новая тема", body: "Текст"),
            .editPost(postID: 4, body: "Исправленный ответ"),
            .deletePost(postID: 4),
            .setTopicPinned(topicID: 1, pinned: true),
            .setTopicLocked(topicID: 1, locked: true),
            .flagPost(postID: 1, reason: .offTopic, note: ""),
            .markRead(topicID: 1, upToPostID: 4),
            .acceptAnswer(topicID: 2, postID: 3),
            .acceptAnswer(topicID: 1, postID: nil),
            .setSubscription(target: .topic(2), level: .watch),
            .setSubscription(target: .forum(2), level: .mute),
            .setBookmark(postID: 3, bookmarked: true),
            .rsvp(eventID: 1, response: .going),
            .setEventStatus(eventID: 1, status: .held),
            .markUseful(resourceID: 1, useful: true),
            .flagPost(postID: 2, reason: .spam, note: "Реклама"),
            .moderate(itemID: 4, version: 1, action: .keep, note: "По теме"),
            .undoModeration(entryID: 4),
            .moderate(itemID: 4, version: 3, action: .ignore, note: ""),
            .claimReview(itemID: 5, claim: true),
            .moderate(itemID: 4, version: 4, action: .moveTopic, note: "Это вопрос", details: ModerationDetails(forumID: 2)),
            .moderate(itemID: 4, version: 5, action: .edit, note: "Убрал лишнее",
                      details: ModerationDetails(body: "Первое сообщение (исправлено)")),
            .moderate(itemID: 4, version: 6, action: .warn, note: "", details: ModerationDetails(message: "Пишите по теме.")),
            .askForReview(postID: 3, note: "Это ответ по существу"),
            .flagUser(userID: 5, reason: .other, note: "Снова резкие ответы"),
            .addStaffNote(userID: 5, text: "Вторая жалоба за неделю"),
            .setNotificationLevel(kind: .mention, level: .digest),
            .updateProfile(profile: ProfileDraft(subjects: ["Физика"], grades: [7, 8], bio: "Учитель физики.")),
            .requestMentor(mentorID: 1, subject: "Физика", grade: 8, note: "Как готовить восьмиклассников к олимпиаде?"),
            .answerMentorship(mentorshipID: 1, accept: true, mentorID: 1),
            .endMentorship(mentorshipID: 1),
        ]
        let numbered = actions.enumerated().map { index, action in
            Mutation(sequence: Int64(index + 2), clientID: "ivan-\(index + 2)", action: action)
        }
        let skipping = Mutation(sequence: 99, clientID: "ivan-99", action: .reply(topicID: 1, body: "Слишком рано"))
        // The actions log twenty-two new entities (a topic and its post, a read mark, two subscriptions, a
        // bookmark, an answer to the master class, a useful mark, two review items, five audit entries, a
        // staff note, a notification setting, ivan's mentorship, and, for pavel's accepted request, the
        // mentoring category, the pair's forum, and its topic and post; the notices the last moderation
        // sends go to olga, the pair's forum is members-only from the start, so no `forumAccess` is
        // logged, and the request for review, the flag of pavel, ivan's
        // new profile, which logs his `user` again, and answering and ending pavel's request change what
        // exists): a limit one short of everything leaves the oldest post for a next page, so `more`
        // comes too.
        let everything = before.changes.count + (before.remaining ?? 0) + 22
        let request = SyncRequest(device: "ivan-laptop", mutations: [reply] + numbered + [skipping], cursor: nil,
                                  limit: everything - 1, count: true)
        return try await .send(.POST, sync, headers: headers, body: try encoded(request), to: server)
    }
}
