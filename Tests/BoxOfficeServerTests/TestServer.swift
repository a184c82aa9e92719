import BookingEngine
import BoxOfficeAPI
import BoxOfficeServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing

/// A server over a fresh SQLite database with a manual clock and a small catalog, run
/// through Hummingbird's test client (no sockets unless `live`).
struct TestServer {
    /// Concert 1 has two open 20-seat dates, concert 2 one; prices 100 (VIP) and 50 (R).
    static let catalog = """
        venues:
          - name: Hall A
            zone: Asia/Seoul
            stage: [0, 0, 2, 1]
            sections:
              - {name: VIP, grade: VIP, price: 100, place: [0, 1], rows: 1 x 10, labels: letters}
              - {name: R, grade: R, price: 50, place: [1, 1], rows: 1 x 10, labels: letters}
          - name: 작은 홀
            zone: Asia/Seoul
            sections:
              - {name: S, grade: S, price: 50, place: [0, 0], rows: 2 x 10}
        concerts:
          - {title: Test Hall Live, venue: Hall A, dates: [{at: +5d 19:00}, {at: +6d 19:00}]}
          - {title: 두 번째 공연, venue: 작은 홀, dates: [{at: +7d 20:00}]}
        """

    let engine: BookingEngine
    let clock: ManualClock
    let folder: String
    let settings: ServerSettings

    init(policy: EngineConfiguration = EngineConfiguration(), settings: ServerSettings = ServerSettings(port: 0, runsSchedulers: false)) async throws {
        folder = NSTemporaryDirectory() + "boxoffice-server-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        clock = ManualClock()
        engine = try await BookingEngine.open(
            path: folder + "/db.sqlite", creation: .inExistingFolder, policy: PolicyRequest(everything: policy), seedDemo: false, clock: clock)
        try await engine.loadCatalog(text: Self.catalog)
        self.settings = settings
    }

    /// Runs `body` against the server, in process (`.router`) or over loopback (`.live`).
    func run<T: Sendable>(_ setup: TestingSetup = .router, _ body: @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let app = BookingServer.application(engine: engine, settings: settings, logger: Logger(label: "test"))
        return try await app.test(setup, body)
    }
}

/// One answer, with its body decoded on demand.
struct Answer: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: Data

    func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try JSONDecoder().decode(T.self, from: body)
    }

    /// The error code of an error answer.
    var code: String? { (try? decode(ErrorBody.self))?.error.code }

    var text: String { String(decoding: body, as: UTF8.self) }
}

extension TestClientProtocol {
    /// Sends one request: `credential` in `Authorization: Bearer`, `json` as the body.
    func call(
        _ method: HTTPRequest.Method, _ path: String, bearer: String? = nil, key: String? = nil, json: String? = nil,
        headers extra: HTTPFields = [:]
    ) async throws -> Answer {
        var headers = extra
        if let bearer { headers[.authorization] = "Bearer " + bearer }
        if let key { headers[HTTPField.Name("Idempotency-Key")!] = key }
        if json != nil { headers[.contentType] = "application/json" }
        return try await execute(uri: path, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) }) { response in
            Answer(status: response.status, headers: response.headers, body: Data(response.body.readableBytesView))
        }
    }

    /// Signs `name` up and returns their key.
    func signUp(_ name: String) async throws -> String {
        let answer = try await call(.post, "/buyers", json: #"{"name": "\#(name)"}"#)
        #expect(answer.status == .created, "\(answer.text)")
        return try answer.decode(BuyerBody.self).key
    }

    /// Joins the line with `key` and returns the queue token (`qt_…`).
    func token(_ key: String) async throws -> String {
        let answer = try await call(.post, "/queue/token", bearer: key)
        return try answer.decode(QueueStatusBody.self).token
    }

    /// Tops `key`'s buyer up by `amount`.
    func topUp(_ key: String, _ amount: Int64) async throws {
        let answer = try await call(.post, "/points", bearer: key, key: UUID().uuidString, json: #"{"amount": \#(amount)}"#)
        #expect(answer.status == .ok, "\(answer.text)")
    }

    /// Holds `seats` with `token`; returns the reservation ids.
    func hold(_ token: String, _ seats: [Int64]) async throws -> [Int64] {
        let answer = try await call(.post, "/reservations", bearer: token, json: #"{"seats": \#(seats)}"#)
        #expect(answer.status == .created, "\(answer.text)")
        return try answer.decode(HoldsBody.self).holds.map(\.id)
    }

    /// The seat ids of the first date of concert 1, in seat-number order.
    func seats(_ token: String) async throws -> [Int64] {
        let concerts = try await call(.get, "/concerts", bearer: token).decode([ConcertBody].self)
        let date = concerts[0].dates[0]
        return try await call(.get, "/concerts/\(date.concertId)/dates/\(date.id)/seats", bearer: token).decode(SeatMapBody.self).seats.map(\.id)
    }
}
