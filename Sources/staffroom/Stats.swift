import ArgumentParser
import Foundation
import StaffroomApp
import StaffroomProtocol
import StaffroomSync

/// `staffroom stats`: the network's figures, asked of the server.
struct Stats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The network's figures, from the server.",
        subcommands: [PulseFigures.self, EventFigures.self, ModerationFigures.self], defaultSubcommand: PulseFigures.self)

    /// `staffroom stats [pulse] [--weeks N] [--csv]`: the network's pulse (coordinators).
    struct PulseFigures: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pulse",
            abstract: "The network's pulse: active members by school, forums week by week, questions, events held, downloads.",
            discussion: """
                Only moderators and admins (the network's coordinators) may ask. Weeks start on Monday (UTC). \
                With --csv the same figures come as CSV, one figure per row, for a spreadsheet.
                """)

        @OptionGroup var options: InterfaceOptions
        @Option(help: "How many weeks, up to the current one (1 to 52).")
        var weeks = 8
        @Flag(help: "Print CSV (figure,kind,name,period,value) instead of text.")
        var csv = false

        func validate() throws {
            guard NetworkPulse.weekRange.contains(weeks) else {
                throw ValidationError("--weeks must be from 1 to \(NetworkPulse.weekRange.upperBound).")
            }
        }

        func run() async throws {
            let context = try ClientContext(options: options)
            let weeks = self.weeks
            let (pulse, _) = try await context.askServer { server throws(SyncError) in try await server.networkPulse(weeks: weeks) }
            print(csv ? NetworkPulseCSV.text(pulse) : NetworkPulseText.text(pulse, language: context.language, timeZone: .current),
                  terminator: "")
        }
    }

    /// `staffroom stats events [--months N]`: events month by month as a text table.
    struct EventFigures: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "events",
            abstract: "Events per month and kind: planned, held (and the share held of those begun), cancelled, sign-ups and attendance.",
            discussion: "Each meeting of a series counts on its own; proposals do not count. Months are the organizers' local ones.")

        @OptionGroup var options: InterfaceOptions
        @Option(help: "How many months, up to the current one (1 to 60).")
        var months = 12

        func validate() throws {
            guard EventStatistics.months.contains(months) else {
                throw ValidationError("--months must be from 1 to \(EventStatistics.months.upperBound).")
            }
        }

        func run() async throws {
            let context = try ClientContext(options: options)
            let months = self.months
            let (statistics, _) = try await context.askServer { server throws(SyncError) in try await server.eventStatistics(months: months) }
            print(EventStatisticsTable.text(statistics, language: context.language), terminator: "")
        }
    }

    /// `staffroom stats moderation [--weeks N]`: the review queue now and each moderator's actions
    /// week by week (moderators and admins).
    struct ModerationFigures: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "moderation",
            abstract: "The review queue: items pending, the oldest one's age, the median time to a first action, actions per moderator per week.",
            discussion: "Only moderators and admins may ask. Weeks start on Monday (UTC); actions taken back do not count.")

        @OptionGroup var options: InterfaceOptions
        @Option(help: "How many weeks, up to the current one (1 to 52).")
        var weeks = 8

        func validate() throws {
            guard ModerationStatistics.weekRange.contains(weeks) else {
                throw ValidationError("--weeks must be from 1 to \(ModerationStatistics.weekRange.upperBound).")
            }
        }

        func run() async throws {
            let context = try ClientContext(options: options)
            let weeks = self.weeks
            let (statistics, _) = try await context.askServer { server throws(SyncError) in try await server.moderationStatistics(weeks: weeks) }
            print(ModerationStatisticsTable.text(statistics, language: context.language), terminator: "")
        }
    }
}
