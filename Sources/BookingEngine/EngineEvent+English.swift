extension EngineEvent.Detail {
    /// The event in English, as stored in the event's `text`: for readers of the database
    /// that do not read details, and for logs, where a failure names its error code. Clients
    /// word the detail from their own catalogs.
    public var english: String {
        switch self {
        case .joinedLine(let buyer, let token, let position):
            "\(buyer) · token \(token) · " + (position.map { "#\($0) in line" } ?? "admitted")
        case .admitted(let count): "Admitted \(count) from the line"
        case .tokensDeleted(let count): "Deleted " + Self.counted(count, "expired token")
        case .holdsCancelled(let count): "Cancelled " + Self.counted(count, "lapsed hold")
        case .held(let seats, let concert): "Held \(Self.places(seats)) · \(concert)"
        case .heldBestAvailable(let seats, let concert): "Held best available: \(Self.places(seats)) · \(concert)"
        case .released(let reservation, let seat):
            seat.map { "Released \(Self.places([$0])) (hold #\(reservation))" } ?? "Released hold #\(reservation)"
        case .paid(let amount, let seats, let payment):
            "Paid \(PointsText.grouped(amount)) pts for \(Self.places(seats)) (payment #\(payment))"
        case .charged(let buyer, let amount, let balance):
            "\(buyer) +\(PointsText.grouped(amount)) pts · balance \(PointsText.grouped(balance)) pts"
        case .catalogLoaded(let first, let concerts, let dates):
            (first ? "Loaded the first catalog: " : "Loaded a catalog: ")
                + Self.counted(concerts, "concert") + ", " + Self.counted(dates, "date")
        case .clockMoved(let milliseconds): "Clock moved forward \(Self.duration(milliseconds))"
        case .policyChanged(let setting, let before, let after):
            "Policy: \(setting.rawValue) \(setting.text(before)) → \(setting.text(after))"
        case .signedUp(let buyer): "\(buyer) signed up"
        case .keyMade(let buyer): "Key made for \(buyer)"
        case .keyReplaced(let buyer): "Key replaced for \(buyer)"
        case .failed(let operation, let code): "\(operation.english) failed: \(code)"
        case .walkedAway(let buyer, let seats): "\(buyer) walked away from " + Self.counted(seats, "held seat")
        case .gaveUpWaiting(let buyer, let position): "\(buyer) gave up waiting at position \(position)"
        case .leftEmptyHanded(let buyer): "\(buyer) found no seats to buy and left"
        }
    }

    /// A count with its noun: `1 hold`, `3 holds`.
    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// Seats by place: `F2 · row 12 · seat 7, F2 · row 12 · seat 8`.
    private static func places(_ seats: [EngineEvent.Seat]) -> String {
        seats.map { $0.section.isEmpty ? "seat \($0.number)" : SeatPlace.text(section: $0.section, row: $0.row, seat: $0.seat) }
            .joined(separator: ", ")
    }

    /// A clock move: `5 min`, `90 s`.
    private static func duration(_ milliseconds: Int64) -> String {
        let seconds = milliseconds / 1000
        return seconds % 60 == 0 ? "\(seconds / 60) min" : "\(seconds) s"
    }
}

extension EngineEvent.Operation {
    /// The operation's name in English: `Joining the line`.
    public var english: String {
        switch self {
        case .joinLine: "Joining the line"
        case .admission: "Admission"
        case .tokenSweep: "Token sweep"
        case .hold: "Hold"
        case .bestAvailable: "Best available"
        case .release: "Release"
        case .holdSweep: "Hold sweep"
        case .payment: "Payment"
        case .charge: "Charge"
        case .catalogLoad: "Catalog load"
        case .firstCatalogLoad: "First catalog load"
        case .clockAdvance: "Clock advance"
        case .policyChange: "Policy change"
        case .signUp: "Sign-up"
        case .addBuyer: "Adding a buyer"
        case .keyRotation: "Key rotation"
        }
    }
}
