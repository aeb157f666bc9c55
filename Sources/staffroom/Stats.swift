import ArgumentParser
import Foundation
import StaffroomApp
import StaffroomProtocol
import StaffroomSync

/// `staffroom stats`: the network's figures, asked of the server.
struct Stats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The network's figures, from the server.",
        subcommands: [EventFigures.self])

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
}
