import Foundation
import GRDB
import StaffroomProtocol
@testable import StaffroomServer

/// The conformance cases of the moderators' routes (`/v1/moderation/…` and `/v1/stats/moderation`),
/// of the coordinators' pulse (`/v1/stats/pulse`, also for moderators and admins only), and of the
/// `403 suspended` that a suspended member gets from the login and the sync routes. In
/// `seedConformanceNetwork` ivan and marina (user 3) are moderators, olga a mentor, anna (user 2) and
/// pavel teachers; olga wrote post 1 (topic 1, forum 1), anna post 2 and ivan post 3 (topic 2, forum 2).
extension OpenAPIConformanceTests {
    private static let reviewQueueRoute = WireFormat.moderationQueuePath
    private static let claimRoute = "/v1/moderation/items/{id}/claim"
    private static let actionRoute = "/v1/moderation/items/{id}/actions"
    private static let undoRoute = "/v1/moderation/audit/{id}/undo"
    private static let auditLogRoute = WireFormat.auditLogPath
    private static let moderationStatisticsRoute = WireFormat.moderationStatisticsPath
    private static let pulseRoute = WireFormat.pulsePath
    private static let jsonContent = ("Content-Type", "application/json")

    static let moderationCases: [ConformanceCase] = reviewQueueCases + claimCases + moderationActionCases + undoCases
        + auditLogCases + moderationStatisticsCases + pulseCases + suspensionCases

    // MARK: Helpers

    /// An `Authorization` header for a fresh session of a member of `seedWriters`.
    private static func signedIn(_ server: LiveServer, _ name: String) async throws -> [(String, String)] {
        [("Authorization", "Bearer \(try await server.token(username: name, password: "password-\(name)"))")]
    }

    /// Pushes `actions` as `name` from a device of their own, numbered from 1, and requires every one applied.
    private static func pushWrites(_ server: LiveServer, as name: String, device: String, _ actions: [MutationAction]) async throws {
        let request = SyncRequest(device: device, mutations: actions.enumerated().map { index, action in
            Mutation(sequence: Int64(index + 1), clientID: "\(device)-\(index + 1)", action: action)
        }, cursor: nil, limit: 1)
        let body = String(decoding: try WireFormat.makeEncoder().encode(request), as: UTF8.self)
        let answer = try await HTTPExchange.send(.POST, WireFormat.syncPath, headers: try await signedIn(server, name) + [jsonContent],
                                                 body: body, to: server)
        guard answer.status == 200 else { throw TestFailure("\(name)'s writes got \(answer.status)") }
        let page = try WireFormat.makeDecoder().decode(SyncPage.self, from: Data(try answer.decodedBody()))
        let refused = page.results.filter { $0.outcome != .applied }
        guard refused.isEmpty else { throw TestFailure("\(name)'s writes were not all applied: \(refused)") }
    }

    /// Makes the next request fail inside the server, as a damaged database would.
    private static func dropTable(_ server: LiveServer, _ table: String) async throws {
        try await server.database.writer.write { try $0.execute(sql: "DROP TABLE \(table)") }
    }

    /// pavel flags olga's post 1 (review item 1) and anna's post 2 (review item 2), both pending at version 1.
    private static func flagOlgasAndAnnasPosts(_ server: LiveServer) async throws {
        try await pushWrites(server, as: "pavel", device: "pavel-phone", [
            .flagPost(postID: 1, reason: .offTopic, note: "Это не по теме"),
            .flagPost(postID: 2, reason: .offensive, note: ""),
        ])
    }

