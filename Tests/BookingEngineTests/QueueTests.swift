import BookingEngine
import GRDB
import Testing

@Suite struct QueueTests {
    static func config(capacity: Int = 2, activeLifetime: Duration = .seconds(600)) -> EngineConfiguration {
        var configuration = EngineConfiguration()
        configuration.activeCapacity = capacity
        configuration.activeTokenLifetime = activeLifetime
        return configuration
    }

    @Test(arguments: StoreKind.allCases) func instantAdmissionWhenLineIsEmptyAndThereIsRoom(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.config(capacity: 2))
        let first = try await e.engine.issueToken(user: "alice")
        let second = try await e.engine.issueToken(user: "bob")
        let third = try await e.engine.issueToken(user: "carol")
        #expect(first.isActive)
        #expect(second.isActive)
        #expect(third.position == 1)
        #expect(third.waitingCount == 1)
        #expect(first.token.rawValue.hasSuffix("-1") && second.token.rawValue.hasSuffix("-2") && third.token.rawValue.hasSuffix("-3"))
        #expect(Set([first, second, third].map { $0.token.rawValue.prefix(32) }).count == 3)
    }

    @Test(arguments: StoreKind.allCases) func noInstantAdmissionWhileOthersWait(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.config(capacity: 1, activeLifetime: .seconds(60)))
        _ = try await e.engine.issueToken(user: "alice")
        let bob = try await e.engine.issueToken(user: "bob")
        e.clock.advance(by: .seconds(61))
        // Alice's shopping time is over, so there is room, but Bob is still first in line.
        #expect(try await e.engine.queueStatus(token: bob.token).position == 1)
        let carol = try await e.engine.issueToken(user: "carol")
        #expect(carol.position == 2)
        #expect(try await e.engine.runAdmission() == 1)
        #expect(try await e.engine.queueStatus(token: bob.token).isActive)
        #expect(try await e.engine.queueStatus(token: carol.token).position == 1)
    }

    @Test(arguments: StoreKind.allCases) func askingAgainReturnsTheSameTokenAndPlace(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.config(capacity: 1))
        let alice = try await e.engine.issueToken(user: "alice")
        let bob = try await e.engine.issueToken(user: "bob")
        _ = try await e.engine.issueToken(user: "carol")
        e.clock.advance(by: .seconds(30))
        let again = try await e.engine.issueToken(user: "bob")
        #expect(again.token == bob.token)
        #expect(again.position == 1)
        #expect(try await e.engine.issueToken(user: "alice").token == alice.token)
        #expect(try await e.engine.queueStatus(token: bob.token).waitingCount == 2)
    }

    @Test(arguments: StoreKind.allCases) func sameMillisecondArrivalsAreAdmittedInIssueOrder(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.config(capacity: 3, activeLifetime: .seconds(60)))
        _ = try await e.admitted(["a", "b", "c"])
        var tokens: [TokenID] = []
        for index in 0..<10 {
            let status = try await e.engine.issueToken(user: "user\(index)")
            #expect(status.position == index + 1)
            tokens.append(status.token)
        }
        for round in 1...3 {
            e.clock.advance(by: .seconds(60))
            #expect(try await e.engine.runAdmission() == 3)
            let admitted = round * 3
            for index in (admitted - 3)..<tokens.count {
                let status = try await e.engine.queueStatus(token: tokens[index])
                #expect(status.isActive == (index < admitted))
                if index >= admitted { #expect(status.position == index - admitted + 1) }
            }
        }
    }

    /// Positions checked against a brute-force model while people ahead leave by
    /// admission and by lapsing, over more than one 256-number bucket of the index.
    @Test(arguments: StoreKind.allCases) func positionsStayExactAfterPeopleAheadLeave(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.config(capacity: 40, activeLifetime: .seconds(30)))
        _ = try await e.admitted((1...40).map { "shopper\($0)" })
        var line: [(user: String, token: TokenID)] = []
        for index in 0..<600 {
            if index == 300 { try await e.pass(.seconds(60)) }
            let user = "waiter\(index)"
            line.append((user, try await e.engine.issueToken(user: user).token))
        }
        // The first 300 never poll again and lapse at +130 s (a lifetime and its slack);
        // the rest were issued at +60 s.
        try await e.pass(.seconds(71))
        // Shoppers' time is over: 40 places open, taken by the oldest *live* waiters.
        #expect(try await e.engine.runAdmission() == 40)
        var model = Array(line[300...])
        model.removeFirst(40)
        var polled: [(user: String, token: TokenID)] = []
        for (index, entry) in model.enumerated() where index % 7 == 0 || index == model.count - 1 {
            let status = try await e.engine.queueStatus(token: entry.token)
            #expect(status.position == index + 1, "\(entry.user)")
            #expect(status.waitingCount == model.count)
            polled.append(entry)
        }
        #expect(await errorCode { try await e.engine.queueStatus(token: line[0].token) } == "TOKEN_NOT_FOUND")
        // At +191 s the waiters who did not poll lapse. Lapsed waiters leave the line at once
        // but only the sweep deletes rows: it drops them, the first 300 and the 40 shoppers
        // admitted at +131 s (admission itself deleted the first 40, whose time was over).
        try await e.pass(.seconds(60))
        #expect(try await e.engine.sweepExpiredTokens() == model.count - polled.count + 300 + 40)
        for (index, entry) in polled.enumerated() {
            #expect(try await e.engine.queueStatus(token: entry.token).position == index + 1, "\(entry.user)")
        }
        #expect(try await e.violations().isEmpty)
    }

    /// Every third waiter leaves, all over one 256-number bucket of the index and into the
    /// next one, so that waiters on both sides of every 64-number boundary stay and have
    /// departures just ahead of them; everyone moves up exactly.
    @Test(arguments: StoreKind.allCases) func positionsStayExactWhenEveryThirdWaiterLeaves(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.config(capacity: 1))
        _ = try await e.admitted("shopper")
        var line: [(seq: Int, token: TokenID)] = []
        for seq in 2...300 {
            line.append((seq, try await e.engine.issueToken(user: "waiter\(seq)").token))
        }
        let leaving = Set((2...300).filter { $0 % 3 == 0 })
        try await e.pass(.seconds(60))
        for entry in line where !leaving.contains(entry.seq) {
            _ = try await e.engine.queueStatus(token: entry.token)
        }
        try await e.pass(.seconds(71))
        let staying = line.filter { !leaving.contains($0.seq) }
        for (index, entry) in staying.enumerated() {
            #expect(try await e.engine.queueStatus(token: entry.token).position == index + 1, "number \(entry.seq)")
        }
        #expect(try await e.engine.sweepExpiredTokens() == leaving.count)
        for (index, entry) in staying.enumerated() {
            #expect(try await e.engine.queueStatus(token: entry.token).position == index + 1, "number \(entry.seq)")
        }
    }

    /// A token issue counts the lapsed waiters out in its own transaction before it reads
    /// the line's totals: a newcomer, and a lapsed waiter coming back, are placed behind the
    /// live waiters only, whether or not any sweep ran.
    @Test(arguments: StoreKind.allCases) func newcomersArePlacedBehindLiveWaitersOnly(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.config(capacity: 1))
        _ = try await e.admitted("shopper")
        var line: [TokenID] = []
        for index in 1...5 { line.append(try await e.engine.issueToken(user: "waiter\(index)").token) }
        try await e.pass(.seconds(60))
        _ = try await e.engine.queueStatus(token: line[1])
        _ = try await e.engine.queueStatus(token: line[3])
        try await e.pass(.seconds(71))
        let newcomer = try await e.engine.issueToken(user: "newcomer")
        #expect(newcomer.position == 3)
        #expect(newcomer.waitingCount == 3)
        let back = try await e.engine.issueToken(user: "waiter1")
        #expect(back.token != line[0])
        #expect(back.position == 4)
        #expect(try await e.engine.queueStatus(token: line[3]).position == 2)
        #expect(try await e.violations().isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func waitingTokenLapsesWithoutPollsAndPollsKeepItAlive(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.config(capacity: 1))
        _ = try await e.engine.issueToken(user: "alice")
        let polled = try await e.engine.issueToken(user: "bob").token
        let idle = try await e.engine.issueToken(user: "carol").token
        try await e.pass(.seconds(100))
        _ = try await e.engine.queueStatus(token: polled)
        try await e.pass(.seconds(29))
        #expect(try await e.engine.snapshot().waiting == 2, "a lifetime and its slack after joining, carol is still in line")
        try await e.pass(.seconds(2))
        #expect(try await e.engine.snapshot().waiting == 1)
        #expect(await errorCode { try await e.engine.queueStatus(token: idle) } == "TOKEN_NOT_FOUND")
        #expect(try await e.engine.queueStatus(token: polled).position == 1)
    }

    /// A place lasts the full waiting lifetime after every poll, however the keep-alives
    /// fall: polled at 1:59 after a keep-alive, a waiter is still in line 2:00 after that poll.
    @Test(arguments: StoreKind.allCases) func aPlaceLastsTheFullLifetimeAfterEachPoll(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.config(capacity: 1))
        _ = try await e.engine.issueToken(user: "alice")
        let bob = try await e.engine.issueToken(user: "bob").token
        for _ in 0..<10 {
            try await e.pass(.seconds(5))
            _ = try await e.engine.queueStatus(token: bob)
        }
        try await e.pass(.seconds(119))
        _ = try await e.engine.queueStatus(token: bob)
        try await e.pass(.milliseconds(119_999))
        #expect(try await e.engine.queueStatus(token: bob).position == 1)
        try await e.pass(.seconds(131))
        #expect(await errorCode { try await e.engine.queueStatus(token: bob) } == "TOKEN_NOT_FOUND")
    }

    @Test(arguments: StoreKind.allCases) func expiredActiveTokenIsRefusedBeforeAndAfterTheSweep(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.config(capacity: 1, activeLifetime: .seconds(60)))
        let alice = try await e.admitted("alice")
        e.clock.advance(by: .seconds(60))
        #expect(await errorCode { try await e.engine.concerts(token: alice) } == "TOKEN_EXPIRED")
        #expect(await errorCode { try await e.engine.queueStatus(token: alice) } == "TOKEN_EXPIRED")
        #expect(try await e.engine.sweepExpiredTokens() == 1)
        #expect(try await e.engine.sweepExpiredTokens() == 0)
        #expect(await errorCode { try await e.engine.concerts(token: alice) } == "TOKEN_NOT_FOUND")
        let fresh = try await e.engine.issueToken(user: "alice")
        #expect(fresh.isActive && fresh.token != alice)
    }

    @Test(arguments: StoreKind.allCases) func unknownTokenIsNotFoundEverywhere(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let ghost = TokenID.guessed()
        #expect(await errorCode { try await e.engine.queueStatus(token: ghost) } == "TOKEN_NOT_FOUND")
        #expect(await errorCode { try await e.engine.concerts(token: ghost) } == "TOKEN_NOT_FOUND")
        #expect(await errorCode { try await e.engine.dates(token: ghost, concert: ConcertID(1)) } == "TOKEN_NOT_FOUND")
        #expect(await errorCode { try await e.engine.seatMap(token: ghost, date: DateID(1)) } == "TOKEN_NOT_FOUND")
        #expect(await errorCode { try await e.engine.hold(token: ghost, seats: [SeatID(1)]) } == "TOKEN_NOT_FOUND")
        #expect(await errorCode { try await e.engine.pay(token: ghost, reservations: [ReservationID(1)]) } == "TOKEN_NOT_FOUND")
        #expect(await errorCode { try await e.engine.release(token: ghost, reservation: ReservationID(1)) } == "TOKEN_NOT_FOUND")
    }

    /// Numbers are never issued twice, even when the newest token is deleted: the next
    /// one gets a fresh number, and places in line stay right.
    @Test(arguments: StoreKind.allCases) func numbersAreNeverIssuedTwice(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.config(capacity: 1))
        _ = try await e.admitted("ann")
        let bob = try await e.engine.issueToken(user: "bob").token
        let cy = try await e.engine.issueToken(user: "cy").token
        #expect(cy.rawValue.hasSuffix("-3"))
        try await e.pass(.seconds(100))
        _ = try await e.engine.queueStatus(token: bob)
        try await e.pass(.seconds(31))
        #expect(try await e.engine.sweepExpiredTokens() == 1)
        let dee = try await e.engine.issueToken(user: "dee")
        #expect(dee.token.rawValue.hasSuffix("-4") && dee.position == 2)
        #expect(try await e.engine.queueStatus(token: bob).position == 1)
        let cyAgain = try await e.engine.issueToken(user: "cy")
        #expect(cyAgain.token.rawValue.hasSuffix("-5") && cyAgain.position == 3)
        #expect(try await e.violations() == [])
    }

    /// One token per buyer is a rule of the file, not only of the engine: SQL that would
    /// give a buyer a second token, move a buyer's token number while the token exists, or
    /// hand a token to someone else is refused, and changes nothing.
    @Test func oneTokenPerBuyerIsARuleOfTheFile() async throws {
        let e = try await TestEngine(configuration: Self.config(capacity: 1))
        _ = try await e.admitted("ann")
        let bob = try await e.engine.issueToken(user: "bob")
        let secret = String(repeating: "a", count: 32)
        let attempts = [
            "INSERT INTO token (number, secret, buyer, status, issued_at, expires_at) VALUES (99, '\(secret)', 'bob', 'waiting', 0, 9e15)",
            "UPDATE buyer SET token_number = 99 WHERE name = 'bob'",
            "UPDATE token SET buyer = 'ann' WHERE buyer = 'bob'",
            "UPDATE token SET number = 99 WHERE buyer = 'bob'",
            "INSERT INTO token (number, secret, buyer, status, issued_at, expires_at) VALUES (1, '\(secret)', 'cy', 'waiting', 0, 9e15)",
        ]
        for sql in attempts {
            #expect(throws: DatabaseError.self, "\(sql)") { try e.sql { try $0.execute(sql: sql) } }
        }
        let rows = try e.sql { try Row.fetchAll($0, sql: "SELECT t.number, t.buyer, b.token_number FROM token t JOIN buyer b ON b.name = t.buyer ORDER BY t.number") }
        #expect(rows.map { [$0[0] as Int64, $0[2] as Int64] } == [[1, 1], [2, 2]])
        #expect(rows.map { $0[1] as String } == ["ann", "bob"])
        #expect(try await e.engine.queueStatus(token: bob.token).position == 1)
    }

    /// A token's number in line is in its id, but the number alone finds nothing: another
    /// secret with the same number, the bare secret, and ids not spelled as the engine spells
    /// them are all unknown, and the real token still works after them.
    @Test(arguments: StoreKind.allCases) func aTokensNumberWithoutItsSecretIsNotFound(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.config(capacity: 1))
        _ = try await e.admitted("ann")
        let bob = try await e.engine.issueToken(user: "bob").token
        let dash = try #require(bob.rawValue.firstIndex(of: "-"))
        let secret = String(bob.rawValue[..<dash])
        let number = String(bob.rawValue[bob.rawValue.index(after: dash)...])
        #expect(secret.count == 32 && Int64(number, radix: 16) != nil)
        let impostors = [
            TokenID.guessed(sequence: Int64(number, radix: 16) ?? 0), TokenID(rawValue: secret),
            TokenID(rawValue: secret.uppercased() + "-" + number), TokenID(rawValue: secret + "-0"),
            TokenID(rawValue: secret + "-" + number + "0"), TokenID(rawValue: secret + "--" + number),
            TokenID(rawValue: secret + "-+" + number), TokenID(rawValue: secret + "-0" + number),
            TokenID(rawValue: ""), TokenID(rawValue: "-" + number),
        ]
        for impostor in impostors {
            #expect(await errorCode { try await e.engine.queueStatus(token: impostor) } == "TOKEN_NOT_FOUND", "\(impostor)")
        }
        #expect(try await e.engine.queueStatus(token: bob).position == 1)
    }

    @Test(arguments: StoreKind.allCases) func waitingTokenCannotBrowseHoldOrPay(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.config(capacity: 1, activeLifetime: .seconds(60)))
        let alice = try await e.admitted("alice")
        _ = try await e.engine.charge(user: "alice", amount: 1000)
        let seat = try await e.openSeats(token: alice)[20]
        let hold = try await e.engine.hold(token: alice, seats: [seat.id])[0]
        _ = try await e.engine.issueToken(user: "bob")
        e.clock.advance(by: .seconds(60))
        // Alice's time ran out while her hold is still live; she joins the line behind Bob.
        let again = try await e.engine.issueToken(user: "alice")
        #expect(again.position == 2)
        let waiting = again.token
        #expect(await errorCode { try await e.engine.concerts(token: waiting) } == "TOKEN_NOT_ACTIVE")
        #expect(await errorCode { try await e.engine.dates(token: waiting, concert: ConcertID(1)) } == "TOKEN_NOT_ACTIVE")
        #expect(await errorCode { try await e.engine.seatMap(token: waiting, date: hold.seat.dateID) } == "TOKEN_NOT_ACTIVE")
        #expect(await errorCode { try await e.engine.hold(token: waiting, seats: [SeatID(1)]) } == "TOKEN_NOT_ACTIVE")
        let before = try await e.snapshot("alice")
        #expect(await errorCode { try await e.engine.pay(token: waiting, reservations: [hold.id]) } == "TOKEN_NOT_ACTIVE")
        #expect(try await e.snapshot("alice") == before)
        if case .failure(.tokenNotActive(let position)) = await outcome({ try await e.engine.concerts(token: waiting) }) {
            #expect(position == 2)
        } else {
            Issue.record("expected tokenNotActive with the position")
        }
    }

    @Test(arguments: StoreKind.allCases) func waitEstimateGrowsWithThePlaceInLine(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.config(capacity: 1, activeLifetime: .seconds(60)))
        _ = try await e.engine.issueToken(user: "alice")
        let bob = try await e.engine.issueToken(user: "bob").token
        let carol = try await e.engine.issueToken(user: "carol").token
        e.clock.advance(by: .seconds(60))
        #expect(try await e.engine.runAdmission() == 1)
        guard case .waiting(1, .range(let low1, let high1)) = try await e.engine.queueStatus(token: carol).phase,
            case .waiting(2, .range(let low2, let high2)) = try await e.engine.issueToken(user: "dave").phase
        else {
            Issue.record("carol and dave should wait with estimates"); return
        }
        #expect(try await e.engine.queueStatus(token: bob).isActive)
        #expect(0 < low1 && low1 <= high1 && low1 <= low2 && high1 < high2)
    }

    @Test(arguments: StoreKind.allCases) func instantAdmissionsDoNotMakeAnEstimate(store: StoreKind) async throws {
        let e = try await TestEngine(store, configuration: Self.config(capacity: 2, activeLifetime: .seconds(60)))
        #expect(try await e.engine.issueToken(user: "alice").isActive)
        #expect(try await e.engine.issueToken(user: "bob").isActive)
        let carol = try await e.engine.issueToken(user: "carol")
        #expect(carol.phase == .waiting(position: 1, estimatedWait: .unknown))
    }
}
