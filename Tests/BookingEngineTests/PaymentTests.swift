import BookingEngine
import GRDB
import Testing

@Suite struct PaymentTests {
    /// An admitted buyer with `points` and holds on the given seat numbers (1-based) of the open date.
    static func buyer(
        _ e: TestEngine, _ user: String, points: Int64, seats: [Int]
    ) async throws -> (token: TokenID, holds: [Hold]) {
        let token = try await e.admitted(user)
        if points > 0 { _ = try await e.engine.charge(user: user, amount: points) }
        let all = try await e.openSeats(token: token)
        let holds = try await e.engine.hold(token: token, seats: seats.map { all[$0 - 1].id })
        return (token, holds)
    }

    @Test(arguments: StoreKind.allCases) func paymentDebitsConfirmsSellsAndEndsTheVisit(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let (alice, holds) = try await Self.buyer(e, "alice", points: 1000, seats: [1, 11])
        let receipt = try await e.engine.pay(token: alice, reservations: holds.map(\.id))
        #expect(receipt.amount == 400 && receipt.balanceAfter == 600 && !receipt.wasAlreadyPaid)
        #expect(receipt.bookings.map(\.id) == holds.map(\.id))
        #expect(try await e.engine.balance(user: "alice") == 600)
        let ledger = try await e.engine.ledger(user: "alice")
        #expect(ledger.map(\.kind) == [.payment, .charge])
        #expect(ledger[0].amount == 400 && ledger[0].payment == receipt.payment)
        #expect(try await e.engine.bookings(user: "alice") == receipt.bookings)
        #expect(try await e.engine.holds(user: "alice").isEmpty)
        // No holds left: the token expired with the payment.
        #expect(await errorCode { try await e.engine.concerts(token: alice) } == "TOKEN_EXPIRED")
        let bob = try await e.admitted("bob")
        let seats = try await e.openSeats(token: bob)
        #expect(seats[0].state == .sold && seats[10].state == .sold)
        #expect(await errorCode { try await e.engine.hold(token: bob, seats: [seats[0].id]) } == "SEAT_UNAVAILABLE")
        #expect(try await e.violations().isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func tokenStaysActiveWhileOtherHoldsRemain(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let (alice, holds) = try await Self.buyer(e, "alice", points: 1000, seats: [20, 21])
        _ = try await e.engine.pay(token: alice, reservations: [holds[0].id])
        #expect(try await e.engine.queueStatus(token: alice).isActive)
        #expect(try await e.engine.holds(user: "alice") == [holds[1]])
        _ = try await e.engine.pay(token: alice, reservations: [holds[1].id])
        #expect(await errorCode { try await e.engine.queueStatus(token: alice) } == "TOKEN_EXPIRED")
    }

    @Test(arguments: StoreKind.allCases) func payingAgainReturnsTheFirstReceiptWithoutCharging(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let (alice, holds) = try await Self.buyer(e, "alice", points: 500, seats: [12, 13])
        let first = try await e.engine.pay(token: alice, reservations: holds.map(\.id))
        let before = try await e.snapshot("alice")
        e.clock.advance(by: .seconds(30))
        let again = try await e.engine.pay(token: alice, reservations: holds.map(\.id))
        let part = try await e.engine.pay(token: alice, reservations: [holds[1].id])
        #expect(again.wasAlreadyPaid && part.wasAlreadyPaid)
        #expect(again.payment == first.payment && again.amount == first.amount && again.bookings == first.bookings)
        #expect(again.paidAt == first.paidAt && part.payment == first.payment)
        #expect(try await e.snapshot("alice") == before)
    }

    @Test(arguments: StoreKind.allCases) func payingForAPaidAndAnUnpaidHoldTogetherIsAlreadyPaid(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let (alice, holds) = try await Self.buyer(e, "alice", points: 500, seats: [14, 15])
        _ = try await e.engine.pay(token: alice, reservations: [holds[0].id])
        let before = try await e.snapshot("alice")
        let result = await outcome { try await e.engine.pay(token: alice, reservations: holds.map(\.id)) }
        #expect(result.failure == .alreadyPaid(holds[0].id))
        #expect(try await e.snapshot("alice") == before)
        let release = await outcome { try await e.engine.release(token: alice, reservation: holds[0].id) }
        #expect(release.failure?.code == "ALREADY_PAID")
    }

