import BookingEngine

/// Performs one `ModelOperation` on the engine and on the model, returning both answers.
struct ModelDriver {
    let test: TestEngine
    let seats: ModelSeats

    private var engine: BookingEngine { test.engine }

    /// Like the engine's transactions, a refused call leaves the model as it was, except a
    /// payment refused for a lapsed hold, which releases the hold.
    func perform(_ operation: ModelOperation, on model: inout BookingModel) async -> (Result<String, BookingError>, Result<String, BookingError>) {
        let before = model
        let answers = await apply(operation, on: &model)
        if let error = answers.1.failure, error != .holdExpired { model = before }
        return answers
    }

    private func apply(_ operation: ModelOperation, on model: inout BookingModel) async -> (Result<String, BookingError>, Result<String, BookingError>) {
        let name = { (buyer: Int) in ModelOperation.buyers[buyer] }
        switch operation {
        case .join(let buyer):
            let answer = await outcome { try await engine.issueToken(user: name(buyer)) }
            let expected = model.join(name(buyer), issued: try? answer.get().token)
            if case .success(let status) = answer, status.token != model.tokens[name(buyer)]?.id {
                return (.success("token \(status.token)"), .success("token \(model.tokens[name(buyer)]?.id.description ?? "none")"))
            }
            return (answer.map(Self.summary), expected)
        case .poll(let buyer, let unknown):
            let token = unknown ? TokenID.guessed() : model.lastToken[name(buyer)] ?? TokenID.guessed()
            return (await outcome { try await engine.queueStatus(token: token) }.map(Self.summary), model.poll(token))
        case .admit:
            return (await outcome { "admitted \(try await engine.runAdmission())" }, .success("admitted \(model.admit())"))
        case .sweepTokens:
            // Lapsed waiters are invisible before they are deleted, and a poll may delete them
            // first, so how many rows a sweep removes is not part of the answer; the tokens
            // it leaves behind are checked by every later step.
            model.sweepTokens()
            return (await outcome { _ = try await engine.sweepExpiredTokens(); return "swept" }, .success("swept"))
        case .sweepHolds:
            return (await outcome { "swept \(try await engine.releaseExpiredHolds())" }, .success("swept \(model.sweepHolds())"))
        case .advance(let seconds):
            test.clock.advance(by: .seconds(seconds))
            model.clock = test.clock.now().milliseconds
            return (.success("moved"), .success("moved"))
        case .hold(let buyer, let picks):
            let token = model.lastToken[name(buyer)] ?? TokenID.guessed()
            let answer = await outcome { try await engine.hold(token: token, seats: picks.map { seats.ids[$0] }) }
            let expected = model.hold(token, seats: picks, held: try? answer.get().map(\.id))
            return (answer.map { BookingModel.holdSummary(seats: $0.map(\.seat.seatNumber), until: $0.first?.expiresAt.milliseconds ?? 0) }, expected)
        case .release(let buyer, let pick, let own):
            let token = model.lastToken[name(buyer)] ?? TokenID.guessed()
            let reservation = reservations([pick], of: own ? name(buyer) : nil, model)[0]
            return (await outcome { try await engine.release(token: token, reservation: reservation) }.map { "released" },
                    model.release(token, reservation: reservation))
        case .pay(let buyer, let picks, let own):
            let token = model.lastToken[name(buyer)] ?? TokenID.guessed()
            let ids = reservations(picks, of: own ? name(buyer) : nil, model)
            let answer = await outcome { try await engine.pay(token: token, reservations: ids) }
            let expected = model.pay(token, reservations: ids, payment: try? answer.get().payment)
            return (answer.map { BookingModel.paySummary(.init(amount: $0.amount, balanceAfter: $0.balanceAfter, token: token), again: $0.wasAlreadyPaid) }, expected)
        case .charge(let buyer, let amount):
            return (await outcome { "balance \(try await engine.charge(user: name(buyer), amount: amount))" }, model.charge(name(buyer), amount: amount))
        case .balance(let buyer):
            return (await outcome { "balance \(try await engine.balance(user: name(buyer)))" }, .success(model.balance(name(buyer))))
        case .badName(let index):
            let bad = ModelOperation.badNames[index]
            let join = await outcome { try await engine.issueToken(user: bad) }.map(Self.summary)
            let charge = await outcome { "balance \(try await engine.charge(user: bad, amount: 100))" }
            let balance = await outcome { "balance \(try await engine.balance(user: bad))" }
            let codes = [join, charge, balance].map { $0.failure?.code ?? "succeeded" }
            return (.success("\(codes)"), .success("\(Array(repeating: "INVALID_USER_NAME", count: 3))"))
        }
    }

    /// The `picks`-th holds made so far, by `buyer` when given (mod their count), or ids
    /// no reservation has when there are none. Distinct picks give distinct ids.
    private func reservations(_ picks: [Int], of buyer: String?, _ model: BookingModel) -> [ReservationID] {
        let pool = model.reservations.filter { buyer == nil || $0.buyer == buyer }.map(\.id)
        let ids = pool.isEmpty ? picks.map { ReservationID(999_000 + Int64($0)) } : picks.map { pool[$0 % pool.count] }
        guard Set(picks).count == picks.count else { return ids }
        return ids.reduce(into: []) { unique, id in if !unique.contains(id) { unique.append(id) } }
    }

    static func summary(_ status: QueueStatus) -> String {
        BookingModel.statusSummary(active: status.isActive, position: status.position, waiting: status.waitingCount)
    }
}
