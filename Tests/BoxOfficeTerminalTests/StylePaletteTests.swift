@testable import BoxOfficeTerminal
import BoxOfficeUI
import Testing

@Suite struct StylePaletteTests {
    private let seatRoles: [StyleRole] = [.available, .heldByOthers, .sold, .mine, .selected, .cursor]

    @Test func seatStatesStayDistinctWithoutColor() {
        let looks = seatRoles.map { StylePalette.style(for: $0, color: false) }
        #expect(Set(looks.map(\.attributes)).count == seatRoles.count)
        #expect(looks.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault })
    }

    @Test func seatStatesStayDistinctInColor() {
        let looks = seatRoles.map { StylePalette.style(for: $0, color: true) }
        let distinct = Set(looks.map { "\($0.foreground)/\($0.background)/\($0.attributes.rawValue)" })
        #expect(distinct.count == seatRoles.count)
    }

    @Test func monochromeUsesTheExpectedAttributes() {
        #expect(StylePalette.style(for: .available, color: false).attributes == [])
        #expect(StylePalette.style(for: .heldByOthers, color: false).attributes == .dim)
        #expect(StylePalette.style(for: .mine, color: false).attributes == [.bold, .underline])
        #expect(StylePalette.style(for: .selected, color: false).attributes == .reverse)
        #expect(StylePalette.style(for: .cursor, color: false).attributes == [.reverse, .bold])
        #expect(StylePalette.style(for: .error, color: false).attributes.contains(.bold))
    }

    @Test func colorGivesStatesTheirOwnColors() {
        #expect(StylePalette.style(for: .available, color: true).foreground == .green)
        #expect(StylePalette.style(for: .sold, color: true).foreground == .red)
        #expect(StylePalette.style(for: .normal, color: true) == TextStyle())
        #expect(StylePalette.style(for: .sold, color: true) != StylePalette.style(for: .sold, color: false))
    }
}
