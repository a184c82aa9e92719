/// What a key does, independent of which key it was.
public enum Command: Sendable, Hashable {
    case moveUp, moveDown, moveLeft, moveRight
    case toggleSeat, holdSelection, openCheckout
    case chooseDate, pay, releaseHold, topUp, rejoinLine
    case refresh, openPoints, openBookings, help, back, quit
    case toggleInspector, runAdmissionNow, sweepTokensNow, sweepHoldsNow
    case advanceClockOneMinute, advanceClockFiveMinutes, chargeTestPoints
}

/// One row of the key table: keys, the command they give, and how help describes them.
public struct KeyBinding: Sendable {
    /// The keys that give the command.
    public let keys: [Key]
    /// How the keys are written in the footer and help ("↑/k", "Space").
    public let keyLabel: String
    /// What the keys do.
    public let command: Command
    /// A short description for the help overlay and footer.
    public let help: String
    /// The screens where the binding works; nil means every screen.
    public let screens: Set<ScreenID>?
    /// The footer hint as keys and a word or two ("↑↓←→", "move"); nil keeps it to the help overlay.
    /// For the inspector's own keys, the hint the panel shows.
    public let footer: (keys: String, text: String)?
    /// Whether the binding works only while the inspector panel is open.
    public let needsInspector: Bool

    init(_ keys: [Key], _ keyLabel: String, _ command: Command, _ help: String,
         on screens: Set<ScreenID>? = nil, footer: String? = nil, footerKeys: String? = nil, inspector: Bool = false) {
        self.keys = keys
        self.keyLabel = keyLabel
        self.command = command
        self.help = help
        self.screens = screens
        needsInspector = inspector
        let shownKeys = footerKeys ?? keyLabel.split(separator: " ").first.map(String.init) ?? keyLabel
        self.footer = footer.map { (shownKeys, $0) }
    }

    /// Whether the binding works on `screen`, with the inspector open or not.
    public func applies(to screen: ScreenID, inspectorOpen: Bool = false) -> Bool {
        (screens?.contains(screen) ?? true) && (inspectorOpen || !needsInspector)
    }
}

/// The one key table: it drives dispatch, the footer hints and the `?` overlay.
public enum KeyBindings {
    private static let lists: Set<ScreenID> = [.concerts, .checkout]

    /// Every binding, screen-specific ones first, in the order help lists them.
    public static let all: [KeyBinding] = [
        KeyBinding([.up, .character("k")], "↑ k", .moveUp, "Move up", on: lists, footer: "move", footerKeys: "↑↓"),
        KeyBinding([.up, .character("k")], "↑ k", .moveUp, "Move up", on: [.seatGrid], footer: "move", footerKeys: "↑↓←→"),
        KeyBinding([.down, .character("j")], "↓ j", .moveDown, "Move down", on: lists.union([.seatGrid])),
        KeyBinding([.left, .character("h")], "← h", .moveLeft, "Move left", on: [.seatGrid]),
        KeyBinding([.right, .character("l")], "→ l", .moveRight, "Move right", on: [.seatGrid]),
        KeyBinding([.character(" ")], "Space", .toggleSeat, "Select or deselect the seat", on: [.seatGrid], footer: "select"),
        KeyBinding([.enter], "Enter", .holdSelection, "Hold the selected seats for 5 minutes", on: [.seatGrid], footer: "hold"),
        KeyBinding([.character("c")], "c", .openCheckout, "Go to checkout to pay for your holds", on: [.seatGrid, .bookings], footer: "checkout"),
        KeyBinding([.enter], "Enter", .chooseDate, "Open the seat map of the date", on: [.concerts], footer: "choose date"),
        KeyBinding([.enter], "Enter", .pay, "Pay for all your holds with points", on: [.checkout], footer: "pay"),
        KeyBinding([.character("x")], "x", .releaseHold, "Release the highlighted hold", on: [.checkout], footer: "release"),
        KeyBinding([.enter], "Enter", .topUp, "Top up the typed amount", on: [.points], footer: "top up"),
        KeyBinding([.enter], "Enter", .rejoinLine, "Join the line again to buy more", on: [.receipt], footer: "buy more"),
        KeyBinding([.character("r")], "r", .refresh, "Refresh now (or rejoin the line if your time ran out)"),
        KeyBinding([.character("q"), .escape], "q Esc", .back, "Go back (quit from the first screen)", footer: "back"),
        KeyBinding([.character("b")], "b", .openBookings, "My bookings and holds", footer: "bookings"),
        KeyBinding([.character("p")], "p", .openPoints, "Points: balance and top-up", footer: "points"),
        KeyBinding([.character("i")], "i", .toggleInspector, "Inspector (QA/demo): line, seats, schedulers, events"),
        KeyBinding([.character("?"), .function(1)], "?", .help, "Show or hide this help", footer: "help"),
        KeyBinding([.control("c"), .character("Q")], "Q ^C", .quit, "Quit boxoffice"),
        KeyBinding([.character("1")], "1", .runAdmissionNow, "Inspector: run admission now", footer: "admit", inspector: true),
        KeyBinding([.character("2")], "2", .sweepTokensNow, "Inspector: delete expired tokens now",
                   footer: "tokens", inspector: true),
        KeyBinding([.character("3")], "3", .sweepHoldsNow, "Inspector: release lapsed holds now",
                   footer: "holds", inspector: true),
        KeyBinding([.character("t")], "t", .advanceClockOneMinute, "Inspector: QA clock 1 minute forward",
                   footer: "+1 min", inspector: true),
        KeyBinding([.character("T")], "T", .advanceClockFiveMinutes, "Inspector: QA clock 5 minutes forward",
                   footer: "+5 min", inspector: true),
        KeyBinding([.character("+"), .character("=")], "+", .chargeTestPoints, "Inspector: add 10,000 points to this buyer",
                   footer: "10,000 pts", inspector: true),
    ]

    /// The command `key` gives on `screen`, if any.
    public static func command(for key: Key, on screen: ScreenID, inspectorOpen: Bool = false) -> Command? {
        all.first { $0.applies(to: screen, inspectorOpen: inspectorOpen) && $0.keys.contains(key) }?.command
    }

    /// The bindings that work on `screen`, in table order.
    public static func bindings(on screen: ScreenID, inspectorOpen: Bool = false) -> [KeyBinding] {
        all.filter { $0.applies(to: screen, inspectorOpen: inspectorOpen) }
    }

    /// The hints the open inspector panel shows: its own keys, then the key that closes it.
    public static var inspectorHints: [(keys: String, text: String)] {
        let closing = all.filter { $0.command == .toggleInspector }.map { (keys: $0.keyLabel, text: "close") }
        return all.filter(\.needsInspector).compactMap(\.footer) + closing
    }

    /// The footer hints of `screen`, in table order.
    public static func footerHints(on screen: ScreenID) -> [(keys: String, text: String)] {
        bindings(on: screen).compactMap(\.footer)
    }
}
