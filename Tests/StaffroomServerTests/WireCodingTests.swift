import Foundation
import Testing
import StaffroomProtocol

/// The compact JSON form of pages, changes, posts and topics (protocol §5.2, §5.3).
@Suite struct WireCodingTests {
    private let created = Date(timeIntervalSince1970: 1_795_614_028)

    private func json(_ value: some Encodable) throws -> String {
        String(decoding: try WireFormat.makeEncoder().encode(value), as: UTF8.self)
    }

    private func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try WireFormat.makeDecoder().decode(type, from: Data(text.utf8))
    }

    @Test func aPageWithOneReplyCarriesLittleButTheReply() throws {
        let post = Post(id: 538, topicID: 1, authorID: 2, body: "Ответ", createdAt: created, number: 8)
        let page = SyncPage(changes: [.post(post)], cursor: "60f3636cde5d9ef8-1105", more: false)
        #expect(try json(page) == #"{"changes":[{"post":{"a":2,"b":"Ответ","c":1795614028,"i":538,"n":8,"t":1}}],"cursor":"60f3636cde5d9ef8-1105"}"#)
        #expect(try decode(SyncPage.self, json(page)) == page)
    }

    @Test func resultsAndMoreAreSentOnlyWhenTheySaySomething() throws {
        let result = MutationResult(sequence: 1, clientID: "c1", outcome: .applied, entityID: 538)
        let page = SyncPage(results: [result], changes: [], cursor: "e-3", more: true, remaining: 12)
        let text = try json(page)
        #expect(text.contains(#""more":true"#) && text.contains(#""results":[{"#) && text.contains(#""remaining":12"#))
        #expect(try decode(SyncPage.self, text) == page)
        let bare = try decode(SyncPage.self, #"{"changes":[],"cursor":"e-3"}"#)
        #expect(bare.results.isEmpty && !bare.more && bare.remaining == nil)
    }

    @Test func aTopicLeavesOutFlagsThatAreOff() throws {
        let plain = Topic(id: 24, forumID: 3, title: "Планирование", authorID: 6, createdAt: created, lastPostAt: created,
                          postCount: 5, lastPostID: 160)
        #expect(try json(Change.topic(plain))
                == #"{"topic":{"a":6,"c":1795614028,"f":3,"i":24,"l":1795614028,"n":5,"p":160,"t":"Планирование"}}"#)
        var flagged = plain
        flagged.pinned = true
        flagged.locked = true
        flagged.acceptedPostID = 157
        let text = try json(Change.topic(flagged))
        #expect(text.contains(#""k":true"#) && text.contains(#""s":true"#) && text.contains(#""x":157"#))
        #expect(try decode(Change.self, text) == .topic(flagged))
    }

    @Test func aChangeNamesExactlyOneKnownKind() throws {
        let post = #"{"a":2,"b":"Ответ","c":1795614028,"i":538,"n":8,"t":1}"#
        #expect(try decode(Change.self, #"{"post":\#(post)}"#)
                == .post(Post(id: 538, topicID: 1, authorID: 2, body: "Ответ", createdAt: created, number: 8)))
        for refused in [#"{"flag":\#(post)}"#, #"{"post":\#(post),"readMark":{"lastReadPostID":1,"topicID":1}}"#, "{}",
                        #"{"kind":"post","data":\#(post)}"#] {
            #expect(throws: DecodingError.self, "\(refused)") { try decode(Change.self, refused) }
        }
    }

    @Test func aFetchedThreadUsesTheSameCompactForms() throws {
        let topic = Topic(id: 1, forumID: 1, title: "Тема", authorID: 2, createdAt: created, lastPostAt: created,
                          postCount: 1, lastPostID: 5)
        let page = TopicPostsPage(topic: topic, posts: [Post(id: 5, topicID: 1, authorID: 2, body: "Текст", createdAt: created,
                                                             number: 1)], more: false)
        let text = try json(page)
        #expect(text.contains(#""posts":[{"a":2,"b":"Текст""#) && text.contains(#""topic":{"a":2"#))
        #expect(try decode(TopicPostsPage.self, text) == page)
    }
}

/// Event drafts written before events linked resources (kept in an outbox) still read.
@Suite struct EventDraftCodingTests {
    @Test func aDraftWithoutResourcesReadsWithNone() throws {
        let json = #"{"title":"Семинар","kind":"seminar","description":"","startsAt":1800000000,"endsAt":1800003600,"#
            + #""timeZone":"Europe/Moscow","place":"","link":"","subjects":[],"grades":[]}"#
        let draft = try WireFormat.makeDecoder().decode(EventDraft.self, from: Data(json.utf8))
        #expect(draft.resourceIDs.isEmpty && draft.slotMinutes == nil && draft.title == "Семинар")
        let again = try WireFormat.makeDecoder().decode(EventDraft.self, from: try WireFormat.makeEncoder().encode(draft))
        #expect(again == draft)
    }
}
