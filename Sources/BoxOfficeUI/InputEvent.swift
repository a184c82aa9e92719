/// A key as the app understands it, whatever the terminal sent.
public enum Key: Sendable, Hashable {
    case up, down, left, right
    case enter, escape, backspace, delete, tab, backTab
    case home, end, pageUp, pageDown
    /// A printable character, including Korean and other wide text.
    case character(Character)
    /// Ctrl plus a letter, given in lowercase (Ctrl-C is `.control("c")`).
    case control(Character)
    /// F1…F12.
    case function(Int)
}

/// Something the person did at the terminal.
public enum InputEvent: Sendable, Equatable {
    case key(Key)
    /// A left click (or tap) at a screen cell, where the terminal reports mouse events.
    case click(x: Int, y: Int)
    /// The mouse wheel turned: negative `lines` up (towards the top), positive down.
    case scroll(lines: Int)
    /// The terminal now has this many columns and rows.
    case resize(width: Int, height: Int)
    /// The process was asked to end (SIGTERM, SIGHUP, SIGQUIT) or lost its terminal: leave now, without
    /// asking. (Ctrl-C arrives as `.key(.control("c"))` and may ask first.)
    case terminate
}
