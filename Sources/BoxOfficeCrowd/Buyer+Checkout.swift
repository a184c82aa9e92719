import BookingEngine

extension Buyer {
    /// Looks at the balance: pays when it covers the holds, otherwise usually tops up
    /// first and sometimes gives the seats up.
    mutating func checkOut(token: TokenID, holds: [Hold], _ turn: inout JourneyTurn) async {
        do {
            let balance = try await turn.call { [name] engine throws(BookingError) in try await engine.balance(user: name) }
            let total = holds.reduce(Int64(0)) { $0 + $1.price }
            if balance >= total {
                next(.paying(token: token, holds: holds), thinking: 1...5, from: turn.now, turn.configuration)
            } else if random.chance(turn.configuration.topUpProbability),
                let amount = topUpAmount(shortfall: total - balance, balance: balance, turn.engine.configuration)
            {
                next(.toppingUp(token: token, holds: holds, amount: amount), thinking: 5...30, from: turn.now, turn.configuration)
            } else {
                turn.emit(.abandoned(seats: holds.count))
                leave()
            }
        } catch {
            recover(from: error, retrying: stage, &turn)
        }
    }

    /// Adds points, then goes on to pay.
    mutating func topUp(token: TokenID, holds: [Hold], amount: Int64, _ turn: inout JourneyTurn) async {
        do {
            _ = try await turn.call { [name] engine throws(BookingError) in try await engine.charge(user: name, amount: amount, key: .random()) }
            turn.emit(.toppedUp(amount: amount))
            next(.paying(token: token, holds: holds), thinking: 1...5, from: turn.now, turn.configuration)
        } catch .invalidAmount {
            turn.emit(.abandoned(seats: holds.count))
            leave()
        } catch {
            recover(from: error, retrying: stage, &turn)
        }
    }

    /// Pays for every hold at once. A lapsed hold sends some buyers back to the seat
    /// map; a paid buyer sometimes comes back later for more.
    mutating func pay(token: TokenID, holds: [Hold], _ turn: inout JourneyTurn) async {
        do {
            let ids = holds.map(\.id)
            let receipt = try await turn.call { engine throws(BookingError) in try await engine.pay(token: token, reservations: ids, key: .random()) }
            turn.emit(.paid(seats: receipt.bookings.count, amount: receipt.amount))
            purchases += 1
            if purchases < 2, random.chance(turn.configuration.returnProbability) {
                returns += 1
                isReturning = true
                next(.arriving, after: Double(random.int(in: turn.configuration.returnMinutes) * 60), from: turn.now, turn.configuration)
            } else {
                leave()
            }
        } catch .holdExpired {
            if random.chance(0.5) {
                next(.browsing(token: token), thinking: 2...10, from: turn.now, turn.configuration)
            } else {
                leave()
            }
        } catch .notEnoughPoints {
            next(.checkingOut(token: token, holds: holds), thinking: 1...5, from: turn.now, turn.configuration)
        } catch {
            recover(from: error, retrying: stage, &turn)
        }
    }

    /// Gives every hold back, so the seats are free at once.
    mutating func release(token: TokenID, holds: [Hold], _ turn: inout JourneyTurn) async {
        do {
            for hold in holds {
                try await turn.call { engine throws(BookingError) in try await engine.release(token: token, reservation: hold.id) }
            }
            turn.emit(.released(seats: holds.count))
            leave()
        } catch {
            recover(from: error, retrying: stage, &turn)
        }
    }

    /// A realistic top-up covering `shortfall`: rounded up to 10,000 points plus a
    /// random margin, within the per-charge limit and the balance ceiling. Nil when no
    /// allowed charge covers it.
    private mutating func topUpAmount(shortfall: Int64, balance: Int64, _ policy: EngineConfiguration) -> Int64? {
        let unit: Int64 = 10_000
        let rounded = (shortfall + unit - 1) / unit * unit
        let amount = min(rounded + Int64(random.int(in: 0...20)) * unit, policy.maxCharge, policy.balanceCeiling - balance)
        return amount >= shortfall ? amount : nil
    }
}
