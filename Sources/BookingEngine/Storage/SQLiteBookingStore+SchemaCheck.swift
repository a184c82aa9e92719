import Foundation
import GRDB

extension SQLiteBookingStore {
    /// Refuses a file whose schema comes from a newer boxoffice, looking through a
    /// read-only connection before anything opens it for writing: opening a WAL pool
    /// writes to the file (GRDB creates and drops a table to start the log), and a
    /// refused file must be left byte for byte as it was.
    static func refuseNewerSchema(path: String) throws {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size > 0 else { return }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        let superseded = try DatabaseQueue(path: path, configuration: configuration).read { db in
            try Schema.migrator.hasBeenSuperseded(db)
        }
        if superseded {
            throw BookingError.storageFailure(
                "\(path) was written by a newer version of boxoffice; upgrade boxoffice or pick another file with --db")
        }
    }
}
