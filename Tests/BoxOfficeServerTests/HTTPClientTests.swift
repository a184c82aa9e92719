import BookingEngine
@testable import BoxOfficeRemote
import BoxOfficeUI
import Foundation
import Synchronization
import Testing

@Suite("The client over HTTP")
struct HTTPClientTests {
    @Test("the HTTP client does what the local one does: join, browse, hold, top up, pay once, read bookings", .timeLimit(.minutes(1)))
    func journey() async throws {
        try await TestServer().run(.live) { test in
            let server = "http://127.0.0.1:\(try #require(test.port))"
            let made = try await SignUp.request(server: server, name: "민지")
            let client = try await HTTPBookingClient.connect(server: server, key: made.key)
            #expect(client.configuration.holdLimit == 4)
            let status = try await client.issueToken(user: made.name)
            #expect(status.isActive && status.user == "민지")
            let concerts = try await client.concerts(token: status.token)
            let date = concerts[0].dates[0].id
            let map = try await client.seatMap(token: status.token, date: date)
            #expect(map.seats.count == 20 && map.concertTitle == "Test Hall Live")
            let holds = try await client.hold(token: status.token, seats: [map.seats[0].id])
            #expect(holds.map(\.seat.seatNumber) == [1])
            await #expect(throws: BookingError.notEnoughPoints(balance: 0, needed: 100)) {
                try await client.pay(token: status.token, reservations: holds.map(\.id), key: IdempotencyKey("first"))
            }
            #expect(try await client.charge(user: made.name, amount: 500, key: IdempotencyKey("top")) == 500)
            #expect(try await client.charge(user: made.name, amount: 500, key: IdempotencyKey("top")) == 500)
            let receipt = try await client.pay(token: status.token, reservations: holds.map(\.id), key: IdempotencyKey("pay"))
            #expect(!receipt.wasAlreadyPaid && receipt.balanceAfter == 400)
            let again = try await client.pay(token: status.token, reservations: holds.map(\.id), key: IdempotencyKey("pay"))
            #expect(again.wasAlreadyPaid && again.payment == receipt.payment)
            let (liveHolds, bookings) = try await client.holdsAndBookings(user: made.name)
            #expect(liveHolds.isEmpty && bookings.map(\.id) == holds.map(\.id))
            #expect(try await client.balance(user: made.name) == 400)
            await #expect(throws: BookingError.tokenExpired) { try await client.concerts(token: status.token) }
        }
    }

    @Test("a change made by another buyer reaches a watching client as a notice", .timeLimit(.minutes(1)))
    func changes() async throws {
        try await TestServer().run(.live) { test in
            let server = "http://127.0.0.1:\(try #require(test.port))"
            let watcher = try await HTTPBookingClient.connect(server: server, key: try await SignUp.request(server: server, name: "ana").key)
            let notices = Notices()
            let watching = watcher.watch { notices.add($0) }
            defer { watching?.cancel() }
            try await notices.wait { $0.contains(.changed) }
            let before = notices.count
            let other = try await HTTPBookingClient.connect(server: server, key: try await SignUp.request(server: server, name: "ben").key)
            let token = try await other.issueToken(user: "ben").token
            let date = try await other.concerts(token: token)[0].dates[0].id
            _ = try await other.hold(token: token, seats: [try await other.seatMap(token: token, date: date).seats[3].id])
            try await notices.wait { $0.count > before && $0.last == .changed }
        }
    }

    @Test("a server that does not answer shows as a lost connection, and the call is tried again", .timeLimit(.minutes(1)))
    func lostConnection() async throws {
        let connection = ServerConnection(base: "http://127.0.0.1:9")
        let notices = Notices()
        connection.listen { notices.add($0) }
        let call = Task { try await connection.send(.GET, "/policy") }
        try await notices.wait { $0.count >= 2 }
        call.cancel()
        _ = await call.result
        #expect(notices.all.allSatisfy { if case .connectionLost = $0 { true } else { false } })
    }

    @Test("the credentials file keeps one key per server, mode 0600 in a 0700 folder")
    func credentialsFile() throws {
        let folder = NSTemporaryDirectory() + "boxoffice-credentials-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = CredentialsFile.standard(environment: ["XDG_CONFIG_HOME": folder])
        #expect(file.path == folder + "/boxoffice/credentials")
        #expect(file.entry(for: "http://a:8080") == nil)
        try file.save(.init(server: "http://a:8080/", name: "민지", key: "bk_1"))
        try file.save(.init(server: "http://b:8080", name: "ben", key: "bk_2"))
        try file.save(.init(server: "http://a:8080", name: "민지", key: "bk_3"))
        #expect(file.entry(for: "http://a:8080")?.key == "bk_3")
        #expect(file.entry(for: "http://b:8080/")?.name == "ben")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder + "/boxoffice")[.posixPermissions] as? Int
        #expect(mode == 0o600 && folderMode == 0o700)
    }
}

/// Notices heard, for tests to wait on.
final class Notices: Sendable {
    private let heard = Mutex<[ClientNotice]>([])

    func add(_ notice: ClientNotice) { heard.withLock { $0.append(notice) } }
    var count: Int { heard.withLock { $0.count } }
    var all: [ClientNotice] { heard.withLock { $0 } }

    /// Waits until `condition` holds for the notices heard (the test's time limit bounds it).
    func wait(until condition: ([ClientNotice]) -> Bool) async throws {
        while !heard.withLock({ condition($0) }) { try await Task.sleep(for: .milliseconds(20)) }
    }
}
