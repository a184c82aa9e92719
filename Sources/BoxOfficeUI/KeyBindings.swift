/// What a key does, independent of which key it was.
public enum Command: Sendable, Hashable {
    case moveUp, moveDown, moveLeft, moveRight, moveToTop, moveToBottom, pageUp, pageDown
    case toggleSeat, holdSelection, openCheckout, openSection, bestAvailable
    case chooseDate, pay, releaseHold, topUp, rejoinLine
    case refresh, openPoints, openBookings, help, back, quit
    case toggleInspector, runAdmissionNow, sweepTokensNow, sweepHoldsNow
    case advanceClockOneMinute, advanceClockFiveMinutes, chargeTestPoints

    /// The commands that move through a list, the hall or the help text.
    static let movements: Set<Command> = [.moveUp, .moveDown, .moveToTop, .moveToBottom, .pageUp, .pageDown]
}

/// One row of the key table: keys, the command they give, and how help describes them.
public struct KeyBinding: Sendable {
    /// The keys that give the command.
    public let keys: [Key]
    /// How the keys are written in the footer and help ("↑/k", "Space").
    public let keyLabel: String
    /// What the keys do.
    public let command: Command
    /// The line the help overlay gives the keys.
    public let help: KeyHelpKey
    /// The screens where the binding works; nil means every screen.
    public let screens: Set<ScreenID>?
    /// The footer hint as keys and a word or two ("↑↓←→", "move"); nil keeps it to the help overlay.
    /// For the inspector's own keys, the hint the panel shows.
    public let footer: (keys: String, text: KeyHelpKey)?
    /// Whether the binding works only while the inspector panel is open.
    public let needsInspector: Bool
    /// When the footer offers the key: only while pressing it would do something.
    let isUseful: @Sendable (AppState) -> Bool

    init(_ keys: [Key], _ keyLabel: String, _ command: Command, _ help: KeyHelpKey,
         on screens: Set<ScreenID>? = nil, footer: KeyHelpKey? = nil, footerKeys: String? = nil, inspector: Bool = false,
         when isUseful: @escaping @Sendable (AppState) -> Bool = { _ in true }) {
        self.keys = keys
        self.keyLabel = keyLabel
        self.command = command
        self.help = help
        self.screens = screens
        needsInspector = inspector
        self.isUseful = isUseful
        let shownKeys = footerKeys ?? keyLabel.split(separator: " ").first.map(String.init) ?? keyLabel
        self.footer = footer.map { (shownKeys, $0) }
    }

    /// Whether the binding works on `screen`, with the inspector open or not, on a database
    /// whose QA controls are allowed (`qaControls`) or not.
    public func applies(to screen: ScreenID, inspectorOpen: Bool = false, qaControls: Bool = true) -> Bool {
        (screens?.contains(screen) ?? true) && (inspectorOpen || !needsInspector) && (qaControls || !needsInspector)
    }
}

/// The one key table: it drives dispatch, the footer hints and the `?` overlay.
public enum KeyBindings {
    private static let lists: Set<ScreenID> = [.concerts, .checkout, .bookings]
    /// The venue overview and a section's rows: moved through in two directions.
    private static let drawings: Set<ScreenID> = [.venue, .seatGrid]
    /// Where `q` quits rather than going back: the screens a buyer starts on.
    private static let firstScreens: Set<ScreenID> = [.waitingRoom, .concerts]
    private static let laterScreens = Set(ScreenID.allCases).subtracting(firstScreens)

