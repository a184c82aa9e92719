import BookingEngine

extension Buyer {
    /// Reads the concert list and settles on a performance with free seats, or leaves
    /// when everything is sold out.
    mutating func browse(token: TokenID, _ turn: inout JourneyTurn) async {
        do {
            let concerts = try await turn.call { engine throws(BookingError) in try await engine.concerts(token: token) }
            guard let date = SeatPicker.chooseDate(among: concerts, using: &random) else {
                turn.emit(.foundNothing)
                leave()
                return
            }
            next(.pickingSeats(token: token, date: date), thinking: turn.configuration.browseSeconds, from: turn.now, turn.configuration)
        } catch {
            recover(from: error, retrying: stage, &turn)
        }
    }

    /// Opens the venue, picks a section and then seats in it; they are held after a
    /// moment's thought, so someone quicker may take them first.
    mutating func pickSeats(token: TokenID, date: DateID, _ turn: inout JourneyTurn) async {
        do {
            let overview = try await turn.call { engine throws(BookingError) in try await engine.venueOverview(token: token, date: date) }
            guard let section = SeatPicker.chooseSection(of: overview, using: &random) else {
                lookElsewhere(token: token, &turn)
                return
            }
            let seatsOfSection = try await turn.call { engine throws(BookingError) in
                try await engine.sectionSeats(token: token, date: date, section: section)
            }
            let wanted = SeatPicker.partySize(limit: turn.engine.configuration.holdLimit, using: &random)
            let seats = SeatPicker.pick(from: seatsOfSection, wanted: wanted, using: &random)
            if seats.isEmpty {
                lookElsewhere(token: token, &turn)
            } else {
                next(.holding(token: token, date: date, seats: seats), thinking: 2...12, from: turn.now, turn.configuration)
            }
        } catch {
            recover(from: error, retrying: stage, &turn)
        }
    }

    /// Holds the picked seats, then decides: pay (most), release, or walk away.
    mutating func hold(token: TokenID, date: DateID, seats: [SeatID], _ turn: inout JourneyTurn) async {
        do {
            let holds = try await turn.call { engine throws(BookingError) in try await engine.hold(token: token, seats: seats) }
            turn.emit(.held(seats: holds.count, amount: holds.reduce(0) { $0 + $1.price }))
            seatMisses = 0
            decideAfterHolding(token: token, holds: holds, &turn)
        } catch .seatUnavailable {
            seatMisses += 1
            if seatMisses <= 3, random.chance(0.85) {
                next(.pickingSeats(token: token, date: date), thinking: 1...6, from: turn.now, turn.configuration)
            } else {
                lookElsewhere(token: token, &turn)
            }
        } catch .holdLimitReached {
            leave()
        } catch {
            recover(from: error, retrying: stage, &turn)
        }
    }

    /// Back to the concert list after a performance turned out full, a few times at most.
    private mutating func lookElsewhere(token: TokenID, _ turn: inout JourneyTurn) {
        seatMisses += 1
        if seatMisses <= 4, random.chance(0.7) {
            next(.browsing(token: token), thinking: 2...10, from: turn.now, turn.configuration)
        } else {
            turn.emit(.foundNothing)
            leave()
        }
    }

    private mutating func decideAfterHolding(token: TokenID, holds: [Hold], _ turn: inout JourneyTurn) {
        let configuration = turn.configuration
        if random.chance(configuration.payProbability) {
            if random.chance(configuration.slowPayerProbability) {
                let hold = Double(turn.engine.configuration.holdDuration.wholeMilliseconds) / 1000
                let seconds = hold * Double.random(in: 0.8...1.5, using: &random)
                stage = .checkingOut(token: token, holds: holds)
                nextActionAt = turn.now + .milliseconds(Int64(seconds * 1000))
            } else {
                next(.checkingOut(token: token, holds: holds), thinking: configuration.checkoutSeconds, from: turn.now, configuration)
            }
        } else if random.chance(configuration.releaseProbability) {
            next(.releasing(token: token, holds: holds), thinking: configuration.checkoutSeconds, from: turn.now, configuration)
        } else {
            turn.emit(.abandoned(seats: holds.count))
            leave()
        }
    }
}
