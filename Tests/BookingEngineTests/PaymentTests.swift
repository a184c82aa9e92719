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

    @Test func paymentDebitsConfirmsSellsAndEndsTheVisit() async throws {
        let e = try await TestEngine()
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
        #expect(try e.violations().isEmpty)
    }

    @Test func tokenStaysActiveWhileOtherHoldsRemain() async throws {
        let e = try await TestEngine()
        let (alice, holds) = try await Self.buyer(e, "alice", points: 1000, seats: [20, 21])
        _ = try await e.engine.pay(token: alice, reservations: [holds[0].id])
        #expect(try await e.engine.queueStatus(token: alice).isActive)
        #expect(try await e.engine.holds(user: "alice") == [holds[1]])
        _ = try await e.engine.pay(token: alice, reservations: [holds[1].id])
        #expect(await errorCode { try await e.engine.queueStatus(token: alice) } == "TOKEN_EXPIRED")
    }

    @Test func payingAgainReturnsTheFirstReceiptWithoutCharging() async throws {
        let e = try await TestEngine()
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

    @Test func payingForAPaidAndAnUnpaidHoldTogetherIsAlreadyPaid() async throws {
        let e = try await TestEngine()
        let (alice, holds) = try await Self.buyer(e, "alice", points: 500, seats: [14, 15])
        _ = try await e.engine.pay(token: alice, reservations: [holds[0].id])
        let before = try await e.snapshot("alice")
        let result = await outcome { try await e.engine.pay(token: alice, reservations: holds.map(\.id)) }
        #expect(result.failure == .alreadyPaid(holds[0].id))
        #expect(try await e.snapshot("alice") == before)
        let release = await outcome { try await e.engine.release(token: alice, reservation: holds[0].id) }
        #expect(release.failure?.code == "ALREADY_PAID")
    }

    @Test func holdExpiredOneSecondAgoFailsWithoutDebitAndFreesTheSeat() async throws {
        let e = try await TestEngine()
        let (alice, holds) = try await Self.buyer(e, "alice", points: 500, seats: [30])
        e.clock.advance(by: .seconds(301))
        let before = try await e.engine.ledger(user: "alice")
        #expect(await errorCode { try await e.engine.pay(token: alice, reservations: [holds[0].id]) } == "HOLD_EXPIRED")
        #expect(try await e.engine.balance(user: "alice") == 500)
        #expect(try await e.engine.ledger(user: "alice") == before)
        #expect(try await e.engine.bookings(user: "alice").isEmpty)
        let status = try e.sql { try String.fetchOne($0, sql: "SELECT status FROM reservation WHERE id = ?", arguments: [holds[0].id.rawValue]) }
        #expect(status == "canceled")
        let bob = try await e.admitted("bob")
        let seat = try await e.openSeats(token: bob)[29]
        #expect(seat.state == .free)
        #expect(try await e.engine.hold(token: bob, seats: [seat.id]).count == 1)
        // Paying again for the released hold stays refused.
        #expect(await errorCode { try await e.engine.pay(token: alice, reservations: [holds[0].id]) } == "HOLD_EXPIRED")
        #expect(try e.violations().isEmpty)
    }

    @Test func shortBalanceIsNotEnoughPointsAndChangesNothing() async throws {
        let e = try await TestEngine()
        let (alice, holds) = try await Self.buyer(e, "alice", points: 350, seats: [1, 11])
        let before = try await e.snapshot("alice")
        let result = await outcome { try await e.engine.pay(token: alice, reservations: holds.map(\.id)) }
        #expect(result.failure == .notEnoughPoints(balance: 350, needed: 400))
        #expect(result.failure?.message.contains("Top up 50 points") == true)
        #expect(try await e.snapshot("alice") == before)
        _ = try await e.engine.charge(user: "alice", amount: 50)
        #expect(try await e.engine.pay(token: alice, reservations: holds.map(\.id)).balanceAfter == 0)
    }

    @Test func aTokenActsOnlyForItsOwnBuyer() async throws {
        let e = try await TestEngine()
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

    @Test func badPaymentRequestsChangeNothing() async throws {
        let e = try await TestEngine()
        let (alice, holds) = try await Self.buyer(e, "alice", points: 500, seats: [41])
        let before = try await e.snapshot("alice")
        #expect(await errorCode { try await e.engine.pay(token: alice, reservations: []) } == "INVALID_REQUEST")
        #expect(await errorCode { try await e.engine.pay(token: alice, reservations: [holds[0].id, holds[0].id]) } == "INVALID_REQUEST")
        #expect(await errorCode { try await e.engine.pay(token: alice, reservations: [holds[0].id, ReservationID(777)]) } == "RESERVATION_NOT_FOUND")
        #expect(try await e.snapshot("alice") == before)
    }

    @Test func expiredTokenCannotPay() async throws {
        let e = try await TestEngine()
        let (alice, holds) = try await Self.buyer(e, "alice", points: 500, seats: [42])
        try e.sql { try $0.execute(sql: "UPDATE token SET expires_at = 0") }
        #expect(await errorCode { try await e.engine.pay(token: alice, reservations: [holds[0].id]) } == "TOKEN_EXPIRED")
        #expect(try await e.engine.balance(user: "alice") == 500)
        #expect(try await e.engine.holds(user: "alice") == holds)
    }
}
