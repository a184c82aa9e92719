import ArgumentParser

/// The `boxoffice` command. With no subcommand it opens the client (`boxoffice open`).
@main
struct BoxOffice: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "boxoffice",
        abstract: "Book concert seats from your terminal: wait in line, pick seats, hold them, pay with points.",
        discussion: """
            With no subcommand, boxoffice opens the client: `boxoffice [--user NAME] [--db PATH] ...` \
            is `boxoffice open ...`; see `boxoffice open --help` for the client's options (--user, --db, \
            --no-color, --catalog, --qa and the timings). Several clients and commands may share one \
            database file: they share one line and one seat map.
            """,
        subcommands: [
            ClientCommand.self, StatusCommand.self, TickCommand.self, ConfigCommand.self, CatalogCommand.self, PointsCommand.self,
            CrowdCommand.self, ChaosCommand.self,
        ],
        defaultSubcommand: ClientCommand.self)
}
