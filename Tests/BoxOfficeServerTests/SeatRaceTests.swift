import BoxOfficeAPI
import Testing

@Suite("Races over HTTP")
struct SeatRaceTests {
    @Test("buyers racing for one seat over loopback: exactly one hold, the others 409", .timeLimit(.minutes(1)))
    func oneWinner() async throws {
        try await TestServer().run(.live) { client in
            var tokens: [String] = []
            for index in 0..<8 { tokens.append(try await client.token(try await client.signUp("buyer\(index)"))) }
            let seat = try await client.seats(tokens[0])[5]
            let answers = try await withThrowingTaskGroup(of: Answer.self) { group in
                for token in tokens {
                    group.addTask { try await client.call(.post, "/reservations", bearer: token, json: #"{"seats": [\#(seat)]}"#) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(answers.filter { $0.status == .created }.count == 1)
            #expect(answers.filter { $0.code == "SEAT_UNAVAILABLE" }.count == 7)
        }
    }
}