    @Test(arguments: StoreKind.allCases) func holdExpiredOneSecondAgoFailsWithoutDebitAndFreesTheSeat(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let (alice, holds) = try await Self.buyer(e, "alice", points: 500, seats: [30])
        e.clock.advance(by: .seconds(301))
        let before = try await e.engine.ledger(user: "alice")
        #expect(await errorCode { try await e.engine.pay(token: alice, reservations: [holds[0].id]) } == "HOLD_EXPIRED")
        #expect(try await e.engine.balance(user: "alice") == 500)
        #expect(try await e.engine.ledger(user: "alice") == before)
        #expect(try await e.engine.bookings(user: "alice").isEmpty)
        let id = holds[0].id
        #expect(try await e.stored { try $0.reservation(id)?.status } == .canceled)
        let bob = try await e.admitted("bob")
        let seat = try await e.openSeats(token: bob)[29]
        #expect(seat.state == .free)
        #expect(try await e.engine.hold(token: bob, seats: [seat.id]).count == 1)
        // Paying again for the released hold stays refused.
        #expect(await errorCode { try await e.engine.pay(token: alice, reservations: [holds[0].id]) } == "HOLD_EXPIRED")
        #expect(try await e.violations().isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func shortBalanceIsNotEnoughPointsAndChangesNothing(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let (alice, holds) = try await Self.buyer(e, "alice", points: 350, seats: [1, 11])
        let before = try await e.snapshot("alice")
        let result = await outcome { try await e.engine.pay(token: alice, reservations: holds.map(\.id)) }
        #expect(result.failure == .notEnoughPoints(balance: 350, needed: 400))
        #expect(result.failure?.message.contains("Top up 50 points") == true)
        #expect(try await e.snapshot("alice") == before)
        _ = try await e.engine.charge(user: "alice", amount: 50)
        #expect(try await e.engine.pay(token: alice, reservations: holds.map(\.id)).balanceAfter == 0)
    }

    @Test(arguments: StoreKind.allCases) func aTokenActsOnlyForItsOwnBuyer(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let (_, holds) = try await Self.buyer(e, "alice", points: 500, seats: [40])
        let bob = try await e.admitted("bob")
        _ = try await e.engine.charge(user: "bob", amount: 500)
        let before = (try await e.snapshot("alice"), try await e.snapshot("bob"))
        let pay = await outcome { try await e.engine.pay(token: bob, reservations: [holds[0].id]) }
        let release = await outcome { try await e.engine.release(token: bob, reservation: holds[0].id) }
        #expect(pay.failure == .notYourReservation(holds[0].id))
        #expect(release.failure == .notYourReservation(holds[0].id))
        #expect((try await e.snapshot("alice"), try await e.snapshot("bob")) == before)
    }

    @Test(arguments: StoreKind.allCases) func badPaymentRequestsChangeNothing(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let (alice, holds) = try await Self.buyer(e, "alice", points: 500, seats: [41])
        let before = try await e.snapshot("alice")
        #expect(await errorCode { try await e.engine.pay(token: alice, reservations: []) } == "INVALID_REQUEST")
        #expect(await errorCode { try await e.engine.pay(token: alice, reservations: [holds[0].id, holds[0].id]) } == "INVALID_REQUEST")
        #expect(await errorCode { try await e.engine.pay(token: alice, reservations: [holds[0].id, ReservationID(777)]) } == "RESERVATION_NOT_FOUND")
        #expect(try await e.snapshot("alice") == before)
    }

    @Test(arguments: StoreKind.allCases) func expiredTokenCannotPay(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let (alice, holds) = try await Self.buyer(e, "alice", points: 500, seats: [42])
        e.clock.advance(by: .seconds(600))
        #expect(await errorCode { try await e.engine.pay(token: alice, reservations: [holds[0].id]) } == "TOKEN_EXPIRED")
        #expect(try await e.engine.balance(user: "alice") == 500)
        #expect(try await e.engine.bookings(user: "alice").isEmpty)
    }

