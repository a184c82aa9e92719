import BookingEngine
import Testing
@testable import BoxOfficeUI

@Suite("Key table, help, quitting")
struct KeyBindingTests {
    @Test func everyScreenHasHelpBackAndNoAmbiguousKeys() {
        for screen in ScreenID.allCases {
            let bindings = KeyBindings.bindings(on: screen)
            #expect(bindings.contains { $0.command == .help }, "\(screen)")
            #expect(bindings.contains { $0.command == .back }, "\(screen)")
            let keys = bindings.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "a key bound twice on \(screen)")
        }
    }

    @Test func footerComesFromTheTable() {
        let state = Fixture.onSeatGrid()
        let footer = render(state, width: 80, height: 24).lines[23]
        for hint in KeyBindings.footerHints(for: state).prefix(4) {
            #expect(footer.contains("\(hint.keys) \(hint.text)"), "\(hint)")
        }
        #expect(footer.hasSuffix("? help "))
        #expect(!footer.contains("pay"), "checkout's keys are not offered on the grid")
    }

    @Test func helpOverlayListsTheTableForTheScreen() {
        var state = Fixture.onSeatGrid(width: 120, height: 40)
        _ = reduce(&state, .input(.key(.character("?"))))
        #expect(state.overlay == .help)
        let text = render(state, width: 120, height: 40).lines.joined(separator: "\n")
        for binding in KeyBindings.bindings(on: .seatGrid) {
            #expect(text.contains(Language.english.text(binding.help)), "\(binding.help)")
        }
        _ = reduce(&state, .input(.key(.character("x"))))
        #expect(state.overlay == nil, "any key closes help")
        #expect(state.selection.isEmpty, "and does nothing else")
    }

    @Test func dispatchFollowsTheTable() {
        #expect(KeyBindings.command(for: .character("k"), on: .seatGrid) == .moveUp)
        #expect(KeyBindings.command(for: .enter, on: .seatGrid) == .holdSelection)
        #expect(KeyBindings.command(for: .enter, on: .checkout) == .pay)
        #expect(KeyBindings.command(for: .character("x"), on: .seatGrid) == nil)
        #expect(KeyBindings.command(for: .escape, on: .points) == .back)
    }

    @Test func quittingWithHoldsAsksAndDefaultsToNo() {
        let held = Fixture.hold(seat: 17, id: 7, expiresAt: Fixture.at(seconds: 272))
        var state = Fixture.onSeatGrid(holds: [held])
        _ = Fixture.press([.character("q"), .character("q"), .character("q")], &state)
        #expect(state.screen == .concerts)
        #expect(state.overlay == .confirmQuit)
        #expect(render(state, width: 80, height: 24).lines.contains { $0.contains("Quit and keep holds? y/N") })
        _ = reduce(&state, .input(.key(.enter)))
        #expect(!state.shouldQuit, "Enter means No")
        #expect(state.overlay == nil)
        _ = Fixture.press([.escape, .character("n")], &state)
        #expect(!state.shouldQuit)
        _ = Fixture.press([.control("c"), .character("y")], &state)
        #expect(state.shouldQuit)
    }

    @Test func ctrlCIsNeverSwallowedByAnOverlay() {
        var state = Fixture.onConcerts()
        _ = Fixture.press([.character("?"), .control("c")], &state)
        #expect(state.shouldQuit, "Ctrl-C over help quits")

        let held = Fixture.hold(seat: 17, id: 7, expiresAt: Fixture.at(seconds: 272))
        state = Fixture.onSeatGrid(holds: [held])
        _ = Fixture.press([.function(1), .control("c")], &state)
        #expect(!state.shouldQuit, "with seats held it asks first")
        #expect(state.overlay == .confirmQuit)
        _ = reduce(&state, .input(.key(.control("c"))))
        #expect(state.shouldQuit, "a second Ctrl-C answers yes")
    }

    @Test func terminationLeavesWithoutAskingEvenWithHolds() {
        let held = Fixture.hold(seat: 17, id: 7, expiresAt: Fixture.at(seconds: 272))
        var state = Fixture.onSeatGrid(holds: [held])
        #expect(reduce(&state, .input(.terminate)).isEmpty)
        #expect(state.shouldQuit)
        #expect(state.overlay == nil)
    }

    @Test func quittingWithoutHoldsIsImmediate() {
        var state = Fixture.onConcerts()
        _ = reduce(&state, .input(.key(.character("q"))))
        #expect(state.shouldQuit)
    }

    @Test func bookingsOpenFromAnyScreenAndReturn() {
        for keys: [Key] in [[], [.down, .enter]] {
            var state = Fixture.onConcerts()
            _ = Fixture.press(keys, &state)
            let origin = state.screen
            let effects = reduce(&state, .input(.key(.character("b"))))
            #expect(state.screen == .bookings)
            #expect(effects == [.loadBookings(user: "민지")])
            _ = reduce(&state, .input(.key(.character("q"))))
            #expect(state.screen == origin)
        }
    }

    @Test func resizingBelowTheMinimumShowsWhatIsNeededAndRecovers() {
        var state = Fixture.onSeatGrid()
        _ = reduce(&state, .input(.resize(width: 40, height: 10)))
        let small = render(state, width: state.width, height: state.height).lines.joined(separator: "\n")
        #expect(small.contains("Make the window at least 60×18"))
        #expect(small.contains("now 40×10"))
        _ = reduce(&state, .input(.resize(width: 100, height: 30)))
        #expect(render(state, width: state.width, height: state.height).lines[1].contains("Section F2"))
    }
}
