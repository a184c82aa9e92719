import ArgumentParser
import Foundation

/// The `boxoffice` command. With no subcommand it opens the client (`boxoffice open`).
@main
struct BoxOffice: AsyncParsableCommand {
    /// The version `boxoffice --version` prints.
    static let version = "0.19.0"

    static let configuration = CommandConfiguration(
        commandName: "boxoffice",
        abstract: "Book concert seats from your terminal: wait in line, pick seats, hold them, pay with points.",
        discussion: """
            With no subcommand, boxoffice opens the client: `boxoffice [--user NAME] [--db PATH] ...` \
            is `boxoffice open ...`; see `boxoffice open --help` for the client's options (--user, --db, \
            --no-color, --catalog, --qa, --demo and the timings). Several clients and commands may share one \
            database file: they share one line and one seat map. Every command logs to \
            $XDG_STATE_HOME/boxoffice/boxoffice.log (else ~/.local/state/boxoffice/boxoffice.log).
            """,
        version: "boxoffice \(version)",
        subcommands: [
            ClientCommand.self, NewCommand.self, StatusCommand.self, TickCommand.self, ConfigCommand.self, CatalogCommand.self,
            PointsCommand.self, CrowdCommand.self, ChaosCommand.self, ServeCommand.self, BuyersCommand.self, AuditCommand.self,
        ],
        defaultSubcommand: ClientCommand.self)

    /// Parses and runs the command with every log line going to the log file, and reports a
    /// failure as `CommandErrors` says: a sentence, or JSON under `--json`.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        FileLogHandler.bootstrap(
            path: FileLogHandler.defaultPath(), alsoToStandardError: arguments.first == "serve" && arguments.contains("--log-stderr"))
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            CommandErrors.exit(with: error, json: CommandErrors.asksForJSON(arguments))
        }
    }
}
