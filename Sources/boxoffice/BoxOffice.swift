import ArgumentParser
import BoxOfficeUI
import Foundation

/// The `boxoffice` command. With no subcommand it opens the client (`boxoffice open`).
@main
struct BoxOffice: AsyncParsableCommand {
    /// The version `boxoffice --version` prints.
    static let version = "0.19.0"

    static let configuration = CommandConfiguration(
        commandName: "boxoffice",
        abstract: about(.aboutBoxOffice),
        discussion: about(.aboutBoxOfficeDetails),
        version: "boxoffice \(version)",
        subcommands: [
            ClientCommand.self, NewCommand.self, StatusCommand.self, TickCommand.self, ConfigCommand.self, CatalogCommand.self,
            PointsCommand.self, CrowdCommand.self, ChaosCommand.self, ServeCommand.self, BuyersCommand.self, AuditCommand.self,
        ],
        defaultSubcommand: ClientCommand.self)

    /// Parses and runs the command with every log line going to the log file, and reports a
    /// failure as `CommandErrors` says: a sentence, or JSON under `--json`. `--lang` is taken
    /// off the line first (see `CommandLanguage`); an unknown value is refused like a bad argument.
    static func main() async {
        let (arguments, languageFlag) = CommandLanguage.split(Array(CommandLine.arguments.dropFirst()))
        FileLogHandler.bootstrap(
            path: FileLogHandler.defaultPath(), alsoToStandardError: arguments.first == "serve" && arguments.contains("--log-stderr"))
        do {
            _ = try Language.choose(flag: languageFlag, environment: ProcessInfo.processInfo.environment)
        } catch {
            CommandErrors.exit(with: ValidationError(error.description), json: CommandErrors.asksForJSON(arguments))
        }
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