    /// After the flags, pavel flags anna herself (item 3, about a member: no post, topic or forum),
    /// marina hides olga's post, olga asks for another review, and marina claims the item again: item
    /// 1 is pending with a claim, the action that stood on it, and olga's appeal.
    private static func reopenOlgasHiddenPost(_ server: LiveServer) async throws {
        try await flagOlgasAndAnnasPosts(server)
        try await pushWrites(server, as: "pavel", device: "pavel-laptop", [.flagUser(userID: 2, reason: .offensive, note: "Грубит")])
        try await pushWrites(server, as: "marina", device: "marina-desk", [
            .moderate(itemID: 1, version: 1, action: .hide, note: "Резкий тон"),
        ])
        try await pushWrites(server, as: "olga", device: "olga-laptop", [
            .askForReview(postID: 1, note: "Я не хотела никого задеть"),
        ])
        try await pushWrites(server, as: "marina", device: "marina-phone", [.claimReview(itemID: 1, claim: true)])
    }

    /// After the flags, and pavel's flag on anna herself (item 3, about a member), marina silences anna
    /// for two days and takes it back, then warns her (audit entries 1 and 2), edits olga's post and
    /// moves its topic to forum 2 (entries 3 and 4), and warns anna again on the item about her (entry
    /// 5, with no post): every field of `ModerationDetails` is in the log, one entry was taken back,
    /// and one is about a member.
    private static func moderateEveryWay(_ server: LiveServer) async throws {
        try await flagOlgasAndAnnasPosts(server)
        try await pushWrites(server, as: "pavel", device: "pavel-laptop", [.flagUser(userID: 2, reason: .offensive, note: "")])
        try await pushWrites(server, as: "marina", device: "marina-desk", [
            .moderate(itemID: 2, version: 1, action: .silence, note: "Грубость", details: ModerationDetails(days: 2)),
            .undoModeration(entryID: 1),
            .moderate(itemID: 2, version: 3, action: .warn, note: "",
                      details: ModerationDetails(message: "Пожалуйста, без резкостей.")),
            .moderate(itemID: 1, version: 1, action: .edit, note: "Убрала лишнее",
                      details: ModerationDetails(body: "Первое сообщение, исправленное")),
            .moderate(itemID: 1, version: 2, action: .moveTopic, note: "Это вопрос", details: ModerationDetails(forumID: 2)),
            .moderate(itemID: 3, version: 1, action: .warn, note: "Жалоба коллеги",
                      details: ModerationDetails(message: "Пожалуйста, будьте вежливы с коллегами.")),
        ])
    }

    /// pavel flags anna's post 2, and marina suspends anna for three days over it.
    private static func suspendAnna(_ server: LiveServer) async throws {
        try await pushWrites(server, as: "pavel", device: "pavel-phone", [.flagPost(postID: 2, reason: .offensive, note: "")])
        try await pushWrites(server, as: "marina", device: "marina-desk", [
            .moderate(itemID: 1, version: 1, action: .suspend, note: "Оскорбления", details: ModerationDetails(days: 3)),
        ])
    }

    // MARK: GET /v1/moderation/queue

    private static let reviewQueueCases: [ConformanceCase] = [
        ConformanceCase(answer: answer("GET", reviewQueueRoute, 200),
                        situation: "a claimed item whose author asked for another review, a newly flagged one, and one about a member",
                        requestFollowsDocument: true, fillsWholeSchema: true) { server in
            try await reopenOlgasHiddenPost(server)
            return try await .send(.GET, reviewQueueRoute, headers: try await signedIn(server, "marina"), to: server)
        },
        ConformanceCase(answer: answer("GET", reviewQueueRoute, 401), situation: "no Authorization header",
                        requestFollowsDocument: false) { server in
            try await .send(.GET, reviewQueueRoute, to: server)
        },
        ConformanceCase(answer: answer("GET", reviewQueueRoute, 403), situation: "a teacher", requestFollowsDocument: true) { server in
            try await .send(.GET, reviewQueueRoute, headers: try await signedIn(server, "anna"), to: server)
        },
        ConformanceCase(answer: answer("GET", reviewQueueRoute, 500), situation: "the review item table is gone",
                        requestFollowsDocument: true) { server in
            let auth = try await signedIn(server, "marina")
            try await dropTable(server, "reviewItem")
            return try await .send(.GET, reviewQueueRoute, headers: auth, to: server)
        },
    ]

    // MARK: POST /v1/moderation/items/{id}/claim

