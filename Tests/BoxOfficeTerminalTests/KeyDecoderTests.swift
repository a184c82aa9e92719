@testable import BoxOfficeTerminal
import BoxOfficeUI
import CNcursesw
import Testing

@Suite struct KeyDecoderTests {
    @Test func namedKeyCodes() {
        let table: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
            (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_BTAB, .backTab), (KEY_ENTER, .enter),
            (boxoffice_key_f(1), .function(1)), (boxoffice_key_f(12), .function(12)),
        ]
        for (code, key) in table {
            #expect(KeyDecoder.key(forKeyCode: code) == key)
        }
    }

    @Test func unusedKeyCodesAreDropped() {
        #expect(KeyDecoder.key(forKeyCode: boxoffice_key_f(0)) == nil)
        #expect(KeyDecoder.key(forKeyCode: boxoffice_key_f(13)) == nil)
        #expect(KeyDecoder.key(forKeyCode: KEY_IC) == nil)
    }

    @Test func controlCharacters() {
        #expect(KeyDecoder.key(forCharacter: 127) == .backspace)
        #expect(KeyDecoder.key(forCharacter: 8) == .backspace)
        #expect(KeyDecoder.key(forCharacter: 9) == .tab)
        #expect(KeyDecoder.key(forCharacter: 10) == .enter)
        #expect(KeyDecoder.key(forCharacter: 13) == .enter)
        #expect(KeyDecoder.key(forCharacter: 27) == .escape)
        #expect(KeyDecoder.key(forCharacter: 1) == .control("a"))
        #expect(KeyDecoder.key(forCharacter: 3) == .control("c"))
        #expect(KeyDecoder.key(forCharacter: 26) == .control("z"))
        #expect(KeyDecoder.key(forCharacter: 0) == nil)
        #expect(KeyDecoder.key(forCharacter: 0x1F) == nil)
        #expect(KeyDecoder.key(forCharacter: 0x85) == nil)
    }

    @Test func printableAndWideCharacters() {
        #expect(KeyDecoder.key(forCharacter: 0x71) == .character("q"))
        #expect(KeyDecoder.key(forCharacter: 0x20) == .character(" "))
        #expect(KeyDecoder.key(forCharacter: 0xC544) == .character("아"))
        #expect(KeyDecoder.key(forCharacter: 0x1F3B5) == .character("🎵"))
        #expect(KeyDecoder.key(forCharacter: 0xD800) == nil)
    }

    @Test func decomposedTextIsFoldedIntoWholeCharacters() {
        var events: [InputEvent] = []
        for scalar in "\u{110B}\u{1161}\u{110B}\u{1175}e\u{301}".unicodeScalars {
            KeyDecoder.append(.character(Character(scalar)), to: &events)
        }
        #expect(events == [.key(.character("아")), .key(.character("이")), .key(.character("é"))])
    }

    @Test func wholeCharactersStaySeparate() {
        var events: [InputEvent] = []
        for key: Key in [.character("아"), .character("이"), .enter, .character("\u{301}")] {
            KeyDecoder.append(key, to: &events)
        }
        #expect(events == [.key(.character("아")), .key(.character("이")), .key(.enter), .key(.character("\u{301}"))])
    }
}
