extension ErrorKey {
    /// The English template.
    public var english: String {
        switch self {
        case .tokenNotFound: "Your place in line was not found. Join the line again."
        case .tokenExpired: "Your place in line has expired. Join the line again."
        case .tokenNotActive: "You are still in line (position {0}). Wait until you are admitted."
        case .concertNotFound: "Concert {0} does not exist. Pick a concert from the list."
        case .dateNotFound: "Performance {0} does not exist for this concert. Pick a date from the list."
        case .seatNotFound: "Seat {0} does not exist for this performance. Pick a seat on the map."
        case .sectionNotFound: "Section {0} is not part of this performance's venue. Pick a section from the overview."
        case .notEnoughSeatsOne: "No section has {0} free seat left. Try another section or grade."
        case .notEnoughSeatsMany: "No section has {0} free seats left. Ask for fewer, or try another section or grade."
        case .seatUnavailable: "A seat you picked was just taken by someone else. Pick another seat."
        case .holdLimitReached: "You can hold at most {0} seats at once. Pay for or release a hold first."
        case .holdExpired: "Your hold has expired and the seat was released. Pick the seat again."
        case .reservationNotFound: "Reservation {0} does not exist."
        case .notYourReservation: "Reservation {0} belongs to another buyer."
        case .alreadyPaid: "Reservation {0} is already paid."
        case .notEnoughPoints: "Not enough points: you have {0} and need {1}. Top up {2} points."
        case .amountNotANumber: "Enter the amount as a whole number of points, digits only."
        case .amountNotPositive: "Enter an amount of at least 1 point."
        case .amountOverChargeLimit: "One top-up can be at most {0} points."
        case .amountOverBalanceCeiling: "A balance can be at most {0} points; you can add up to {1} more."
        case .invalidUserName: "That user name cannot be used: {0}."
        case .nameTaken: "The name {0} is taken. Pick another name."
        case .unauthorized: "Sign in with your buyer key. If you lost it, ask the box office for a new one."
        case .buyerNotFound: "There is no buyer named {0}. Check the spelling."
        case .idempotencyKeyReused: "This request key was already used for a different request. Start the request again."
        case .policyConflict:
            "This database's {0} is {1} (you asked for {2}). Its policy belongs to the database: leave out --{3}, "
                + "or change it for everyone with `boxoffice config set {3} {2}`."
        case .invalidRequest: "{0}."
        case .invalidCatalogLine: "Catalog line {0}: {1}."
        case .invalidCatalogFile: "Catalog: {0}."
        case .storageFailure: "The booking database cannot be used: {0}."
        }
    }
}