    /// Every binding, screen-specific ones first, in the order help lists them.
    public static let all: [KeyBinding] = [
        KeyBinding([.up, .character("k")], "↑ k", .moveUp, .moveUp, on: lists, footer: .footerMove, footerKeys: "↑↓",
                   when: { $0.hasSomewhereToMove }),
        KeyBinding([.up, .character("k")], "↑ k", .moveUp, .moveUp, on: drawings, footer: .footerMove, footerKeys: "↑↓←→"),
        KeyBinding([.down, .character("j")], "↓ j", .moveDown, .moveDown, on: lists.union(drawings)),
        KeyBinding([.left, .character("h")], "← h", .moveLeft, .moveLeft, on: drawings),
        KeyBinding([.right, .character("l")], "→ l", .moveRight, .moveRight, on: drawings),
        KeyBinding([.character("g"), .home], "g Home", .moveToTop, .toTop, on: lists.union(drawings)),
        KeyBinding([.character("G"), .end], "G End", .moveToBottom, .toBottom, on: lists.union(drawings)),
        KeyBinding([.pageUp], "PgUp", .pageUp, .pageUp, on: lists.union(drawings)),
        KeyBinding([.pageDown], "PgDn", .pageDown, .pageDown, on: lists.union(drawings)),
        KeyBinding([.enter], "Enter", .openSection, .openSection, on: [.venue], footer: .footerOpenSection,
                   when: { $0.venue?.sections.isEmpty == false }),
        KeyBinding([.character(" ")], "Space", .toggleSeat, .toggleSeat, on: [.seatGrid], footer: .footerSelect),
        KeyBinding([.enter], "Enter", .holdSelection, .holdSelection, on: [.seatGrid], footer: .footerHold,
                   when: { !$0.selection.isEmpty }),
        KeyBinding([.character("a")], "a", .bestAvailable, .bestAvailable, on: drawings, footer: .footerBestAvailable,
                   when: { $0.holds.count < $0.configuration.holdLimit }),
        KeyBinding([.character("c")], "c", .openCheckout, .openCheckout, on: drawings.union([.bookings]),
                   footer: .footerCheckout, when: { !$0.holds.isEmpty }),
        KeyBinding([.enter], "Enter", .chooseDate, .chooseDate, on: [.concerts], footer: .footerChooseDate,
                   when: { !$0.dateChoices.isEmpty }),
        KeyBinding([.enter], "Enter", .pay, .pay, on: [.checkout], footer: .footerPay,
                   when: { !$0.holds.isEmpty }),
        KeyBinding([.character("x")], "x", .releaseHold, .releaseHold, on: [.checkout], footer: .footerRelease,
                   when: { !$0.holds.isEmpty }),
        KeyBinding([.enter], "Enter", .topUp, .topUp, on: [.points], footer: .footerTopUp,
                   when: { if case .valid = $0.amountValidation { true } else { false } }),
        KeyBinding([.enter], "Enter", .rejoinLine, .rejoinToBuyMore, on: [.receipt], footer: .footerBuyMore,
                   when: { $0.tokenExpired }),
        KeyBinding([.character("r")], "r", .refresh, .refresh,
                   footer: .footerJoinLine, when: { $0.tokenExpired && $0.screen != .receipt }),
        KeyBinding([.character("q")], "q", .back, .quit, on: firstScreens, footer: .footerQuit),
        KeyBinding([.character("q"), .escape], "q Esc", .back, .back, on: laterScreens, footer: .footerBack),
        KeyBinding([.character("b")], "b", .openBookings, .openBookings, footer: .footerBookings,
                   when: { $0.screen != .bookings }),
        KeyBinding([.character("p")], "p", .openPoints, .openPoints, footer: .footerPoints,
                   when: { $0.screen != .points }),
        KeyBinding([.character("i")], "i", .toggleInspector, .toggleInspector),
        KeyBinding([.character("?"), .function(1)], "? F1", .help, .help, footer: .footerHelp),
        KeyBinding([.control("c"), .character("Q")], "Q ^C", .quit, .quitAnywhere),
        KeyBinding([.character("1")], "1", .runAdmissionNow, .runAdmission, footer: .footerAdmit, inspector: true),
        KeyBinding([.character("2")], "2", .sweepTokensNow, .sweepTokens,
                   footer: .footerTokens, inspector: true),
        KeyBinding([.character("3")], "3", .sweepHoldsNow, .sweepHolds,
                   footer: .footerHolds, inspector: true),
        KeyBinding([.character("t")], "t", .advanceClockOneMinute, .clockOneMinute,
                   footer: .footerOneMinute, inspector: true),
        KeyBinding([.character("T")], "T", .advanceClockFiveMinutes, .clockFiveMinutes,
                   footer: .footerFiveMinutes, inspector: true),
        KeyBinding([.character("+"), .character("=")], "+", .chargeTestPoints, .chargeTestPoints,
                   footer: .footerTestPoints, inspector: true),
    ]

    /// The command `key` gives on `screen`, if any.
    public static func command(for key: Key, on screen: ScreenID, inspectorOpen: Bool = false, qaControls: Bool = true) -> Command? {
        all.first { $0.applies(to: screen, inspectorOpen: inspectorOpen, qaControls: qaControls) && $0.keys.contains(key) }?.command
    }

    /// The movement `key` gives anywhere (used to scroll the help text).
    static func movement(for key: Key) -> Command? {
        all.first { Command.movements.contains($0.command) && $0.keys.contains(key) }?.command
    }

    /// Whether `key` is one of the inspector's QA keys.
    static func isQAKey(_ key: Key) -> Bool {
        all.contains { $0.needsInspector && $0.keys.contains(key) }
    }

    /// The bindings that work on `screen`, in table order.
    public static func bindings(on screen: ScreenID, inspectorOpen: Bool = false, qaControls: Bool = true) -> [KeyBinding] {
        all.filter { $0.applies(to: screen, inspectorOpen: inspectorOpen, qaControls: qaControls) }
    }

    /// The hints the open inspector panel shows: its own keys when QA controls are allowed
    /// (the clock's only when the database's clock can be moved, on a QA database), then the
    /// key that closes it.
    public static func inspectorHints(
        qaControls: Bool = true, clockMoves: Bool = true, language: Language = .english
    ) -> [(keys: String, text: String)] {
        let closing = all.filter { $0.command == .toggleInspector }.map { (keys: $0.keyLabel, text: KeyHelpKey.footerClose) }
        let clock: Set<Command> = [.advanceClockOneMinute, .advanceClockFiveMinutes]
        let ownKeys = all.filter { $0.needsInspector && (clockMoves || !clock.contains($0.command)) }
        let own = qaControls ? ownKeys.compactMap(\.footer) : []
        return (own + closing).map { (keys: $0.keys, text: language.text($0.text)) }
    }

    /// The footer hints for `state`: the keys of its screen that would do something now, in table order.
    public static func footerHints(for state: AppState) -> [(keys: String, text: String)] {
        bindings(on: state.screen).filter { $0.isUseful(state) }.compactMap(\.footer)
            .map { (keys: $0.keys, text: state.language.text($0.text)) }
    }
}
