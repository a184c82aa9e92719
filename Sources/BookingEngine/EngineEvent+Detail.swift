extension EngineEvent {
    /// What happened, as typed values: seats by their place, counts, amounts in points,
    /// buyer names, ids. Stored as JSON (`json`), so the case names and their labels are a
    /// stored format that every later build reads: never rename one; a new kind of event
    /// is a new case, which an older build reads as no detail (it shows the text).
    public enum Detail: Sendable, Equatable, Codable {
        /// `buyer` joined the line with the token whose short form is `token`, at `position`,
        /// or was admitted at once when `position` is nil.
        case joinedLine(buyer: String, token: String, position: Int?)
        /// An admission run let `count` buyers in.
        case admitted(count: Int)
        /// A sweep deleted `count` expired tokens.
        case tokensDeleted(count: Int)
        /// A sweep cancelled `count` holds past their deadline.
        case holdsCancelled(count: Int)
        /// Seats picked by a buyer were held, at a performance of `concert`.
        case held(seats: [Seat], concert: String)
        /// Best available held these seats, at a performance of `concert`.
        case heldBestAvailable(seats: [Seat], concert: String)
        /// A buyer gave up hold `reservation`, on `seat` (nil when it could not be read).
        case released(reservation: Int64, seat: Seat?)
        /// Payment `payment` of `amount` points bought `seats`.
        case paid(amount: Int64, seats: [Seat], payment: Int64)
        /// `buyer` was charged `amount` points, leaving `balance`.
        case charged(buyer: String, amount: Int64, balance: Int64)
        /// A catalog of `concerts` concerts and `dates` dates was loaded; `first` when it
        /// filled a database that had none.
        case catalogLoaded(first: Bool, concerts: Int, dates: Int)
        /// The QA clock moved forward this many milliseconds.
        case clockMoved(milliseconds: Int64)
        /// An operator changed `setting` from `before` to `after` (in its own unit, see
        /// `PolicySetting.value(in:)`).
        case policyChanged(setting: PolicySetting, before: Int64, after: Int64)
        /// `buyer` signed up over the network.
        case signedUp(buyer: String)
        /// An operator made a key for `buyer`.
        case keyMade(buyer: String)
        /// `buyer`'s key was replaced.
        case keyReplaced(buyer: String)
        /// `operation` failed with the error code `code` (see `BookingError.code`).
        case failed(operation: Operation, code: String)
        /// A buyer of the demo crowd walked away from `seats` held seats, letting them lapse.
        case walkedAway(buyer: String, seats: Int)
        /// A buyer of the demo crowd stopped polling the line at `position`.
        case gaveUpWaiting(buyer: String, position: Int)
        /// A buyer of the demo crowd found nothing left to buy and left.
        case leftEmptyHanded(buyer: String)

        /// The kind of event this is.
        public var kind: Kind {
            switch self {
            case .joinedLine: .queue
            case .admitted: .admission
            case .tokensDeleted, .holdsCancelled: .sweep
            case .held, .heldBestAvailable: .hold
            case .released: .release
            case .paid: .payment
            case .charged: .charge
            case .catalogLoaded: .catalog
            case .clockMoved: .clock
            case .policyChanged: .policy
            case .signedUp, .keyMade, .keyReplaced, .walkedAway, .gaveUpWaiting, .leftEmptyHanded: .note
            case .failed: .error
            }
        }
    }

    /// A seat named by its place: its section, its row's label and its number in the row.
    /// `number`, the seat's order in the performance, names a seat placed in no section.
    public struct Seat: Sendable, Equatable, Codable {
        public let section: String
        public let row: String
        public let seat: Int
        public let number: Int

        public init(section: String, row: String, seat: Int, number: Int) {
            self.section = section
            self.row = row
            self.seat = seat
            self.number = number
        }

        /// Where `label`'s seat is.
        public init(_ label: SeatLabel) {
            self.init(section: label.section, row: label.row, seat: label.seatInRow, number: label.seatNumber)
        }
    }

    /// An engine operation that can fail, as a failure event names it.
    public enum Operation: String, Sendable, CaseIterable, Codable {
        case joinLine, admission, tokenSweep, hold, bestAvailable, release, holdSweep, payment, charge
        case catalogLoad, firstCatalogLoad, clockAdvance, policyChange, signUp, addBuyer, keyRotation
    }
}
