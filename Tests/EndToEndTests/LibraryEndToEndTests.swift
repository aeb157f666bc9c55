import Foundation
import Testing

/// The Library pane in the real client: narrow the list to a grade and a subject, open the one
/// resource left, download its file, and find it on disk with the catalogue's checksum.
@Suite(.serialized) struct LibraryEndToEndTests {
    private static let worksheet = "Рабочий лист: задачи на движение для 5 класса"

    @Test func aTeacherFiltersToAGradeAndSubjectAndDownloadsAVerifiedFile() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (server, _, database, environment) = try await demoServerWithAnnaLoggedIn(sandbox)
        defer { server.stop() }
        #expect(try await run(Binaries.client, ["sync"], environment: environment).status == 0)
        let client = try TmuxSession([Binaries.client, "--lang", "ru"], environment: environment, columns: 80, rows: 24,
                                     folder: sandbox.path)
        try await client.waitFor("Форумы", "синхронизировано в")
        try client.send("L")
        try await client.waitFor("Материалы: 6")
        try client.send("3")
        try await client.waitFor("Фильтр: класс", "5 класс")
        try await pick("5 класс", in: client)
        try await client.waitFor("3 Класс: 5 класс", "Материалы: 1")
        try client.send("2")
        try await client.waitFor("Фильтр: предмет", "математика")
        try await pick("математика", in: client)
        try await client.waitFor("2 Предмет: математика", "Материалы: 1", Self.worksheet)
        try client.send("Enter")
        try await client.waitFor("Иван Кузнецов", "zadachi-na-dvizhenie.txt")
        try client.send("d")
        try await client.waitFor("скачан: ")
        try client.send("q")
        #expect(try await client.waitForExit() == 0)

        let path = sandbox.path + "/Downloads/staffroom/zadachi-na-dvizhenie.txt"
        let onDisk = try await run("/usr/bin/sha256sum", [path]).output.split(separator: " ").first.map(String.init)
        let catalogue = try await run("/usr/bin/sqlite3", [database, """
            SELECT json_extract(files, '$[0].sha256') || '|' || downloadCount FROM resource WHERE title = '\(Self.worksheet)'
            """]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(onDisk.map { "\($0)|1" } == catalogue, "the file matches the catalogue's checksum, and the server counted it")
    }

    /// Moves the facet list's selection from "все" to the row with `text` and picks it.
    private func pick(_ text: String, in client: TmuxSession) async throws {
        let lines = try client.capture().split(separator: "\n", omittingEmptySubsequences: false)
        guard let cursor = lines.firstIndex(where: { $0.hasPrefix(">") }),
              let target = lines.firstIndex(where: { $0.dropFirst(2).hasPrefix(text) }) else {
            throw E2EFailure("no row \(text) in:\n\(lines.joined(separator: "\n"))")
        }
        for _ in cursor..<target { try client.send("j") }
        try await client.waitFor("> " + text)
        try client.send("Enter")
    }
}