    /// A payment retried with its key after its token was swept answers with its receipt,
    /// charging nothing; the same key for other holds is refused before anything else.
    @Test(arguments: StoreKind.allCases) func aPaymentRetriedAfterTheSweepGetsItsReceipt(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let (alice, holds) = try await Self.buyer(e, "alice", points: 1000, seats: [1, 2])
        let key = IdempotencyKey.random()
        let first = try await e.engine.pay(token: alice, reservations: holds.map(\.id), key: key)
        e.clock.advance(by: .seconds(400))
        #expect(try await e.engine.sweepExpiredTokens() == 1)
        #expect(await errorCode { try await e.engine.queueStatus(token: alice) } == "TOKEN_NOT_FOUND")
        let before = try await e.snapshot("alice")
        let again = try await e.engine.pay(token: alice, reservations: holds.map(\.id), key: key)
        #expect(again.payment == first.payment && again.amount == first.amount && again.bookings == first.bookings)
        #expect(again.balanceAfter == first.balanceAfter && again.wasAlreadyPaid)
        #expect(try await e.snapshot("alice") == before)
        let other = await outcome { try await e.engine.pay(token: alice, reservations: [holds[0].id], key: key) }
        #expect(other.failure == .idempotencyKeyReused)
    }

    /// Two terminals of one buyer at checkout: the second pays after the first has paid and
    /// its token was swept. It gets the first payment's receipt, under its own key, and
    /// nothing is charged; a swept token still cannot pay for, nor read the receipt of,
    /// anything it did not pay for.
    @Test(arguments: StoreKind.allCases) func theSecondTerminalPayingAfterTheSweepGetsTheReceipt(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let (alice, holds) = try await Self.buyer(e, "alice", points: 1000, seats: [1, 2])
        let first = try await e.engine.pay(token: alice, reservations: holds.map(\.id), key: .random())
        e.clock.advance(by: .seconds(400))
        #expect(try await e.engine.sweepExpiredTokens() == 1)
        let before = try await e.snapshot("alice")
        let again = try await e.engine.pay(token: alice, reservations: holds.map(\.id), key: .random())
        #expect(again.payment == first.payment && again.bookings == first.bookings && again.wasAlreadyPaid)
        let part = try await e.engine.pay(token: alice, reservations: [holds[1].id], key: .random())
        #expect(part.payment == first.payment && part.wasAlreadyPaid)
        #expect(try await e.snapshot("alice") == before)
        let (bob, bobs) = try await Self.buyer(e, "bob", points: 1000, seats: [6, 7])
        let mixed = [holds[0].id, bobs[0].id]
        #expect(await errorCode { try await e.engine.pay(token: alice, reservations: mixed, key: .random()) } == "TOKEN_NOT_FOUND")
        _ = try await e.engine.pay(token: bob, reservations: [bobs[0].id], key: .random())
        #expect(await errorCode { try await e.engine.pay(token: alice, reservations: [bobs[0].id], key: .random()) } == "TOKEN_NOT_FOUND")
        #expect(try await e.violations().isEmpty)
    }

    /// Ownership is checked in the statement that acts: the two spellings of one name are
    /// one buyer, so each pays for and releases only what that buyer holds.
    @Test(arguments: StoreKind.allCases) func twoSpellingsOfOneNameAreOneBuyer(store: StoreKind) async throws {
        let e = try await TestEngine(store)
        let composed = "Jos\u{E9}", decomposed = "Jose\u{301}"
        let syllables = "\u{BBFC}\u{C9C0}", jamo = "\u{1106}\u{1175}\u{11AB}\u{110C}\u{1175}"
        let jose = try await e.admitted(composed)
        #expect(try await e.engine.issueToken(user: decomposed).token == jose)
        let minji = try await e.admitted(syllables)
        #expect(try await e.engine.issueToken(user: jamo).token == minji)
        _ = try await e.engine.charge(user: decomposed, amount: 300)
        #expect(try await e.engine.balance(user: composed) == 300)
        let seats = try await e.openSeats(token: jose)
        let hold = try await e.engine.hold(token: jose, seats: [seats[5].id])[0]
        #expect(try await e.engine.holds(user: decomposed) == [hold])
        let release = await outcome { try await e.engine.release(token: minji, reservation: hold.id) }
        #expect(release.failure == .notYourReservation(hold.id))
        #expect(try await e.engine.pay(token: jose, reservations: [hold.id]).amount == 300)
        #expect(try await e.engine.bookings(user: decomposed).map(\.id) == [hold.id])
        #expect(try await e.engine.snapshot().buyers == 2)
        #expect(try await e.violations().isEmpty)
    }
}
