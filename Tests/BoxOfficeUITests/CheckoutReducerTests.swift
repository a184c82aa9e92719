import BookingEngine
import Testing
@testable import BoxOfficeUI

@Suite("Holds, payment and receipt")
struct CheckoutReducerTests {
    static let deadline = Fixture.at(seconds: 300)

    static func atCheckout() -> AppState {
        var state = Fixture.onSeatGrid()
        _ = Fixture.press([.character(" "), .right, .character(" "), .enter], &state)
        _ = reduce(&state, .seatsHeld([
            Fixture.hold(seat: 5, id: 71, expiresAt: deadline), Fixture.hold(seat: 6, id: 72, expiresAt: deadline),
        ]))
        _ = reduce(&state, .balanceLoaded(300_000))
        return state
    }

    @Test func heldSeatsOpenCheckoutWithTheirTotal() {
        let state = Self.atCheckout()
        #expect(state.screen == .checkout)
        #expect(state.selection.isEmpty)
        #expect(state.holdsTotal == 330_000)
        #expect(!state.inFlight.contains(.holding))
        #expect(state.status?.text == "Held F2 · row 3 · seats 5–6. Pay within 5:00.")
    }

    @Test func countdownIsDerivedFromTheDeadline() {
        var state = Self.atCheckout()
        _ = reduce(&state, .clockTicked(Fixture.start + .milliseconds(27_400)))
        let text = render(state, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("Pay within 4:33"))
        #expect(state.nextWakeUp == Fixture.at(seconds: 28))
        _ = reduce(&state, .clockTicked(Fixture.at(seconds: 299)))
        #expect(render(state, width: 80, height: 24).lines.joined().contains("Pay within 0:01"))
        #expect(Formatting.countdown(until: Self.deadline, now: Fixture.at(seconds: 301)) == "0:00")
    }

    @Test func expiredHoldsSendTheBuyerBackToTheGrid() {
        var state = Self.atCheckout()
        let effects = reduce(&state, .clockTicked(Self.deadline))
        #expect(state.holds.isEmpty)
        #expect(state.screen == .seatGrid)
        #expect(state.status?.text == "Your hold expired and F2 · row 3 · seats 5–6 went back on sale.")
        #expect(effects == [.loadSection(Fixture.token, DateID(12), Fixture.f2), .loadBalance(user: "민지")])
    }

    @Test func enterPaysForAllHolds() {
        var state = Self.atCheckout()
        let effects = reduce(&state, .input(.key(.enter)))
        #expect(effects == [.pay(Fixture.token, [ReservationID(71), ReservationID(72)], attempt: 1)])
        #expect(render(state, width: 80, height: 24).lines[22].contains("Paying…"))
    }

    @Test func notEnoughPointsOffersATopUpWithTheShortfall() {
        var state = Self.atCheckout()
        _ = reduce(&state, .input(.key(.enter)))
        let effects = reduce(&state, .engineFailed(.paying, .notEnoughPoints(balance: 300_000, needed: 330_000)))
        #expect(state.screen == .points)
        #expect(state.amountText == "30000")
        #expect(state.amountValidation == .valid(30_000))
        #expect(state.status?.text.contains("Top up 30,000 points") == true)
        #expect(effects == [.loadBalance(user: "민지")])
        #expect(reduce(&state, .input(.key(.enter))) == [.charge(user: "민지", amount: 30_000, attempt: 2)])
        _ = reduce(&state, .pointsCharged(amount: 30_000, balance: 330_000))
        #expect(state.screen == .checkout, "back to pay")
        #expect(state.status?.text == "Added 30,000 points. Balance 330,000. Press Enter to pay.")
    }

    @Test func holdExpiredAtPaymentGoesBackToTheGrid() {
        var state = Self.atCheckout()
        _ = reduce(&state, .input(.key(.enter)))
        let effects = reduce(&state, .engineFailed(.paying, .holdExpired))
        #expect(state.screen == .seatGrid)
        #expect(state.holds.isEmpty)
        #expect(state.status?.text == "Your hold has expired and the seat was released. Pick the seat again.")
        #expect(effects == [.loadBookings(user: "민지"), .loadSection(Fixture.token, DateID(12), Fixture.f2)])
    }

    @Test func paymentShowsTheReceiptAndSpendsTheToken() {
        var state = Self.atCheckout()
        _ = reduce(&state, .input(.key(.enter)))
        _ = reduce(&state, .paymentCompleted(Self.receipt))
        #expect(state.screen == .receipt)
        #expect(state.holds.isEmpty)
        #expect(state.balance == 0)
        #expect(state.tokenExpired)
        #expect(state.bookings.map(\.id) == [ReservationID(71), ReservationID(72)])
        #expect(reduce(&state, .input(.key(.enter))) == [.issueToken(user: "민지")])
        #expect(state.screen == .waitingRoom)
    }

    @Test func releasingTheLastHoldReturnsToTheGrid() {
        var state = Self.atCheckout()
        _ = reduce(&state, .input(.key(.down)))
        #expect(reduce(&state, .input(.key(.character("x")))) == [.release(Fixture.token, [ReservationID(72)])])
        _ = reduce(&state, .holdsReleased([ReservationID(72)]))
        #expect(state.screen == .checkout)
        #expect(state.status?.text == "Released F2 · row 3 · seat 6.")
        _ = reduce(&state, .input(.key(.character("x"))))
        _ = reduce(&state, .holdsReleased([ReservationID(71)]))
        #expect(state.screen == .seatGrid)
    }

    @Test func alreadyPaidAndForeignReservationsResync() {
        var state = Self.atCheckout()
        let effects = reduce(&state, .engineFailed(.paying, .alreadyPaid(ReservationID(71))))
        #expect(state.status?.text == "Reservation 71 is already paid.")
        #expect(effects == [.loadBookings(user: "민지")])
    }

    static let receipt = Receipt(
        payment: PaymentID(9),
        bookings: [
            Booking(id: ReservationID(71), payment: PaymentID(9), seat: Fixture.label(seat: 5), price: 165_000,
                    paidAt: Fixture.at(seconds: 40)),
            Booking(id: ReservationID(72), payment: PaymentID(9), seat: Fixture.label(seat: 6), price: 165_000,
                    paidAt: Fixture.at(seconds: 40)),
        ],
        amount: 330_000, balanceAfter: 0, paidAt: Fixture.at(seconds: 40), wasAlreadyPaid: false)
}
