import CompressNIO
import Foundation
import NIOCore
import NIOHTTP1
import Testing
import StaffroomProtocol
@testable import StaffroomServer

@Suite struct SyncRoutesTests {
    private func page(_ answer: (status: Int, headers: HTTPHeaders, body: [UInt8])) throws -> SyncPage {
        try WireFormat.makeDecoder().decode(SyncPage.self, from: Data(answer.body))
    }

    @Test func pagesHoldAtMostTheLimitAndTheCursorsWalkTheWholeLog() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1, topics: 40, postsPerTopic: 20) }
        let token = try await server.token(username: "olga", password: "correct horse")
        var cursor: String?
        var sizes: [Int] = []
        var posts = Set<Int64>(), topics = Set<Int64>()
        repeat {
            let query = "?limit=500" + (cursor.map { "&cursor=\($0)" } ?? "")
            let answer = try await server.request(.GET, "/v1/sync\(query)", headers: [("Authorization", "Bearer \(token)")])
            #expect(answer.status == 200)
            let next = try page(answer)
            sizes.append(next.changes.count)
            for change in next.changes {
                if case .post(let post) = change { posts.insert(post.id) }
                if case .topic(let topic) = change { topics.insert(topic.id) }
            }
            cursor = next.more ? next.cursor : nil
        } while cursor != nil
        await server.stop()
        // 1 community + 1 member + 1 category + 1 forum + 40 topics + 800 posts: each entity exactly once,
        // although every reply moved its topic to the end of the log.
        #expect(sizes == [500, 344])
        #expect(posts.count == 800)
        #expect(topics.count == 40)
    }

    @Test func aFirstSyncSendsTheSmallEntitiesThenTheNewestTopicsAndPostsFirst() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1, topics: 10, postsPerTopic: 5) }
        let token = try await server.token(username: "olga", password: "correct horse")
        let auth = [("Authorization", "Bearer \(token)")]
        let first = try page(try await server.request(.GET, "/v1/sync?limit=20", headers: auth))
        _ = try server.database.batch { writer in
            try writer.addPost(topicID: 1, authorID: 1, body: "Написано во время первой синхронизации", at: Date())
        }
        var pages = [first]
        while let last = pages.last, last.more {
            pages.append(try page(try await server.request(.GET, "/v1/sync?limit=20&cursor=\(last.cursor)", headers: auth)))
        }
        await server.stop()
        let kinds = first.changes.prefix(4).map { change -> String in
            switch change {
            case .community: "community"
            case .user: "user"
            case .category: "category"
            case .forum: "forum"
            default: "other"
            }
        }
        #expect(kinds == ["user", "community", "category", "forum"], "the skeleton comes first")
        let topicOrder = first.changes.compactMap { change -> Int64? in if case .topic(let topic) = change { topic.id } else { nil } }
        #expect(topicOrder.first == 10 && topicOrder == topicOrder.sorted(by: >), "newest topics first: \(topicOrder)")
        let everything = pages.flatMap(\.changes)
        let postIDs = everything.compactMap { change -> Int64? in if case .post(let post) = change { post.id } else { nil } }
        #expect(Set(postIDs).count == 51, "every post arrived, the one written meanwhile too")
        #expect(everything.contains { if case .post(let post) = $0 { post.body == "Написано во время первой синхронизации" } else { false } })
        #expect(pages.last?.cursor.split(separator: "-").count == 2, "the backfill is over: a plain cursor again")
    }

    @Test func withoutBackfillOnlyTheSmallEntitiesAndNewsCome() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1, topics: 10, postsPerTopic: 5) }
        let token = try await server.token(username: "olga", password: "correct horse")
        let auth = [("Authorization", "Bearer \(token)")]
        let lean = try page(try await server.request(.GET, "/v1/sync?backfill=0&count=1", headers: auth))
        let bad = try await server.request(.GET, "/v1/sync?backfill=maybe", headers: auth)
        await server.stop()
        #expect(lean.changes.count == 4 && !lean.more, "community, member, category and forum only")
        #expect(lean.remaining == 60, "10 topics and 50 posts are left to fetch")
        #expect(bad.status == 400)
    }

    @Test func pagesStopGrowingNearTheirByteBound() async throws {
        let long = String(repeating: "Развёрнутый план урока с заданиями и критериями оценки. ", count: 40)
        let posts = SyncPage.maximumBytes / long.utf8.count * 3 / 2
        let server = try await LiveServer.start { database, accounts in
            try seedSmallNetwork(database, accounts, topics: 1, postsPerTopic: 1)
            try database.batch { writer in
                for index in 0..<posts {
                    _ = try writer.addPost(topicID: 1, authorID: 1, body: "\(index) \(long)", at: Date(timeIntervalSince1970: 1_800_000_000))
                }
            }
        }
        let token = try await server.token(username: "olga", password: "correct horse")
        let answer = try await server.request(.GET, "/v1/sync", headers: [("Authorization", "Bearer \(token)")])
        await server.stop()
        let first = try page(answer)
        let json = try WireFormat.makeEncoder().encode(first)
        #expect(first.more && first.changes.count < posts)
        #expect(json.count <= SyncPage.maximumBytes + SyncPage.maximumBytes / 10 && json.count > SyncPage.maximumBytes / 2,
                "\(json.count) bytes of JSON in \(first.changes.count) changes")
    }

    @Test func theLimitParameterIsHonouredAndCapped() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1, topics: 520, postsPerTopic: 20) }
        let token = try await server.token(username: "olga", password: "correct horse")
        let auth = [("Authorization", "Bearer \(token)")]
        let small = try page(try await server.request(.GET, "/v1/sync?limit=7", headers: auth))
        let huge = try page(try await server.request(.GET, "/v1/sync?limit=100000", headers: auth))
        let bad = try await server.request(.GET, "/v1/sync?limit=-3", headers: auth)
        await server.stop()
        #expect(small.changes.count == 7 && small.more)
        #expect(huge.changes.count == SyncPage.maximumChanges && huge.more)
        #expect(bad.status == 400)
    }

    @Test func anEmptyPageAtTheEndKeepsTheCursor() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1) }
        let token = try await server.token(username: "olga", password: "correct horse")
        let auth = [("Authorization", "Bearer \(token)")]
        let all = try page(try await server.request(.GET, "/v1/sync", headers: auth))
        let after = try page(try await server.request(.GET, "/v1/sync?cursor=\(all.cursor)", headers: auth))
        await server.stop()
        #expect(!all.more)
        #expect(after.changes.isEmpty && !after.more && after.cursor == all.cursor)
    }

    @Test func aCursorOfAnotherDatabaseAsksForAFreshStart() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1) }
        let token = try await server.token(username: "olga", password: "correct horse")
        let auth = [("Authorization", "Bearer \(token)")]
        let foreign = try await server.request(.GET, "/v1/sync?cursor=0123456789abcdef-12", headers: auth)
        let garbage = try await server.request(.GET, "/v1/sync?cursor=%3Cscript%3E", headers: auth)
        await server.stop()
        #expect(foreign.status == 410)
        #expect(try WireFormat.makeDecoder().decode(ErrorBody.self, from: Data(foreign.body)).error.code == .cursorReset)
        #expect(garbage.status == 400)
    }

    @Test func pagesAreGzippedOnlyWhenTheClientAcceptsGzip() async throws {
        let server = try await LiveServer.start { try seedSmallNetwork($0, $1, topics: 20, postsPerTopic: 10) }
        let token = try await server.token(username: "olga", password: "correct horse")
        let plain = try await server.request(.GET, "/v1/sync", headers: [("Authorization", "Bearer \(token)")])
        let gzipped = try await server.request(.GET, "/v1/sync", headers: [("Authorization", "Bearer \(token)"),
                                                                           ("Accept-Encoding", "br;q=1.0, gzip;q=0.8")])
        let refused = try await server.request(.GET, "/v1/sync", headers: [("Authorization", "Bearer \(token)"),
                                                                           ("Accept-Encoding", "gzip;q=0, identity")])
        await server.stop()
        #expect(plain.headers.first(name: "Content-Encoding") == nil)
        #expect(refused.headers.first(name: "Content-Encoding") == nil)
        #expect(gzipped.headers.first(name: "Content-Encoding") == "gzip")
        #expect(gzipped.headers.first(name: "Vary") == "Accept-Encoding")
        #expect(Array(gzipped.body.prefix(2)) == [0x1F, 0x8B])
        #expect(gzipped.body.count * 3 < plain.body.count, "gzip shrinks a page of JSON at least threefold")
        var buffer = ByteBuffer(bytes: gzipped.body)
        let inflated = Array(try buffer.decompress(with: .gzip()).readableBytesView)
        #expect(inflated == plain.body, "the same page, byte for byte (keys are sorted)")
    }

    @Test func acceptEncodingIsReadWithQualityValues() {
        #expect(JSONResponse.acceptsGzip("gzip"))
        #expect(JSONResponse.acceptsGzip("deflate, gzip"))
        #expect(JSONResponse.acceptsGzip("*"))
        #expect(!JSONResponse.acceptsGzip("gzip;q=0"))
        #expect(!JSONResponse.acceptsGzip("*;q=0.5, gzip;q=0"))
        #expect(!JSONResponse.acceptsGzip("br"))
        #expect(!JSONResponse.acceptsGzip(nil))
    }
}
