@testable import BookingEngine
@testable import BookingEnginePostgres
import Crypto
import Testing

/// Migrations are frozen once shipped: the SHA-256 of every migration file (as `sha256sum`
/// prints it) is recorded here as the file is added, and never changed after. A changed,
/// renamed, missing or unrecorded migration fails, so the only change that passes is a new
/// file, with the next number, whose hash is appended here.
@Suite struct FrozenMigrationTests {
    static let sqlite: [(file: String, sha256: String)] = [
        ("0001-schema.sql", "9f2f553d468cbf11c9c9d145b01ec861e5d79593a8daa2963d2939d707c8ca5b"),
        ("0002-venues.sql", "f7fd9b1d3b2e64191a35b5397aa8eea8993d08f1dcb274d46fc9dd3bac576d93"),
        ("0003-event-detail.sql", "e3d633a7f51ae5eeec4a0100678cf110537c57288ba98d58acf0895b6ba4e719"),
    ]

    static let postgres: [(file: String, sha256: String)] = [
        ("0001-schema.sql", "b2034b061bf38b2935e0c815b81ead4c15fe522e01a1a5df98254297d36d5c7d"),
        ("0002-event-detail.sql", "5068dff4bdeebcb9e7a0daa1841e11d56df2c2393492239f540a968d4a5f3666"),
        ("0003-section-counts-only.sql", "ccd8bf42ccb79e29917d5ce1a554a7daa33bbb204ab33fcb9689d74fe44e2c84"),
    ]

    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Array(text.utf8)).map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }

    /// Compares migrations as built into the binary with the recorded ones.
    static func check(files: [String], texts: [String], against recorded: [(file: String, sha256: String)]) {
        #expect(files == recorded.map(\.file), "migrations are only appended, each with its hash recorded here")
        for (file, (text, hash)) in zip(files, zip(texts, recorded.map(\.sha256))) {
            #expect(sha256(text) == hash, "\(file) has shipped and is never edited: make the change a new migration")
        }
    }

    @Test func shippedSQLiteMigrationsAreUnchanged() {
        Self.check(files: SQLiteMigrations.files, texts: Schema.migrations, against: Self.sqlite)
    }

    @Test func shippedPostgresMigrationsAreUnchanged() {
        Self.check(files: PostgresMigrations.files, texts: PostgresSchema.migrations, against: Self.postgres)
    }
}
