import BookingEngine
@testable import BookingEnginePostgres
import Foundation
import Testing

/// A PostgreSQL server's refusals and a URL that cannot be used come out as typed problems,
/// which a client words in its reader's language; the server's own words ride along as detail.
@Suite("PostgreSQL failures are typed")
struct PostgresErrorTests {
    /// The error opening a store on `location` fails with.
    static func openingError(_ location: PostgresLocation, creation: DatabaseCreation = .inExistingFolder) async -> BookingError? {
        await #expect(throws: BookingError.self) { _ = try await PostgresBookingStore(location: location, creation: creation) }
    }

    @Test func anUnreachableServerIsTyped() async throws {
        let location = try PostgresLocation(url: "postgres://nobody@/boxoffice?host=/nonexistent-boxoffice-folder")
        #expect(await Self.openingError(location) == .storageFailure(.serverUnreachable(database: location.description)))
    }

    @Test func aURLThatCannotBeUsedIsTyped() {
        #expect(throws: BookingError.invalidRequest(.notPostgresURL(url: "postgres://a b/c"))) {
            _ = try PostgresLocation(url: "postgres://a b/c")
        }
        #expect(throws: BookingError.invalidRequest(.unusablePort(url: "postgres://ana@db.example:0/tour"))) {
            _ = try PostgresLocation(url: "postgres://ana@db.example:0/tour")
        }
    }

    @Test(.enabled(if: PostgresTestDatabase.isConfigured))
    func aMissingDatabaseAndAnUnknownUserAreTyped() async throws {
        let admin = try #require(PostgresTestDatabase.admin)
        let missing = admin.with(database: "boxoffice_missing_" + UUID().uuidString.prefix(8).lowercased())
        #expect(await Self.openingError(missing) == .storageFailure(.noSuchDatabase(name: missing.database)))
        var stranger = admin
        stranger.user = "boxoffice_stranger"
        guard case .storageFailure(.userRefused(let user, let detail)) = await Self.openingError(stranger) else {
            Issue.record("an unknown user is not a refused user")
            return
        }
        #expect(user == "boxoffice_stranger")
        #expect(detail.contains("boxoffice_stranger"), "the server's own words: \(detail)")
    }

    @Test(.enabled(if: PostgresTestDatabase.isConfigured))
    func databasesThatAreNotBoxofficesAreTyped() async throws {
        let empty = try await PostgresTestDatabase()
        let description = empty.location.description
        #expect(await Self.openingError(empty.location, creation: .existingOnly) == .storageFailure(.notSetUp(database: description)))
        try await empty.sql("CREATE TABLE orders (id bigint)")
        #expect(await Self.openingError(empty.location) == .storageFailure(.otherProgramsTables(database: description)))

        let marked = try await PostgresTestDatabase()
        _ = try await PostgresBookingStore(location: marked.location)
        try await marked.sql("UPDATE boxoffice_schema SET version = 99")
        #expect(await Self.openingError(marked.location)
            == .storageFailure(.newerSchema(database: marked.location.description, version: 99, known: PostgresSchema.version)))
        try await marked.sql("UPDATE boxoffice_schema SET application = 'ledger'")
        #expect(await Self.openingError(marked.location) == .storageFailure(.otherProgramsDatabase(database: marked.location.description)))
    }

    @Test(.enabled(if: PostgresTestDatabase.isConfigured))
    func anyOtherRefusalKeepsTheServersMessageAndState() async throws {
        let database = try await PostgresTestDatabase()
        let error = await #expect(throws: (any Error).self) { try await database.sql("SELECT 1 / 0") }
        #expect(PostgresBookingStore.describe(try #require(error), location: database.location)
            == .storageFailure(.serverError(message: "division by zero", state: "22012")))
    }
}
