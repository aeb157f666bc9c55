import ArgumentParser
import Foundation
import StaffroomApp
import StaffroomICalendar
import StaffroomStore

/// `staffroom events`: the network's calendar outside the interface.
struct Events: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The network's events outside the interface.",
        subcommands: [Export.self, Import.self, Subscribe.self, Certificates.self, CertificateDocument.self])

    /// `staffroom events export [--mine] > events.ics`: the synced events as an iCalendar file.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the synced events as an iCalendar (RFC 5545) file to standard output.",
            discussion: "Times keep the organizer's time zone. Sync first (staffroom sync) to include the newest events.")

        @OptionGroup var options: InterfaceOptions
        @Flag(help: "Only the events you organize or answered “going” to.")
        var mine = false

        /// Events read from the store at once.
        static let pageSize = 500

        func run() async throws {
            let context = try ClientContext(options: options)
            let store = try context.openStore()
            guard let account = try store.account() else { throw CommandFailure(Phrase.notLoggedIn.text(context.language)) }
            let url = URL(string: account.serverURL)
            let host = CalendarExport.uidDomain(host: url?.host, port: url?.port)
            let now = Date()
            let output = FileHandle.standardOutput
            let zones = try store.eventZones(mine: mine).map {
                CalendarExport.ZoneUse(identifier: $0.identifier, first: $0.first, last: $0.last)
            }
            output.write(CalendarExport.header(name: try store.communityName() ?? url?.host ?? "Staffroom") + CalendarExport.timeZones(zones))
            var lastID: Int64 = 0
            while true {
                let page = try store.eventRecords(afterID: lastID, mine: mine, limit: Self.pageSize)
                output.write(CalendarExport.events(page.map { ExportedEvent(event: $0.event, organizerName: $0.organizerName) },
                                                   host: host, now: now))
                guard page.count == Self.pageSize, let last = page.last else { break }
                lastID = last.event.id
            }
            output.write(CalendarExport.footer)
        }
    }
}

extension FileHandle {
    fileprivate func write(_ text: String) {
        write(Data(text.utf8))
    }
}
