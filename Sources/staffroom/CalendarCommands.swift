import ArgumentParser
import Foundation
import StaffroomApp
import StaffroomICalendar
import StaffroomProtocol
import StaffroomStore
import StaffroomSync
import StaffroomTerminal

/// `staffroom events subscribe [--new]`: the address calendar programs subscribe to.
struct Subscribe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print your calendar's subscription address for calendar programs (Thunderbird, Apple Calendar, phones).",
        discussion: """
            The calendar holds the events you organize or go to and follows your answers. Anyone who has the address \
            can read it: --new makes a new address and the old one stops working.
            """)

    @OptionGroup var options: InterfaceOptions
    @Flag(help: "Make a new address; the old one stops working.")
    var new = false

    func run() async throws {
        let renewing = new
        let (feed, account) = try await ClientContext(options: options).askServer { server throws(SyncError) in
            try await server.calendarFeed(renewing: renewing)
        }
        print((account.serverURL.hasSuffix("/") ? String(account.serverURL.dropLast()) : account.serverURL) + feed.path)
    }
}

/// `staffroom events import FILE`: the events of a calendar file, put in the outbox as new events
/// (proposals, for members who do not organize events).
struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Propose (or, for organizers, create) the events of an iCalendar file.",
        discussion: """
            Weekly and monthly series come along; other repeats, cancelled events and events already in this \
            network are skipped and listed. The events wait in the outbox and go out with the next sync.
            """)

    @OptionGroup var options: InterfaceOptions
    @Argument(help: "The .ics file to read.")
    var file: String
    @Flag(help: "Only list what would be imported.")
    var dryRun = false

    func run() async throws {
        let context = try ClientContext(options: options)
        let ru = context.language == .russian
        let store = try context.openStore()
        guard let account = try store.account() else { throw CommandFailure(Phrase.notLoggedIn.text(context.language)) }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure(ru ? "не могу прочитать файл \(file)" : "cannot read \(file)")
        }
        let read = CalendarImport.events(in: String(decoding: data, as: UTF8.self), defaultZone: .current)
        let url = URL(string: account.serverURL)
        let host = CalendarExport.uidDomain(host: url?.host, port: url?.port)
        let now = Date()
        var queued = 0
        for imported in read.events {
            let title = UntrustedText.cleanLine(imported.draft.title)
            if let id = Self.ownEventID(imported.uid, host: host), try store.event(id: id) != nil {
                print(ru ? "уже в календаре сети: \(title)" : "already in this network's calendar: \(title)")
                continue
            }
            if let problem = imported.draft.problems(now: now).first {
                print((ru ? "пропущено: \(title) — " : "skipped: \(title) — ") + problem.message)
                continue
            }
            if imported.changedMeetings > 0 {
                print(ru ? "\(title): отменённые и перенесённые встречи (\(imported.changedMeetings)) перенесите вручную"
                         : "\(title): \(imported.changedMeetings) cancelled or moved meetings are to be changed by hand")
            }
            if !dryRun { try store.enqueue(.createEvent(event: imported.draft), at: now) }
            queued += 1
        }
        for skipped in read.skipped {
            let reason = switch skipped.reason {
            case .noStart: ru ? "нет начала" : "no start"
            case .cancelled: ru ? "отменено" : "cancelled"
            case .unsupportedRule(let rule): (ru ? "повтор не поддерживается: " : "unsupported repeat: ") + rule
            }
            print((ru ? "пропущено: " : "skipped: ") + "\(UntrustedText.cleanLine(skipped.summary)) — \(UntrustedText.cleanLine(reason))")
        }
        let verb = dryRun ? (ru ? "будет отправлено" : "would be sent") : (ru ? "в исходящих" : "in the outbox")
        print(ru ? "событий \(verb): \(queued); они уйдут при синхронизации (staffroom sync)"
                 : "\(queued) events \(verb); they go out with the next sync (staffroom sync)")
    }

    /// The id of an event this network exported, from its `UID` (`event-ID@HOST`).
    private static func ownEventID(_ uid: String, host: String) -> Int64? {
        guard uid.hasPrefix("event-"), uid.hasSuffix("@" + host) else { return nil }
        return Int64(uid.dropFirst(6).dropLast(host.count + 1))
    }
}
