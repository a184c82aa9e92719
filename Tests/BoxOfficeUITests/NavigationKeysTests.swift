import BookingEngine
import Testing
@testable import BoxOfficeUI

/// The keys people who live in htop, tig and lazygit expect: help that scrolls and quits,
/// g/G, Home/End, PgUp/PgDn, the wheel, `q` back from the receipt, Esc that never quits,
/// and a footer that offers only what works.
@Suite struct NavigationKeysTests {
    @Test(arguments: [Key.character("Q"), .control("c")])
    func quitFromOverHelp(key: Key) {
        var state = Fixture.onConcerts()
        _ = reduce(&state, .input(.key(.character("?"))))
        _ = reduce(&state, .input(.key(key)))
        #expect(state.shouldQuit)
    }

    @Test func helpScrollsWhenItDoesNotFit() {
        var state = Fixture.onSeatGrid(width: 60, height: 18)
        _ = reduce(&state, .input(.key(.character("?"))))
        let all = KeyBindings.bindings(on: .seatGrid)
        let last = Language.english.text(try! #require(all.last).help)
        #expect(!render(state, width: 60, height: 18).lines.joined().contains(last))
        #expect(render(state, width: 60, height: 18).lines.joined().contains("scroll"))
        _ = reduce(&state, .input(.key(.character("G"))))
        #expect(state.overlay == .help, "scrolling keeps help open")
        #expect(render(state, width: 60, height: 18).lines.joined().contains(last))
        _ = reduce(&state, .input(.key(.character("g"))))
        #expect(state.helpScroll == 0)
        _ = reduce(&state, .input(.scroll(lines: 1)))
        _ = reduce(&state, .input(.key(.down)))
        #expect(state.helpScroll == 2)
        _ = reduce(&state, .input(.key(.character("x"))))
        #expect(state.overlay == nil)
    }

    @Test func listsTakeTopBottomAndPages() {
        var state = Fixture.onConcerts()
        #expect(state.dateCursor == 1)
        _ = reduce(&state, .input(.key(.character("G"))))
        #expect(state.dateCursor == state.dateChoices.count - 1)
        _ = reduce(&state, .input(.key(.home)))
        #expect(state.dateCursor == 0)
        _ = reduce(&state, .input(.key(.pageDown)))
        #expect(state.dateCursor == state.dateChoices.count - 1)
        _ = reduce(&state, .input(.key(.pageUp)))
        #expect(state.dateCursor == 0)
        _ = reduce(&state, .input(.scroll(lines: 1)))
        #expect(state.dateCursor == 1, "the wheel moves through the list")
    }

    @Test func theHallTakesFirstAndLastSeatAndRows() {
        var state = Fixture.onSeatGrid()
        _ = reduce(&state, .input(.key(.end)))
        #expect(state.seatCursor == 899)
        _ = reduce(&state, .input(.key(.character("g"))))
        #expect(state.seatCursor == 0)
        _ = reduce(&state, .input(.key(.pageDown)))
        #expect(state.seatCursor == state.pageRows * 36 && state.pageRows == 13)
    }

    @Test func confirmedBookingsScroll() {
        var state = Fixture.onConcerts()
        _ = reduce(&state, .input(.key(.character("b"))))
        let many = (1...30).map { number in
            Booking(id: ReservationID(Int64(100 + number)), payment: PaymentID(9), seat: Fixture.label(seat: number),
                    price: 99_000, paidAt: Fixture.start)
        }
        _ = reduce(&state, .bookingsLoaded(holds: [], bookings: many))
        var text = render(state, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("#101 paid") && !text.contains("#130 paid"))
        #expect(render(state, width: 80, height: 24).lines[23].contains("↑↓ move"))
        _ = reduce(&state, .input(.key(.character("G"))))
        text = render(state, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("#130 paid") && !text.contains("#101 paid"))
        #expect(text.contains("more (↑ PgUp g)"))
    }

    @Test func qOnTheReceiptGoesBack() {
        var state = CheckoutReducerTests.atCheckout()
        _ = reduce(&state, .input(.key(.enter)))
        _ = reduce(&state, .paymentCompleted(CheckoutReducerTests.receipt))
        #expect(state.screen == .receipt)
        _ = reduce(&state, .input(.key(.character("q"))))
        #expect(!state.shouldQuit)
        #expect(state.screen == .waitingRoom, "the token was spent on the payment")
        #expect(render(state, width: 80, height: 24).lines.joined().contains("Your shopping time has ended."))
    }

    @Test func escapeNeverQuits() {
        for screen in ScreenID.allCases {
            #expect(KeyBindings.command(for: .escape, on: screen) != .quit)
        }
        var state = Fixture.onConcerts()
        _ = reduce(&state, .input(.key(.escape)))
        #expect(!state.shouldQuit)
        var waiting = Fixture.started()
        _ = reduce(&waiting, .tokenIssued(Fixture.waiting(position: 3)))
        _ = reduce(&waiting, .input(.key(.escape)))
        #expect(!waiting.shouldQuit)
        _ = reduce(&waiting, .input(.key(.character("q"))))
        #expect(waiting.shouldQuit, "q still quits from the first screen")
    }

    @Test func theFooterOffersOnlyKeysThatWork() {
        var state = Fixture.onSeatGrid()
        var footer = render(state, width: 80, height: 24).lines[23]
        #expect(!footer.contains("Enter hold") && !footer.contains("c checkout"), "\(footer)")
        _ = reduce(&state, .input(.key(.character(" "))))
        footer = render(state, width: 80, height: 24).lines[23]
        #expect(footer.contains("Enter hold"))
        let single = CheckoutReducerTests.atCheckout()
        #expect(render(single, width: 80, height: 24).lines[23].contains("↑↓ move"), "two holds to move between")
        var points = Fixture.onConcerts()
        _ = reduce(&points, .input(.key(.character("p"))))
        #expect(!render(points, width: 80, height: 24).lines[23].contains("Enter"))
        #expect(!render(points, width: 80, height: 24).lines[23].contains("p points"), "not the screen already shown")
        _ = Fixture.type("5000", &points)
        #expect(render(points, width: 80, height: 24).lines[23].contains("Enter top up"))
        let first = Fixture.onConcerts()
        #expect(render(first, width: 80, height: 24).lines[23].contains("q quit"))
    }

    @Test func theTopUpFieldEditsAtItsCursor() {
        var state = Fixture.onConcerts()
        _ = reduce(&state, .input(.key(.character("p"))))
        _ = Fixture.type("26400", &state)
        _ = Fixture.press([.left, .left], &state)
        _ = Fixture.type("0", &state)
        #expect(state.amountText == "264000")
        #expect(render(state, width: 80, height: 24).lines.contains { $0.contains("264,000") })
        _ = reduce(&state, .input(.key(.end)))
        _ = reduce(&state, .input(.key(.control("w"))))
        #expect(state.amountText == "264", "Ctrl-W takes the group of three before the cursor")
        _ = Fixture.press([.home, .delete], &state)
        #expect(state.amountText == "64")
        _ = Fixture.press([.right], &state)
        _ = reduce(&state, .input(.key(.control("u"))))
        #expect(state.amountText == "4" && state.amountCursor == 0)
        _ = Fixture.type("1", &state)
        #expect(state.amountText == "14")
    }

    @Test func qaKeysWorkOnlyOnQAOrDemoDatabases() {
        var state = Fixture.onConcerts(qaControls: false)
        _ = reduce(&state, .input(.key(.character("i"))))
        _ = reduce(&state, .inspectorLoaded(InspectorFixture.report(qa: false)))
        for key in ["1", "2", "3", "t", "T", "+"] as [Character] {
            #expect(reduce(&state, .input(.key(.character(key)))).isEmpty, "\(key)")
        }
        #expect(state.status?.text.contains("only on a QA or demo database") == true)
        let text = render(state, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(!text.contains("1 admit") && text.contains("i close"))
        #expect(!KeyBindings.bindings(on: .concerts, inspectorOpen: true, qaControls: false).contains { $0.needsInspector })
    }

    /// A top-up made elsewhere shows in the header: the shopping screens' refreshes read the
    /// balance again once it is 10 s old, not on every refresh.
    @Test func theBalanceIsReadAgainWhileShopping() {
        var state = Fixture.onConcerts()
        _ = reduce(&state, .balanceLoaded(300_000))
        _ = reduce(&state, .clockTicked(Fixture.at(seconds: 5)))
        #expect(!state.refreshNow().contains(.loadBalance(user: "민지")))
        _ = reduce(&state, .clockTicked(Fixture.at(seconds: 11)))
        #expect(state.refreshNow().contains(.loadBalance(user: "민지")))
        _ = reduce(&state, .balanceLoaded(1_300_000))
        #expect(render(state, width: 80, height: 24).lines[0].contains("1,300,000 pts"))
    }

    /// A list too long for the window scrolls with its markers on rows of their own, never
    /// over a date's free seats.
    @Test func scrollMarkersNeverCoverADate() {
        var state = Fixture.onConcerts(width: 60, height: 18)
        let more = Fixture.concerts.map { concert in
            Concert(id: ConcertID(concert.id.rawValue + 10), title: concert.title, venue: concert.venue, dates: concert.dates.map {
                ConcertDate(id: DateID($0.id.rawValue + 100), concertID: ConcertID(concert.id.rawValue + 10), startsAt: $0.startsAt,
                            seatCount: $0.seatCount, freeSeats: $0.freeSeats, timeZone: $0.timeZone)
            })
        }
        _ = reduce(&state, .concertsLoaded(Fixture.concerts + more))
        _ = Fixture.press([.character("G")], &state)
        for keys in [[], [Key.character("g")]] {
            _ = Fixture.press(keys, &state)
            let lines = render(state, width: 60, height: 18).lines
            let markers = lines.filter { $0.contains("▲ more") || $0.contains("▼ more") }
            #expect(!markers.isEmpty, "\(lines.joined(separator: "\n"))")
            for line in markers { #expect(!line.contains("KST") && !line.contains("seats"), "\(line)") }
        }
    }
}
