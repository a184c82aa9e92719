@testable import BoxOfficeTerminal
import BoxOfficeUI
import Testing

@Suite struct ScreenDiffTests {
    private func frame(_ text: String, role: StyleRole = .normal) -> Screen {
        var screen = Screen(width: 10, height: 2)
        screen.put(text, x: 0, y: 0, role: role)
        return screen
    }

    @Test func firstFrameWritesEveryGlyph() {
        let glyphs = ScreenDiff.changes(from: nil, to: frame("아이유"))
        #expect(glyphs.count == 3 + 4 + 10)
        #expect(glyphs.first == Glyph(x: 0, y: 0, text: "아", role: .normal, columns: 2))
        #expect(glyphs[2] == Glyph(x: 4, y: 0, text: "유", role: .normal, columns: 2))
    }

    @Test func identicalFrameWritesNothing() {
        var screen = frame("아이유 A1", role: .mine)
        let previous = screen
        screen.cursor = (3, 1)
        #expect(ScreenDiff.changes(from: previous, to: screen).isEmpty)
    }

    @Test func onlyChangedGlyphsAreWritten() {
        let glyphs = ScreenDiff.changes(from: frame("아이유"), to: frame("아이요"))
        #expect(glyphs == [Glyph(x: 4, y: 0, text: "요", role: .normal, columns: 2)])
        var restyled = frame("ab")
        restyled.paint(role: .sold, x: 1, y: 0, columns: 1)
        #expect(ScreenDiff.changes(from: frame("ab"), to: restyled) == [Glyph(x: 1, y: 0, text: "b", role: .sold, columns: 1)])
    }

    @Test func wideCharacterReplacedByNarrowOnesRewritesBothCells() {
        let glyphs = ScreenDiff.changes(from: frame("아"), to: frame("ab"))
        #expect(glyphs.map(\.text) == ["a", "b"])
        #expect(glyphs.map(\.x) == [0, 1])
    }

    @Test func malformedCellsBecomeBlanks() {
        var screen = Screen(width: 3, height: 1)
        screen[0, 0] = Cell(text: "아")
        screen[2, 0] = Cell(text: "", isContinuation: true)
        let glyphs = ScreenDiff.glyphs(inRow: 0, of: screen)
        #expect(glyphs.map(\.text) == [" ", " ", " "])
        #expect(glyphs.map(\.columns) == [1, 1, 1])
    }

    @Test func sizeChangeRedrawsEverything() {
        let glyphs = ScreenDiff.changes(from: Screen(width: 4, height: 1), to: Screen(width: 3, height: 1))
        #expect(glyphs.count == 3)
    }
}
