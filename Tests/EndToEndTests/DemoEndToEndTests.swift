import Foundation
import Testing
import StaffroomDemoNetwork

/// The real `staffroom demo` binary in tmux at 80×24 with LANG=C.UTF-8, driven by keys.
@Suite(.serialized) struct DemoEndToEndTests {
    /// The first forum's most recently active topic, which opens the topic list, and its opening post.
    static func newestTopicOfFirstForum() throws -> (forum: String, topic: DemoTopic) {
        let forum = DemoNetwork.categories[0].forums[0]
        let topics = try DemoThreadParser.parse(forum.threadsText)
        func lastActivity(_ topic: DemoTopic) -> Int { topic.posts.map { -$0.daysAgo * 1440 + $0.minuteOfDay }.max() ?? 0 }
        let newest = topics.enumerated().max { a, b in
            (lastActivity(a.element), a.offset) < (lastActivity(b.element), b.offset)
        }!.element
        return (forum.title, newest)
    }

    @Test func aTeacherReadsARussianThreadWithTheKeyboardAndQuits() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (forumTitle, topic) = try Self.newestTopicOfFirstForum()
        let opening = topic.posts[0]
        let author = DemoNetwork.users.first { $0.username == opening.author }!.displayName
        let firstWords = opening.body.split(separator: " ").prefix(3).joined(separator: " ")

        let session = try TmuxSession([Binaries.client, "demo", "--lang", "ru"], environment: sandbox.environment(),
                                      folder: sandbox.path)
        try await session.waitFor("Лента", "синхронизировано в")
        try session.send("F2")
        try await session.waitFor(forumTitle)
        try session.send("Enter")
        try await session.waitFor("Форумы › \(forumTitle)", "Автор", "Последнее")
        try session.send("Enter")
        let thread = try await session.waitFor(author, firstWords, "сообщение 1 из \(topic.posts.count)")
        #expect(thread.contains("\(forumTitle) ›"))
        #expect(!thread.contains("\u{1B}"))

        try session.send("j")
        try session.send("Escape")
        try await session.waitFor("Автор", "Последнее")
        try session.send("Escape")
        try await session.waitFor(forumTitle, "Начальная школа")
        try session.send("q")
        #expect(try await session.waitForExit() == 0)
        #expect(try sandbox.temporaryEntries().filter { $0.hasPrefix("staffroom-demo") }.isEmpty,
                "the demo removed its temporary folder")
    }

    @Test func resizingReLaysOutAndATinyTerminalAsksForRoom() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let session = try TmuxSession([Binaries.client, "demo", "--lang", "en"], environment: sandbox.environment(),
                                      folder: sandbox.path)
        try await session.waitFor("Forums", "synced at")
        try session.send("?")
        try await session.waitFor("Keys", "closes this help")
        try session.send("Escape")
        try await session.waitForAbsence(of: "closes this help")
        try session.resize(columns: 30, rows: 8)
        let tiny = try await session.waitFor("40×10")
        #expect(tiny.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count == 1)
        try session.resize(columns: 120, rows: 30)
        let wide = try await session.waitFor("Forums", "synced at")
        let lines = wide.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasSuffix("Crossroads Schools Network") == true, "the top bar spans the new width")
        #expect(!wide.contains("40×10"))
        try session.send("q")
        #expect(try await session.waitForExit() == 0)
    }

    @Test func russianStillShowsOverSSHWithoutAUTF8Locale() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let session = try TmuxSession([Binaries.client, "demo", "--lang", "ru"],
                                      environment: sandbox.environment(["LANG": "C"]), folder: sandbox.path)
        try await session.waitFor("Форумы", "синхронизировано в")
        try session.send("F2")
        try await session.waitFor("Чтение в начальной школе")
        try session.send("Enter")
        try await session.waitFor("Автор", "Последнее")
        try session.send("q")
        #expect(try await session.waitForExit() == 0)
    }

    @Test func noColorGivesAttributesWithoutColours() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let coloured = try TmuxSession([Binaries.client, "demo", "--lang", "en"], environment: sandbox.environment(),
                                       folder: sandbox.path)
        try await coloured.waitFor("synced at")
        let withColour = try coloured.capture(escapes: true)
        try coloured.send("q")
        _ = try await coloured.waitForExit()
        let plain = try TmuxSession([Binaries.client, "demo", "--lang", "en"],
                                    environment: sandbox.environment(["NO_COLOR": "1"]), folder: sandbox.path)
        try await plain.waitFor("synced at")
        let withoutColour = try plain.capture(escapes: true)
        try plain.send("q")
        _ = try await plain.waitForExit()
        let colourCodes = try Regex(#"\x1B\[[0-9;]*(3[0-7]|4[0-7]|38;5;|48;5;|9[0-7]|10[0-7])[0-9;]*m"#)
        #expect(withColour.contains(colourCodes))
        #expect(!withoutColour.contains(colourCodes))
        #expect(withoutColour.contains("\u{1B}[7m") || withoutColour.contains(";7m"), "the selection is still reversed")
    }
}

/// The built-in editor hands a draft to `$EDITOR` (a scripted `sed` here) and sends what it wrote.
@Suite(.serialized) struct ExternalEditorEndToEndTests {
    @Test func aDraftEditedThroughEditorIsSent() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let session = try TmuxSession([Binaries.client, "demo", "--lang", "ru"],
                                      environment: sandbox.environment(["EDITOR": "sed -i s/черновик/ЧЕРНОВИК/"]),
                                      folder: sandbox.path)
        try await session.waitFor("Форумы", "синхронизировано в")
        try session.send("F2", "Enter")
        try await session.waitFor("Автор", "Последнее")
        try session.send("Enter")
        try await session.waitFor("сообщение")
        try session.send("a")
        try await session.waitFor("Ответ в теме")
        try session.send("-l", "это черновик ответа")
        try session.send("C-e")
        try await session.waitFor("это ЧЕРНОВИК ответа")
        try session.send("C-s")
        try await session.waitForAbsence(of: "Ответ в теме")
        try session.send("G")
        try await session.waitFor("Анна Смирнова", "это ЧЕРНОВИК ответа")
        try await session.waitForAbsence(of: "ждёт отправки")
        try session.send("q")
        #expect(try await session.waitForExit() == 0)
    }
}
