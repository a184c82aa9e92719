import BookingEngine
import BoxOfficeUI
import BoxOfficeRemote
import BoxOfficeTerminal
import Foundation
import Logging

/// `boxoffice --server URL`: the client's screens over a server. Signs up first when this
/// computer keeps no key for the server, then opens the same screens as a local client.
struct RemoteClient {
    let server: String
    let suggestedName: String
    let noColor: Bool

    func run(logger: Logger) async throws {
        let credentials = CredentialsFile.standard()
        var entry = credentials.entry(for: server)
        let terminal: Terminal
        do {
            terminal = try Terminal.start(noColorFlag: noColor)
        } catch {
            throw ExitMessage(.needsTerminalOverHTTP, "\(error)", code: "NOT_A_TERMINAL")
        }
        defer { terminal.stop() }
        if entry == nil {
            let signUp = SignUpSession(server: server, terminal: terminal, language: CommandLanguage.current)
            guard let made = signUp.run(suggestedName: suggestedName) else { return }
            let saved = CredentialsFile.Entry(server: server, name: made.name, key: made.key)
            do {
                try credentials.save(saved)
            } catch {
                logger.error("could not keep the key in \(credentials.path): \(error)")
            }
            logger.info("signed up as \(made.name) on \(server)")
            entry = saved
        }
        guard let entry else { return }
        let client: HTTPBookingClient
        do {
            client = try await HTTPBookingClient.connect(server: server, key: entry.key)
        } catch {
            throw CommandFailure(error)
        }
        logger.info("client started for \(entry.name) on \(server)")
        ClientSession(
            client: client, scheduler: nil, user: entry.name, qaControls: false, terminal: terminal, language: CommandLanguage.current
        ).run()
        logger.info("client closed for \(entry.name)")
    }
}
