import BookingEngine
import GRDB
import Testing

/// Buyer keys: made once, kept only as a hash, replaced by the operator.
@Suite struct BuyerKeyTests {
    @Test(arguments: StoreKind.allCases) func aSignUpMakesAKeyThatSignsTheBuyerIn(store: StoreKind) async throws {
        let e = try await TestEngine(store, catalog: nil)
        let credentials = try await e.engine.signUp(name: "Jose\u{301}")
        #expect(credentials.name == "Jos\u{E9}")
        #expect(credentials.key.value.hasPrefix("bk_") && credentials.key.value.count == 51)
        #expect(try await e.engine.buyer(forKey: credentials.key.value) == "Jos\u{E9}")
        #expect(await errorCode { try await e.engine.signUp(name: "Jos\u{E9}") } == "NAME_TAKEN")
        #expect(await errorCode { try await e.engine.buyer(forKey: BuyerKey.random().value) } == "UNAUTHORIZED")
        #expect(await errorCode { try await e.engine.buyer(forKey: "bk_not-a-key") } == "UNAUTHORIZED")
        #expect(await errorCode { try await e.engine.buyer(forKey: "") } == "UNAUTHORIZED")
    }

    @Test(arguments: StoreKind.allCases) func rotatingAKeyRetiresTheOldOne(store: StoreKind) async throws {
        let e = try await TestEngine(store, catalog: nil)
        let first = try await e.engine.signUp(name: "민지")
        let second = try await e.engine.rotateKey(name: "민지")
        #expect(first.key != second.key)
        #expect(await errorCode { try await e.engine.buyer(forKey: first.key.value) } == "UNAUTHORIZED")
        #expect(try await e.engine.buyer(forKey: second.key.value) == "민지")
        #expect(await errorCode { try await e.engine.rotateKey(name: "nobody") } == "BUYER_NOT_FOUND")
    }

    /// A buyer who only used a terminal gets a key from the operator and keeps their points;
    /// a buyer who has a key is not given a second one that way.
    @Test(arguments: StoreKind.allCases) func anOperatorGivesATerminalBuyerAKey(store: StoreKind) async throws {
        let e = try await TestEngine(store, catalog: nil)
        _ = try await e.engine.charge(user: "ann", amount: 500)
        let key = try await e.engine.addBuyer(name: "ann")
        #expect(try await e.engine.buyer(forKey: key.key.value) == "ann")
        #expect(await errorCode { try await e.engine.addBuyer(name: "ann") } == "NAME_TAKEN")
        #expect(await errorCode { try await e.engine.signUp(name: "ann") } == "NAME_TAKEN")
        _ = try await e.engine.addBuyer(name: "bob")
        let accounts = try await e.engine.buyers()
        #expect(accounts.map(\.name) == ["ann", "bob"])
        #expect(accounts.map(\.balance) == [500, 0])
        #expect(accounts.allSatisfy { $0.keyMadeAt == e.clock.now() })
    }

    @Test func theDatabaseKeepsOnlyTheKeysHash() async throws {
        let e = try await TestEngine(catalog: nil)
        let credentials = try await e.engine.signUp(name: "kim")
        let stored = try e.sql { try String.fetchOne($0, sql: "SELECT key_hash FROM buyer WHERE name = 'kim'") }
        #expect(stored?.count == 64 && stored != credentials.key.value && stored?.contains(credentials.key.value.dropFirst(3)) == false)
    }
}
