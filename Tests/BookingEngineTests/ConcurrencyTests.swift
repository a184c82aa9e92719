import BookingEngine
import GRDB
import Testing

@Suite struct ConcurrencyTests {
    static func config(capacity: Int, activeLifetime: Duration = .seconds(600)) -> EngineConfiguration {
        var configuration = EngineConfiguration()
        configuration.activeCapacity = capacity
        configuration.activeTokenLifetime = activeLifetime
        return configuration
    }

    @Test(arguments: StoreKind.allCases) func hundredBuyersHoldingOneSeatMakeOneWinner(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.config(capacity: 100))
        let tokens = try await e.admitted((1...100).map { "buyer\($0)" })
        let seat = try await e.openSeats(token: tokens[0])[4]
        let results = await withTaskGroup(of: Result<[Hold], BookingError>.self) { group in
            for token in tokens { group.addTask { await outcome { try await e.engine.hold(token: token, seats: [seat.id]) } } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let winners = results.filter { if case .success = $0 { true } else { false } }
        #expect(winners.count == 1)
        #expect(results.filter { $0.failure == .seatUnavailable(seatNumber: 5) }.count == 99)
        let seen = try await e.openSeats(token: tokens[0])[4].state
        #expect(seen == .held || seen == .heldByYou(try #require(try winners.first?.get().first?.id), until: e.clock.now() + .seconds(300)))
        let now = e.clock.now().milliseconds
        #expect(try await e.stored { try $0.liveHoldTotal(now: now) } == 1)
        #expect(try await e.engine.audit().seatsDoublyTaken == 0)
    }

    @Test(arguments: StoreKind.allCases) func fiftyBuyersHoldingFiftySeatsAllSucceed(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.config(capacity: 50))
        let tokens = try await e.admitted((1...50).map { "buyer\($0)" })
        let seats = try await e.openSeats(token: tokens[0])
        let results = await withTaskGroup(of: Result<[Hold], BookingError>.self) { group in
            for (token, seat) in zip(tokens, seats) {
                group.addTask { await outcome { try await e.engine.hold(token: token, seats: [seat.id]) } }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { (try? $0.get().count) == 1 })
        #expect(try await e.engine.concerts(token: tokens[0])[0].dates[0].freeSeats == 0)
        #expect(try await e.openSeats(token: tokens[7]).filter { $0.state == .free }.isEmpty)
        #expect(try await e.violations().isEmpty)
    }

    /// One buyer's holds at once take turns: the hold limit counts every one of them.
    @Test(arguments: StoreKind.allCases) func oneBuyerHoldingTwelveSeatsAtOnceGetsTheLimit(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let token = try await e.admitted("alice")
        let seats = try await e.openSeats(token: token).prefix(12)
        let limit = e.engine.configuration.holdLimit
        let results = await withTaskGroup(of: Result<[Hold], BookingError>.self) { group in
            for seat in seats { group.addTask { await outcome { try await e.engine.hold(token: token, seats: [seat.id]) } } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.filter { if case .success = $0 { true } else { false } }.count == limit)
        #expect(results.filter { $0.failure == .holdLimitReached(limit: limit) }.count == seats.count - limit)
        #expect(try await e.engine.holds(user: "alice").count == limit)
        #expect(try await e.violations().isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func hundredPaymentsOfOneHoldDebitOnce(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let (alice, holds) = try await PaymentTests.buyer(e, "alice", points: 1000, seats: [1])
        let results = await withTaskGroup(of: Result<Receipt, BookingError>.self) { group in
            for _ in 0..<100 { group.addTask { await outcome { try await e.engine.pay(token: alice, reservations: [holds[0].id]) } } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let receipts = results.compactMap { try? $0.get() }
        #expect(receipts.count == 100, "retries report the first receipt: \(results.compactMap(\.failure))")
        #expect(receipts.filter { !$0.wasAlreadyPaid }.count == 1)
        #expect(Set(receipts.map(\.payment)).count == 1)
        #expect(try await e.engine.balance(user: "alice") == 700)
        #expect(try await e.engine.ledger(user: "alice").filter { $0.kind == .payment }.count == 1)
        #expect(try await e.engine.bookings(user: "alice").count == 1)
        #expect(try await e.violations().isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func fourHoldsPaidAtOnceWithPointsForTwo(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let (alice, holds) = try await PaymentTests.buyer(e, "alice", points: 200, seats: [11, 12, 13, 14])
        let results = await withTaskGroup(of: Result<Receipt, BookingError>.self) { group in
            for hold in holds { group.addTask { await outcome { try await e.engine.pay(token: alice, reservations: [hold.id]) } } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.filter { (try? $0.get().wasAlreadyPaid) == false }.count == 2)
        #expect(results.filter { $0.failure?.code == "NOT_ENOUGH_POINTS" }.count == 2)
        #expect(try await e.engine.balance(user: "alice") == 0)
        #expect(try await e.engine.ledger(user: "alice").allSatisfy { $0.balanceAfter >= 0 })
        #expect(try await e.engine.holds(user: "alice").count == 2)
        #expect(try await e.violations().isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func hundredChargesAtOnceAllCount(store: StoreKind) async throws {
        let e = try await TestEngine(store, catalog: nil)
        let results = await withTaskGroup(of: Result<Int64, BookingError>.self) { group in
            for _ in 0..<100 { group.addTask { await outcome { try await e.engine.charge(user: "alice", amount: 100) } } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(results.compactMap { try? $0.get() }) == Set(stride(from: Int64(100), through: 10_000, by: 100)))
        #expect(try await e.engine.balance(user: "alice") == 10_000)
        let ledger = try await e.engine.ledger(user: "alice")
        #expect(ledger.count == 100 && ledger.reduce(0) { $0 + $1.amount } == 10_000)
        #expect(try await e.violations().isEmpty)
    }

    @Test(arguments: StoreKind.allCases, [2, 16])
    func admissionRunsAtOnceNeverPassCapacity(store: StoreKind, runs: Int) async throws {
        let e = try await TestEngine(store, configuration: Self.config(capacity: 5, activeLifetime: .seconds(60)))
        var tokens: [TokenID] = []
        for index in 1...20 { tokens.append(try await e.engine.issueToken(user: "user\(index)").token) }
        // The first five were admitted on arrival; their shopping time ends, the others still wait.
        e.clock.advance(by: .seconds(60))
        let admitted = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<runs { group.addTask { (try? await e.engine.runAdmission()) ?? -1 } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(admitted.reduce(0, +) == 5 && admitted.allSatisfy { $0 == 0 || $0 == 5 })
        var active: [Int] = []
        for (index, token) in tokens.enumerated().dropFirst(5) where try await e.engine.queueStatus(token: token).isActive {
            active.append(index)
        }
        #expect(active == Array(5..<10))
        #expect(try await e.violations().isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func twoHundredTokenRequestsGetGaplessPlaces(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.config(capacity: 1))
        _ = try await e.admitted("shopper")
        let statuses = await withTaskGroup(of: Result<QueueStatus, BookingError>.self) { group in
            for index in 1...200 { group.addTask { await outcome { try await e.engine.issueToken(user: "fan\(index)") } } }
            return await group.reduce(into: []) { $0.append($1) }
        }.compactMap { try? $0.get() }
        #expect(statuses.compactMap(\.position).sorted() == Array(1...200))
        #expect(Set(statuses.map(\.token)).count == 200)
        // Re-reading every token gives the same places, in issue order.
        for status in statuses {
            #expect(try await e.engine.queueStatus(token: status.token).position == status.position)
        }
    }

    @Test(arguments: StoreKind.allCases, 0..<12)
    func paymentRacingTheReleaseSweepHasOneOutcome(store: StoreKind, round: Int) async throws {
        let e = try await TestEngine(store)
        let (alice, holds) = try await PaymentTests.buyer(e, "alice", points: 500, seats: [3])
        e.clock.advance(by: .milliseconds(299_990))
        async let payment = outcome { try await e.engine.pay(token: alice, reservations: [holds[0].id]) }
        async let sweep = outcome { try await e.engine.releaseExpiredHolds() }
        async let tick: Void = { for _ in 0..<(round + 1) { e.clock.advance(by: .milliseconds(2)) } }()
        let (paid, swept, _) = await (payment, sweep, tick)
        let id = holds[0].id
        let status = try await e.stored { try $0.reservation(id)?.status }
        let balance = try await e.engine.balance(user: "alice")
        switch paid {
        case .success(let receipt):
            #expect(status == .confirmed && receipt.amount == 300 && balance == 200)
            #expect((try? swept.get()) == 0)
        case .failure(let error):
            #expect(error == .holdExpired)
            #expect(status == .canceled && balance == 500)
            #expect(try await e.engine.bookings(user: "alice").isEmpty)
        }
        #expect(try await e.violations().isEmpty)
    }
}
