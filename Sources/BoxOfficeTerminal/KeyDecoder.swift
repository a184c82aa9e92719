import BoxOfficeUI
import CNcursesw

/// Turns what `wget_wch` returns into app keys: a pure table, testable without a terminal.
enum KeyDecoder {
    /// The key for an ncurses key code (`wget_wch` returned `KEY_CODE_YES`), or nil for codes the
    /// app has no use for. Mouse and resize codes are handled by the terminal, not here.
    static func key(forKeyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        default:
            let number = code - boxoffice_key_f(0)
            return (1...12).contains(number) ? .function(Int(number)) : nil
        }
    }

    /// The key for a character `wget_wch` returned (`OK`): control characters become named keys
    /// or `.control`, everything printable (Korean included) becomes `.character`.
    static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 8, 127: return .backspace
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(0x60 + value))))
        case 0..<0x20, 0x80..<0xA0: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }

    /// Appends `key` to `events`, folding a scalar that extends the previous character's grapheme
    /// (a combining mark, a Hangul jamo vowel or final, an emoji modifier) into that character,
    /// so decomposed text typed or pasted arrives as whole characters.
    static func append(_ key: Key, to events: inout [InputEvent]) {
        if case .character(let next) = key, case .key(.character(let previous))? = events.last {
            let combined = String(previous) + String(next)
            if combined.count == 1, let character = combined.first {
                events[events.count - 1] = .key(.character(character))
                return
            }
        }
        events.append(.key(key))
    }
}
