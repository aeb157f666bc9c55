import ArgumentParser
import Foundation
import StaffroomApp
import StaffroomStore

/// `staffroom digest [--since 7d]`: a plain-text summary of what happened, for cron, mail or a
/// printer. It reads the local store only: run `staffroom sync` first for the newest.
struct DigestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Print a plain-text summary: new topics and replies per forum, coming events, new resources, unanswered questions.",
        discussion: "It reads what this device holds; for cron, run it after a sync: staffroom sync && staffroom digest | mail -s Staffroom me")

    @OptionGroup var options: InterfaceOptions
    @Option(help: "From when: a number of hours, days or weeks back (24h, 7d, 2w) or a date (2026-11-01).")
    var since = "7d"

    func validate() throws {
        guard DigestStart(since) != nil else { throw ValidationError("--since must be like 24h, 7d, 2w or 2026-11-01.") }
    }

    func run() async throws {
        let context = try ClientContext(options: options)
        let store = try context.openStore()
        guard let account = try store.account() else { throw ValidationError(Phrase.notLoggedIn.text(context.language)) }
        let now = Date()
        guard let start = DigestStart(since)?.date(before: now, in: .current) else { return }
        let digest = try store.digest(since: start, now: now)
        let dates = DateText(language: context.language, timeZone: .current)
        print(DigestText.text(digest, network: try store.communityName(), member: account.displayName, now: now, dates: dates), terminator: "")
    }
}

/// When a digest starts: so long before now, or a calendar date (its midnight in the member's zone).
struct DigestStart {
    private enum Kind {
        case back(TimeInterval)
        case day(DateComponents)
    }

    private let kind: Kind

    init?(_ text: String) {
        let units: [Character: TimeInterval] = ["h": 3_600, "d": 86_400, "w": 7 * 86_400]
        if let unit = text.last.flatMap({ units[$0] }), let count = Int(text.dropLast()), count > 0, count <= 3_650 {
            kind = .back(TimeInterval(count) * unit)
            return
        }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        kind = .day(DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    func date(before now: Date, in zone: TimeZone) -> Date? {
        switch kind {
        case .back(let interval): return now.addingTimeInterval(-interval)
        case .day(let components):
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            return calendar.date(from: components)
        }
    }
}
