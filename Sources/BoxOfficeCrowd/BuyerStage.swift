import BookingEngine

/// Where a simulated buyer is in their journey: the next thing they will do.
enum BuyerStage: Sendable, Equatable {
    /// About to ask for a place in line.
    case arriving
    /// In line at `position`, polling; they stop polling at `giveUpAt` and let the token lapse.
    case waiting(token: TokenID, position: Int, giveUpAt: Timestamp)
    /// Admitted, about to read the concert list.
    case browsing(token: TokenID)
    /// About to open the seat map of a performance.
    case pickingSeats(token: TokenID, date: DateID)
    /// About to hold the seats they picked on the map.
    case holding(token: TokenID, date: DateID, seats: [SeatID])
    /// About to look at their balance and top up if short.
    case checkingOut(token: TokenID, holds: [Hold])
    /// About to add `amount` points.
    case toppingUp(token: TokenID, holds: [Hold], amount: Int64)
    /// About to pay for their holds.
    case paying(token: TokenID, holds: [Hold])
    /// About to give their holds back.
    case releasing(token: TokenID, holds: [Hold])
    /// Gone for good.
    case done
}