    private static let claimCases: [ConformanceCase] = [
        ConformanceCase(answer: answer("POST", claimRoute, 200), situation: "marina claims a flagged post's item",
                        requestFollowsDocument: true) { server in
            try await flagOlgasAndAnnasPosts(server)
            return try await .send(.POST, WireFormat.claimPath(1), headers: try await signedIn(server, "marina") + [jsonContent],
                                   body: #"{"claim":true}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", claimRoute, 400), situation: "a claim that is not a boolean",
                        requestFollowsDocument: false) { server in
            try await .send(.POST, WireFormat.claimPath(1), headers: try await signedIn(server, "marina") + [jsonContent],
                            body: #"{"claim":"yes"}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", claimRoute, 401), situation: "no Authorization header",
                        requestFollowsDocument: false) { server in
            try await .send(.POST, WireFormat.claimPath(1), headers: [jsonContent], body: #"{"claim":true}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", claimRoute, 403), situation: "a teacher", requestFollowsDocument: true) { server in
            try await .send(.POST, WireFormat.claimPath(1), headers: try await signedIn(server, "anna") + [jsonContent],
                            body: #"{"claim":true}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", claimRoute, 404), situation: "an item that does not exist",
                        requestFollowsDocument: true) { server in
            try await .send(.POST, WireFormat.claimPath(404), headers: try await signedIn(server, "marina") + [jsonContent],
                            body: #"{"claim":true}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", claimRoute, 409), situation: "ivan claims the item marina is looking at",
                        requestFollowsDocument: true) { server in
            try await flagOlgasAndAnnasPosts(server)
            try await pushWrites(server, as: "marina", device: "marina-desk", [.claimReview(itemID: 1, claim: true)])
            return try await .send(.POST, WireFormat.claimPath(1), headers: try await signedIn(server, "ivan") + [jsonContent],
                                   body: #"{"claim":true}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", claimRoute, 500), situation: "the review item table is gone",
                        requestFollowsDocument: true) { server in
            let auth = try await signedIn(server, "marina")
            try await dropTable(server, "reviewItem")
            return try await .send(.POST, WireFormat.claimPath(1), headers: auth + [jsonContent], body: #"{"claim":true}"#, to: server)
        },
    ]

    // MARK: POST /v1/moderation/items/{id}/actions

    private static let moderationActionCases: [ConformanceCase] = [
        ConformanceCase(answer: answer("POST", actionRoute, 200), situation: "marina edits olga's post, with its new text",
                        requestFollowsDocument: true) { server in
            try await flagOlgasAndAnnasPosts(server)
            return try await .send(.POST, WireFormat.moderationActionPath(1),
                                   headers: try await signedIn(server, "marina") + [jsonContent],
                                   body: #"{"version":1,"action":"edit","note":"Убрала резкость","details":{"body":"Спокойнее"}}"#,
                                   to: server)
        },
        ConformanceCase(answer: answer("POST", actionRoute, 200),
                        situation: "ivan hides the post marina hid already, decided on the same version",
                        requestFollowsDocument: true) { server in
            try await flagOlgasAndAnnasPosts(server)
            try await pushWrites(server, as: "marina", device: "marina-desk", [
                .moderate(itemID: 1, version: 1, action: .hide, note: "Резкий тон"),
            ])
            return try await .send(.POST, WireFormat.moderationActionPath(1), headers: try await signedIn(server, "ivan") + [jsonContent],
                                   body: #"{"version":1,"action":"hide","note":""}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", actionRoute, 400), situation: "an action that does not exist",
                        requestFollowsDocument: false) { server in
            try await .send(.POST, WireFormat.moderationActionPath(1), headers: try await signedIn(server, "marina") + [jsonContent],
                            body: #"{"version":1,"action":"ban","note":""}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", actionRoute, 401), situation: "no Authorization header",
                        requestFollowsDocument: false) { server in
            try await .send(.POST, WireFormat.moderationActionPath(1), headers: [jsonContent],
                            body: #"{"version":1,"action":"keep","note":""}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", actionRoute, 403), situation: "a teacher", requestFollowsDocument: true) { server in
            try await .send(.POST, WireFormat.moderationActionPath(1), headers: try await signedIn(server, "anna") + [jsonContent],
                            body: #"{"version":1,"action":"keep","note":""}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", actionRoute, 403), situation: "marina silencing ivan, a moderator",
                        requestFollowsDocument: true) { server in
            try await pushWrites(server, as: "pavel", device: "pavel-phone", [.flagPost(postID: 3, reason: .offensive, note: "")])
            return try await .send(.POST, WireFormat.moderationActionPath(1), headers: try await signedIn(server, "marina") + [jsonContent],
                                   body: #"{"version":1,"action":"silence","note":"","details":{"days":1}}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", actionRoute, 404), situation: "an item that does not exist",
                        requestFollowsDocument: true) { server in
            try await .send(.POST, WireFormat.moderationActionPath(404), headers: try await signedIn(server, "marina") + [jsonContent],
                            body: #"{"version":1,"action":"keep","note":""}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", actionRoute, 409), situation: "ivan keeps the post on the version marina hid it on",
                        requestFollowsDocument: true) { server in
            try await flagOlgasAndAnnasPosts(server)
            try await pushWrites(server, as: "marina", device: "marina-desk", [
                .moderate(itemID: 1, version: 1, action: .hide, note: "Резкий тон"),
            ])
            return try await .send(.POST, WireFormat.moderationActionPath(1), headers: try await signedIn(server, "ivan") + [jsonContent],
                                   body: #"{"version":1,"action":"keep","note":""}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", actionRoute, 422), situation: "a move without the forum it moves to",
                        requestFollowsDocument: true) { server in
            try await flagOlgasAndAnnasPosts(server)
            return try await .send(.POST, WireFormat.moderationActionPath(1), headers: try await signedIn(server, "marina") + [jsonContent],
                                   body: #"{"version":1,"action":"move_topic","note":""}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", actionRoute, 422), situation: "a hide on an item about a member, not a post",
                        requestFollowsDocument: true) { server in
            try await pushWrites(server, as: "pavel", device: "pavel-phone", [.flagUser(userID: 2, reason: .offensive, note: "")])
            return try await .send(.POST, WireFormat.moderationActionPath(1), headers: try await signedIn(server, "marina") + [jsonContent],
                                   body: #"{"version":1,"action":"hide","note":""}"#, to: server)
        },
        ConformanceCase(answer: answer("POST", actionRoute, 500), situation: "the review item table is gone",
                        requestFollowsDocument: true) { server in
            let auth = try await signedIn(server, "marina")
            try await dropTable(server, "reviewItem")
            return try await .send(.POST, WireFormat.moderationActionPath(1), headers: auth + [jsonContent],
                                   body: #"{"version":1,"action":"keep","note":""}"#, to: server)
        },
    ]

    // MARK: POST /v1/moderation/audit/{id}/undo

    private static let undoCases: [ConformanceCase] = [
        ConformanceCase(answer: answer("POST", undoRoute, 200), situation: "marina takes back her hide at once",
                        requestFollowsDocument: true) { server in
            try await flagOlgasAndAnnasPosts(server)
            try await pushWrites(server, as: "marina", device: "marina-desk", [
                .moderate(itemID: 1, version: 1, action: .hide, note: "Резкий тон"),
            ])
            return try await .send(.POST, WireFormat.undoModerationPath(1), headers: try await signedIn(server, "marina"), to: server)
        },
        ConformanceCase(answer: answer("POST", undoRoute, 401), situation: "no Authorization header",
                        requestFollowsDocument: false) { server in
            try await .send(.POST, WireFormat.undoModerationPath(1), to: server)
        },
        ConformanceCase(answer: answer("POST", undoRoute, 403), situation: "a teacher", requestFollowsDocument: true) { server in
            try await .send(.POST, WireFormat.undoModerationPath(1), headers: try await signedIn(server, "anna"), to: server)
        },
        ConformanceCase(answer: answer("POST", undoRoute, 403), situation: "ivan taking back marina's hide",
                        requestFollowsDocument: true) { server in
            try await flagOlgasAndAnnasPosts(server)
            try await pushWrites(server, as: "marina", device: "marina-desk", [
                .moderate(itemID: 1, version: 1, action: .hide, note: "Резкий тон"),
            ])
            return try await .send(.POST, WireFormat.undoModerationPath(1), headers: try await signedIn(server, "ivan"), to: server)
        },
        ConformanceCase(answer: answer("POST", undoRoute, 404), situation: "an entry that does not exist",
                        requestFollowsDocument: true) { server in
            try await .send(.POST, WireFormat.undoModerationPath(404), headers: try await signedIn(server, "marina"), to: server)
        },
        ConformanceCase(answer: answer("POST", undoRoute, 422), situation: "an action taken back already",
                        requestFollowsDocument: true) { server in
            try await flagOlgasAndAnnasPosts(server)
            try await pushWrites(server, as: "marina", device: "marina-desk", [
                .moderate(itemID: 1, version: 1, action: .hide, note: "Резкий тон"),
                .undoModeration(entryID: 1),
            ])
            return try await .send(.POST, WireFormat.undoModerationPath(1), headers: try await signedIn(server, "marina"), to: server)
        },
        ConformanceCase(answer: answer("POST", undoRoute, 500), situation: "the audit log table is gone",
                        requestFollowsDocument: true) { server in
            let auth = try await signedIn(server, "marina")
            try await dropTable(server, "auditEntry")
            return try await .send(.POST, WireFormat.undoModerationPath(1), headers: auth, to: server)
        },
    ]

    // MARK: GET /v1/moderation/audit

    private static let auditLogCases: [ConformanceCase] = [
        ConformanceCase(answer: answer("GET", auditLogRoute, 200),
                        situation: "a silence taken back, a warning, an edit, a move and a warning on an item about a member",
                        requestFollowsDocument: true, fillsWholeSchema: true) { server in
            try await moderateEveryWay(server)
            return try await .send(.GET, auditLogRoute, headers: try await signedIn(server, "marina"), to: server)
        },
        ConformanceCase(answer: answer("GET", auditLogRoute, 200),
                        situation: "marina's warnings of anna, over her post and about her, at most ten",
                        requestFollowsDocument: true) { server in
            try await moderateEveryWay(server)
            return try await .send(.GET, "\(auditLogRoute)?moderator=3&member=2&action=warn&limit=10",
                                   headers: try await signedIn(server, "ivan"), to: server)
        },
        ConformanceCase(answer: answer("GET", auditLogRoute, 400), situation: "action=ban", requestFollowsDocument: false) { server in
            try await .send(.GET, "\(auditLogRoute)?action=ban", headers: try await signedIn(server, "marina"), to: server)
        },
        ConformanceCase(answer: answer("GET", auditLogRoute, 400), situation: "limit=0", requestFollowsDocument: false) { server in
            try await .send(.GET, "\(auditLogRoute)?limit=0", headers: try await signedIn(server, "marina"), to: server)
        },
        ConformanceCase(answer: answer("GET", auditLogRoute, 401), situation: "no Authorization header",
                        requestFollowsDocument: false) { server in
            try await .send(.GET, auditLogRoute, to: server)
        },
        ConformanceCase(answer: answer("GET", auditLogRoute, 403), situation: "a teacher", requestFollowsDocument: true) { server in
            try await .send(.GET, auditLogRoute, headers: try await signedIn(server, "anna"), to: server)
        },
        ConformanceCase(answer: answer("GET", auditLogRoute, 500), situation: "the audit log table is gone",
                        requestFollowsDocument: true) { server in
            let auth = try await signedIn(server, "marina")
            try await dropTable(server, "auditEntry")
            return try await .send(.GET, auditLogRoute, headers: auth, to: server)
        },
    ]

    // MARK: GET /v1/stats/moderation

    private static let moderationStatisticsCases: [ConformanceCase] = [
        ConformanceCase(answer: answer("GET", moderationStatisticsRoute, 200),
                        situation: "four weeks: one item kept by marina, one still pending",
                        requestFollowsDocument: true, fillsWholeSchema: true) { server in
            try await flagOlgasAndAnnasPosts(server)
            try await pushWrites(server, as: "marina", device: "marina-desk", [
                .moderate(itemID: 1, version: 1, action: .keep, note: "По теме"),
            ])
            return try await .send(.GET, "\(moderationStatisticsRoute)?weeks=4", headers: try await signedIn(server, "marina"), to: server)
        },
        ConformanceCase(answer: answer("GET", moderationStatisticsRoute, 200), situation: "the default eight weeks of a quiet queue",
                        requestFollowsDocument: true) { server in
            try await .send(.GET, moderationStatisticsRoute, headers: try await signedIn(server, "ivan"), to: server)
        },
        ConformanceCase(answer: answer("GET", moderationStatisticsRoute, 400), situation: "weeks=0",
                        requestFollowsDocument: false) { server in
            try await .send(.GET, "\(moderationStatisticsRoute)?weeks=0", headers: try await signedIn(server, "marina"), to: server)
        },
        ConformanceCase(answer: answer("GET", moderationStatisticsRoute, 400), situation: "weeks=53",
                        requestFollowsDocument: false) { server in
            try await .send(.GET, "\(moderationStatisticsRoute)?weeks=53", headers: try await signedIn(server, "marina"), to: server)
        },
        ConformanceCase(answer: answer("GET", moderationStatisticsRoute, 401), situation: "no Authorization header",
                        requestFollowsDocument: false) { server in
            try await .send(.GET, moderationStatisticsRoute, to: server)
        },
        ConformanceCase(answer: answer("GET", moderationStatisticsRoute, 403), situation: "a teacher",
                        requestFollowsDocument: true) { server in
            try await .send(.GET, moderationStatisticsRoute, headers: try await signedIn(server, "anna"), to: server)
        },
        ConformanceCase(answer: answer("GET", moderationStatisticsRoute, 500), situation: "the audit log table is gone",
                        requestFollowsDocument: true) { server in
            let auth = try await signedIn(server, "marina")
            try await dropTable(server, "auditEntry")
            return try await .send(.GET, moderationStatisticsRoute, headers: auth, to: server)
        },
    ]

    // MARK: GET /v1/stats/pulse

    /// This week, in the network of `seedConformanceNetwork`: anna asks a question in the questions
    /// forum (forum 2) and marina answers it, so it is answered, with a median wait; pavel asks olga
    /// to mentor him and she takes him on, which opens their pair's forum, in the mentoring category,
    /// with his request as its first thread (the row without `forumID`); and anna downloads the
    /// library's guide (resource 1), so it tops the resources. The server stamps a download with the
    /// time to the fraction of a second, but takes the pulse's `now` in whole seconds, so the wait
    /// lets a second begin after the download before the pulse is asked for.
    private static func livenTheNetworkThisWeek(_ server: LiveServer) async throws {
        try await pushWrites(server, as: "anna", device: "anna-laptop", [
            .createTopic(forumID: 2, title: "Как оценивать пересказ?", body: "Какие критерии вы используете в 3 классе?"),
        ])
        let question = try await server.database.writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM topic WHERE forumID = 2")
        } ?? 0
        try await pushWrites(server, as: "marina", device: "marina-desk", [
            .reply(topicID: question, body: "Полнота, последовательность и связность: по баллу за каждое."),
        ])
        try await pushWrites(server, as: "pavel", device: "pavel-phone", [
            .requestMentor(mentorID: 1, subject: "Литературное чтение", grade: 3, note: "Первый год веду 3 класс."),
        ])
        try await pushWrites(server, as: "olga", device: "olga-laptop", [.answerMentorship(mentorshipID: 1, accept: true, mentorID: nil)])
        let download = try await HTTPExchange.send(.GET, WireFormat.resourceFilePath(1, file: 0), headers: try await signedIn(server, "anna"),
                                                   to: server)
        guard download.status == 200 else { throw TestFailure("anna's download got \(download.status)") }
    }

    private static let pulseCases: [ConformanceCase] = [
        ConformanceCase(answer: answer("GET", pulseRoute, 200),
                        situation: "two weeks: a question answered, the mentoring pairs' row without forumID, a resource downloaded",
                        requestFollowsDocument: true, fillsWholeSchema: true) { server in
            try await livenTheNetworkThisWeek(server)
            return try await .send(.GET, "\(pulseRoute)?weeks=2", headers: try await signedIn(server, "marina"), to: server)
        },
        ConformanceCase(answer: answer("GET", pulseRoute, 200), situation: "an admin, the default eight weeks of a quiet network",
                        requestFollowsDocument: true) { server in
            try server.accounts.addMember(username: "vera", displayName: "Vera", role: .admin, school: "", password: "password-vera")
            return try await .send(.GET, pulseRoute, headers: try await signedIn(server, "vera"), to: server)
        },
        ConformanceCase(answer: answer("GET", pulseRoute, 400), situation: "weeks=0", requestFollowsDocument: false) { server in
            try await .send(.GET, "\(pulseRoute)?weeks=0", headers: try await signedIn(server, "marina"), to: server)
        },
        ConformanceCase(answer: answer("GET", pulseRoute, 400), situation: "weeks=53", requestFollowsDocument: false) { server in
            try await .send(.GET, "\(pulseRoute)?weeks=53", headers: try await signedIn(server, "marina"), to: server)
        },
        ConformanceCase(answer: answer("GET", pulseRoute, 401), situation: "no Authorization header",
                        requestFollowsDocument: false) { server in
            try await .send(.GET, pulseRoute, to: server)
        },
        ConformanceCase(answer: answer("GET", pulseRoute, 403), situation: "a teacher", requestFollowsDocument: true) { server in
            try await .send(.GET, pulseRoute, headers: try await signedIn(server, "anna"), to: server)
        },
        ConformanceCase(answer: answer("GET", pulseRoute, 403), situation: "a mentor, who is not a coordinator of the network",
                        requestFollowsDocument: true) { server in
            try await .send(.GET, pulseRoute, headers: try await signedIn(server, "olga"), to: server)
        },
        ConformanceCase(answer: answer("GET", pulseRoute, 500), situation: "the download table is gone",
                        requestFollowsDocument: true) { server in
            let auth = try await signedIn(server, "marina")
            try await dropTable(server, "resourceDownload")
            return try await .send(.GET, pulseRoute, headers: auth, to: server)
        },
    ]

    // MARK: 403 suspended on the login and the sync routes

    private static let suspensionCases: [ConformanceCase] = [
        ConformanceCase(answer: answer("POST", WireFormat.loginPath, 403), situation: "the right password of a suspended member",
                        requestFollowsDocument: true) { server in
            try await suspendAnna(server)
            return try await .send(.POST, WireFormat.loginPath, headers: [jsonContent],
                                   body: #"{"username":"anna","password":"password-anna"}"#, to: server)
        },
        ConformanceCase(answer: answer("GET", WireFormat.syncPath, 403), situation: "a session opened before the suspension",
                        requestFollowsDocument: true) { server in
            let auth = try await signedIn(server, "anna")
            try await suspendAnna(server)
            return try await .send(.GET, WireFormat.syncPath, headers: auth, to: server)
        },
        ConformanceCase(answer: answer("POST", WireFormat.syncPath, 403), situation: "a session opened before the suspension",
                        requestFollowsDocument: true) { server in
            let auth = try await signedIn(server, "anna")
            try await suspendAnna(server)
            return try await .send(.POST, WireFormat.syncPath, headers: auth + [jsonContent],
                                   body: #"{"device":"anna-phone","mutations":[]}"#, to: server)
        },
    ]
}
