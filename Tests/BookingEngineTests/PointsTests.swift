import BookingEngine
import Testing

@Suite struct PointsTests {
    @Test(arguments: StoreKind.allCases) func chargesAddUpInBalanceAndLedger(store: StoreKind) async throws {
        let e = try await TestEngine(store, catalog: nil)
        #expect(try await e.engine.balance(user: "민지") == 0)
        #expect(try await e.engine.charge(user: "민지", amount: 1_000_000) == 1_000_000)
        #expect(try await e.engine.charge(user: "민지", amountText: " 2,500 ") == 1_002_500)
        let ledger = try await e.engine.ledger(user: "민지")
        #expect(ledger.map(\.amount) == [2500, 1_000_000])
        #expect(ledger.map(\.balanceAfter) == [1_002_500, 1_000_000])
        #expect(ledger.allSatisfy { $0.kind == .charge && $0.payment == nil && $0.at == e.clock.now() })
    }

    @Test(arguments: StoreKind.allCases, [Int64(0), -1, -100, Int64.min, Int64.max, 1_000_001, 1 << 40])
    func absurdAmountsAreRefusedAndChangeNothing(store: StoreKind, amount: Int64) async throws {
        let e = try await TestEngine(store, catalog: nil)
        _ = try await e.engine.charge(user: "alice", amount: 10)
        let before = try await e.snapshot("alice")
        #expect(await errorCode { try await e.engine.charge(user: "alice", amount: amount) } == "INVALID_AMOUNT")
        #expect(try await e.snapshot("alice") == before)
    }

    @Test(arguments: ["abc", "-5", "+5", "1e3", "12.5", "99999999999999999999", "", "   ", "0", "0x10", "１２", "5 5", "1000001"])
    func badAmountTextIsRefusedAndChangesNothing(text: String) async throws {
        let e = try await TestEngine(catalog: nil)
        _ = try await e.engine.charge(user: "alice", amount: 10)
        let before = try await e.snapshot("alice")
        #expect(await errorCode { try await e.engine.charge(user: "alice", amountText: text) } == "INVALID_AMOUNT")
        #expect(try await e.snapshot("alice") == before)
    }

    /// A top-up retried with its key is answered, not credited again; the key with another
    /// amount is refused before anything else is looked at, even an amount out of range.
    @Test(arguments: StoreKind.allCases) func aTopUpRetriedWithItsKeyCreditsOnce(store: StoreKind) async throws {
        let e = try await TestEngine(store, catalog: nil)
        let key = IdempotencyKey.random()
        #expect(try await e.engine.charge(user: "alice", amount: 500, key: key) == 500)
        _ = try await e.engine.charge(user: "alice", amount: 100)
        let before = try await e.snapshot("alice")
        #expect(try await e.engine.charge(user: "alice", amount: 500, key: key) == 500)
        #expect(try await e.snapshot("alice") == before)
        #expect(await errorCode { try await e.engine.charge(user: "alice", amount: 501, key: key) } == "IDEMPOTENCY_KEY_REUSED")
        #expect(await errorCode { try await e.engine.charge(user: "alice", amount: 0, key: key) } == "IDEMPOTENCY_KEY_REUSED")
        #expect(try await e.engine.charge(user: "bob", amount: 500, key: key) == 500, "keys belong to their buyer")
        #expect(try await e.engine.balance(user: "alice") == 600)
    }

    @Test(arguments: StoreKind.allCases) func chargesStopAtTheBalanceCeiling(store: StoreKind) async throws {
        let e = try await TestEngine(store, catalog: nil)
        for _ in 0..<9 { _ = try await e.engine.charge(user: "alice", amount: 1_000_000) }
        _ = try await e.engine.charge(user: "alice", amount: 999_999)
        let before = try await e.snapshot("alice")
        let result = await outcome { try await e.engine.charge(user: "alice", amount: 2) }
        #expect(result.failure == .invalidAmount(.overBalanceCeiling(ceiling: 10_000_000, room: 1)))
        #expect(try await e.snapshot("alice") == before)
        #expect(try await e.engine.charge(user: "alice", amount: 1) == 10_000_000)
        #expect(await errorCode { try await e.engine.charge(user: "alice", amount: 1) } == "INVALID_AMOUNT")
    }

    static let badNames = [
        "", String(repeating: "a", count: 33), String(repeating: "가", count: 33), "bell\u{07}", "tab\tname", "new\nline",
        "@boxoffice", "@alice", " alice", "alice ", "rm -rf /;", "a'b", "zero\u{200B}width", "a" + String(repeating: "\u{0301}", count: 70),
    ]

    @Test(arguments: StoreKind.allCases, badNames)
    func badUserNamesAreRefusedEverywhereAndStoreNothing(store: StoreKind, name: String) async throws {
        let e = try await TestEngine(store, catalog: nil)
        _ = try await e.engine.charge(user: "alice", amount: 10)
        let before = try await e.snapshot("alice")
        #expect(await errorCode { try await e.engine.charge(user: name, amount: 10) } == "INVALID_USER_NAME")
        #expect(await errorCode { try await e.engine.issueToken(user: name) } == "INVALID_USER_NAME")
        #expect(await errorCode { try await e.engine.balance(user: name) } == "INVALID_USER_NAME")
        #expect(await errorCode { try await e.engine.ledger(user: name) } == "INVALID_USER_NAME")
        #expect(await errorCode { try await e.engine.holds(user: name) } == "INVALID_USER_NAME")
        #expect(await errorCode { try await e.engine.bookings(user: name) } == "INVALID_USER_NAME")
        #expect(try await e.snapshot("alice") == before)
    }

    /// Among ASCII, exactly the Latin letters, the digits, space, '.', '_' and '-' may
    /// stand inside a name (ASCII is decided without Unicode's tables).
    @Test func asciiInsideANameIsLettersDigitsAndFourMarks() {
        let allowed = (0..<128).compactMap(Unicode.Scalar.init).filter { scalar in
            (try? BuyerName.validate("a\(Character(scalar))b")) != nil
        }
        let expected = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz -._".unicodeScalars)
        #expect(allowed.sorted() == expected.sorted())
    }

    @Test(arguments: ["a", String(repeating: "z", count: 32), "김민지", "Zoë O-Neil_2.0", "José Ñúñez"])
    func ordinaryUserNamesWork(name: String) async throws {
        let e = try await TestEngine(.memory, catalog: nil)
        #expect(try await e.engine.charge(user: name, amount: 7) == 7)
        #expect(try await e.engine.issueToken(user: name).user == name)
    }
}
