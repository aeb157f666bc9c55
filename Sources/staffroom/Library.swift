import ArgumentParser
import Foundation
import StaffroomApp
import StaffroomProtocol
import StaffroomStore
import StaffroomSync

extension ResourceType: ExpressibleByArgument {}

/// `staffroom library`: the resource library outside the interface.
struct Library: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The resource library outside the interface.",
                                                    subcommands: [Upload.self])

    /// `staffroom library upload FILE... --title …`: shares files as one resource.
    struct Upload: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Share files in the library as one resource.",
            discussion: """
                The resource waits in the outbox and its files upload at the next sync (at once, unless --no-sync); \
                an upload cut by a bad link resumes where it stopped. Exit status: 0 shared; 75 queued, the server \
                could not be reached (the next sync sends it); 1 refused (too large, or a field to fix).
                """)

        @OptionGroup var options: InterfaceOptions
        @Argument(help: "The files to share.") var files: [String] = []
        @Option(help: "The resource's title.") var title: String
        @Option(help: "lesson_plan, worksheet, presentation, methodical_guide, assessment, video, audio or link.")
        var type: ResourceType = .lessonPlan
        @Option(help: "A school subject it is for (repeat for several).") var subject: [String] = []
        @Option(help: "A grade (1 to 11) it is for (repeat for several).") var grade: [Int] = []
        @Option(help: "The language of the material, such as ru or en (default: the interface's).") var language: String?
        @Option(help: "The licence it is shared under.") var licence = ResourceLimits.defaultLicence
        @Option(help: "What it is and how to use it (the same Markdown as posts).") var description = ""
        @Option(help: "A web address, for a link or beside the files.") var link = ""
        @Option(help: "The id of the forum where its discussion topic opens.") var forum: Int64?
        @Flag(help: "Only queue it; the next sync sends it.") var noSync = false

        func run() async throws {
            let context = try ClientContext(options: options)
            let store = try context.openStore()
            guard let account = try store.account(), let url = URL(string: account.serverURL) else {
                throw CommandFailure(Phrase.notLoggedIn.text(context.language))
            }
            let local: [LocalFile]
            do {
                local = try files.map { path throws(LocalFile.Problem) in try LocalFile(path: path) }
            } catch {
                throw CommandFailure(error.message)
            }
            let draft = ResourceDraft(title: title, description: description, type: type, subjects: subject, grades: grade,
                                      language: language ?? context.language.rawValue, licence: licence, files: local.map(\.entry),
                                      link: link, forumID: forum)
            if let problem = draft.problems().first { throw CommandFailure(problem.message) }
            let item = try store.enqueueShare(draft, files: local.map(\.pending))
            let phrase = LibraryPhrase.self
            guard !noSync else {
                print(phrase.shareQueued(title).text(context.language))
                return
            }
            let connection = ServerConnection(baseURL: url)
            do {
                // The resource is safe in the outbox: a few quick tries, then the next sync sends it.
                let retry = RetryPolicy(attempts: 3, firstDelay: 1, longestDelay: 4, longestServerWait: 30)
                _ = try await Synchronizer(connection: connection, store: store, retry: retry).run()
                await connection.shutdown()
            } catch {
                await connection.shutdown()
                FileHandle.standardError.write(Data((Phrase(error.cleaned()).text(context.language) + "\n").utf8))
                print(phrase.shareQueued(title).text(context.language))
                throw ExitCode(Sync.Outcome(error).rawValue)
            }
            if let refused = try store.outboxEntries().first(where: { $0.item.id == item.id && $0.item.state == .notSent }) {
                throw CommandFailure(phrase.shareRefused(refused.item.message ?? "").text(context.language))
            }
            print(phrase.shared(title).text(context.language))
        }
    }
}
