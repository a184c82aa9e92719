import BookingEngine

/// The screens of the app; exactly one is shown at a time, with an optional overlay on top.
public enum ScreenID: Sendable, Hashable, CaseIterable {
    /// The virtual waiting room: position, estimate, progress.
    case waitingRoom
    /// Concerts and their upcoming dates.
    case concerts
    /// The venue of one performance at a glance: its sections around the stage.
    case venue
    /// One section of the venue, row by row.
    case seatGrid
    /// The buyer's holds, their total and the countdown: pay or release.
    case checkout
    /// What a payment bought.
    case receipt
    /// Balance and the top-up form.
    case points
    /// Confirmed bookings and live holds.
    case bookings

    /// Whether the screen works only with an admitted, live token (shopping time).
    public var needsShoppingTime: Bool {
        self == .concerts || self == .venue || self == .seatGrid || self == .checkout
    }

    /// The name shown in the title line.
    public func title(in language: Language) -> String {
        switch self {
        case .waitingRoom: language.text(ScreenKey.titleWaitingRoom)
        case .concerts: language.text(ScreenKey.titleConcerts)
        case .venue: language.text(ScreenKey.titleVenue)
        case .seatGrid: language.text(ScreenKey.titleSection)
        case .checkout: language.text(ScreenKey.titleCheckout)
        case .receipt: language.text(ScreenKey.titleReceipt)
        case .points: language.text(ScreenKey.titlePoints)
        case .bookings: language.text(ScreenKey.titleBookings)
        }
    }
}

/// Something drawn over the current screen that takes the keyboard until dismissed.
public enum Overlay: Sendable, Equatable {
    /// The key-binding help for the current screen.
    case help
    /// "Quit and keep holds? y/N": asked when quitting while seats are held.
    case confirmQuit
    /// Best available's question: how many seats, and where (`AppState.bestQuestion`).
    case bestAvailable
}

/// An engine call in flight, shown in the status line ("Holding…") and used to avoid
/// starting the same call twice.
public enum Operation: Sendable, Hashable, CaseIterable {
    case joiningLine, checkingQueue, loadingConcerts, loadingVenue, loadingSeats, holding, releasing, paying,
        charging, loadingBalance, loadingBookings, loadingInspector, runningAdmission, sweepingTokens,
        sweepingHolds, advancingClock

    /// The marker of running `job` on request.
    public static func running(_ job: EngineScheduler.Job) -> Operation {
        switch job {
        case .admission: .runningAdmission
        case .tokenExpiry: .sweepingTokens
        case .holdExpiry: .sweepingHolds
        }
    }

    /// What the status line says while the call runs.
    public var progressText: MessageKey {
        switch self {
        case .joiningLine: .progressJoiningLine
        case .checkingQueue: .progressCheckingQueue
        case .loadingConcerts: .progressLoadingConcerts
        case .loadingVenue: .progressLoadingVenue
        case .loadingSeats: .progressLoadingSeats
        case .holding: .progressHolding
        case .releasing: .progressReleasing
        case .paying: .progressPaying
        case .charging: .progressCharging
        case .loadingBalance: .progressLoadingBalance
        case .loadingBookings: .progressLoadingBookings
        case .loadingInspector: .progressLoadingInspector
        case .runningAdmission: .progressRunningAdmission
        case .sweepingTokens: .progressSweepingTokens
        case .sweepingHolds: .progressSweepingHolds
        case .advancingClock: .progressAdvancingClock
        }
    }

    /// Background refreshes do not announce themselves in the status line.
    var isQuiet: Bool {
        switch self {
        case .checkingQueue, .loadingBalance, .loadingBookings, .loadingInspector: true
        default: false
        }
    }
}

/// A one-line message for the buyer in the status line.
public struct StatusMessage: Sendable, Equatable {
    /// How the message is styled.
    public enum Kind: Sendable, Equatable {
        case info, success, warning, error

        /// How long a message of this kind stays in the status line: long enough to read,
        /// a little longer for what went wrong.
        public var lifetime: Duration {
            switch self {
            case .info, .success: .seconds(6)
            case .warning, .error: .seconds(10)
            }
        }
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }
}
