import BookingEngine

/// SPEC.md as a small in-memory model: tokens with places and lifetimes, holds, sales and
/// balances, and the error each refused call must give. Each method answers like the
/// engine, as a success summary or a `BookingError`; ids the engine picks (tokens,
/// reservations, payments) are taken from the engine's own successful answer.
struct BookingModel {
    struct Token {
        var id: TokenID
        var seq: Int
        var active: Bool
        var expiresAt: Int64
    }

    struct Reservation {
        var id: ReservationID
        var seat: Int
        var buyer: String
        var status: Status
        var price: Int64
        var expiresAt: Int64
        var payment: PaymentID?

        enum Status { case held, confirmed, canceled }
    }

    struct Payment {
        var amount: Int64
        var balanceAfter: Int64
    }

    let policy: EngineConfiguration
    var now: Int64
    var tokens: [String: Token] = [:]
    /// Every token a buyer was ever given, the latest last (old ones may be gone).
    var lastToken: [String: TokenID] = [:]
    var nextSeq = 1
    var balances: [String: Int64] = [:]
    var reservations: [Reservation] = []
    var payments: [PaymentID: Payment] = [:]

    init(policy: EngineConfiguration, now: Timestamp) {
        self.policy = policy
        self.now = now.milliseconds
    }

    // MARK: the line

    mutating func join(_ user: String, issued: TokenID?) -> Result<String, BookingError> {
        dropLapsedWaiters()
        balances[user, default: 0] += 0
        if let token = tokens[user] {
            if token.expiresAt > now { return .success(status(of: keepAlive(user))) }
            tokens[user] = nil
        }
        guard let issued else { return .failure(.storageFailure("the model expected a new token")) }
        var token = Token(id: issued, seq: nextSeq, active: false, expiresAt: now + ms(policy.waitingTokenLifetime))
        nextSeq += 1
        tokens[user] = token
        lastToken[user] = issued
        if position(of: token) == 1, liveActive < policy.activeCapacity {
            token.active = true
            token.expiresAt = now + ms(policy.activeTokenLifetime)
            tokens[user] = token
        }
        return .success(status(of: token))
    }

    mutating func poll(_ id: TokenID) -> Result<String, BookingError> {
        dropLapsedWaiters()
        switch live(id) {
        case .failure(let error): return .failure(error)
        case .success(let user): return .success(status(of: keepAlive(user)))
        }
    }

    mutating func admit() -> Int {
        dropLapsedWaiters()
        let room = policy.activeCapacity - liveActive
        guard room > 0 else { return 0 }
        let chosen = tokens.filter { !$0.value.active }.sorted { $0.value.seq < $1.value.seq }.prefix(room)
        let expiresAt = now + ms(policy.activeTokenLifetime)
        for (user, _) in chosen {
            tokens[user]?.active = true
            tokens[user]?.expiresAt = expiresAt
        }
        return chosen.count
    }

    mutating func sweepTokens() -> Int {
        let waiting = dropLapsedWaiters()
        let expired = tokens.filter { $0.value.active && $0.value.expiresAt <= now }.map(\.key)
        expired.forEach { tokens[$0] = nil }
        return waiting + expired.count
    }

    // MARK: seats and money

    mutating func hold(_ id: TokenID, seats: [Int], held: [ReservationID]?) -> Result<String, BookingError> {
        if seats.isEmpty { return .failure(.invalidRequest("empty")) }
        if Set(seats).count != seats.count { return .failure(.invalidRequest("duplicate")) }
        if seats.count > policy.holdLimit { return .failure(.holdLimitReached(limit: policy.holdLimit)) }
        let user: String
        switch active(id) {
        case .failure(let error): return .failure(error)
        case .success(let found): user = found
        }
        let holding = reservations.filter { $0.buyer == user && $0.status == .held && $0.expiresAt > now }.count
        if holding + seats.count > policy.holdLimit { return .failure(.holdLimitReached(limit: policy.holdLimit)) }
        var after = reservations
        for seat in seats {
            if seat == ModelSeats.unknownIndex { return .failure(.seatNotFound(ModelSeats.unknownID)) }
            if seat == ModelSeats.soldIndex { return .failure(.seatUnavailable(seatNumber: 1)) }
            for index in after.indices where after[index].seat == seat && after[index].status == .held && after[index].expiresAt <= now {
                after[index].status = .canceled
            }
            if after.contains(where: { $0.seat == seat && $0.status != .canceled }) {
                return .failure(.seatUnavailable(seatNumber: ModelSeats.numbers[seat]))
            }
            after.append(Reservation(
                id: ReservationID(0), seat: seat, buyer: user, status: .held, price: ModelSeats.prices[seat],
                expiresAt: now + ms(policy.holdDuration)))
        }
        guard let held, held.count == seats.count else { return .failure(.storageFailure("the model expected holds")) }
        for (offset, reservation) in held.enumerated() { after[after.count - seats.count + offset].id = reservation }
        reservations = after
        return .success(Self.holdSummary(seats: seats.map { ModelSeats.numbers[$0] }, until: now + ms(policy.holdDuration)))
    }

    mutating func release(_ id: TokenID, reservation: ReservationID) -> Result<String, BookingError> {
        let user: String
        switch live(id) {
        case .failure(let error): return .failure(error)
        case .success(let found): user = found
        }
        guard let index = reservations.firstIndex(where: { $0.id == reservation }) else { return .failure(.reservationNotFound(reservation)) }
        guard reservations[index].buyer == user else { return .failure(.notYourReservation(reservation)) }
        switch reservations[index].status {
        case .confirmed: return .failure(.alreadyPaid(reservation))
        case .held: reservations[index].status = .canceled
        case .canceled: break
        }
        return .success("released")
    }

    mutating func sweepHolds() -> Int {
        var count = 0
        for index in reservations.indices where reservations[index].status == .held && reservations[index].expiresAt <= now {
            reservations[index].status = .canceled
            count += 1
        }
        return count
    }

    mutating func pay(_ id: TokenID, reservations ids: [ReservationID], payment: PaymentID?) -> Result<String, BookingError> {
        if ids.isEmpty { return .failure(.invalidRequest("empty")) }
        if Set(ids).count != ids.count { return .failure(.invalidRequest("duplicate")) }
        guard let (user, token) = tokens.first(where: { $0.value.id == id }), token.active || token.expiresAt > now else {
            return .failure(.tokenNotFound)
        }
        var rows: [Int] = []
        for reservation in ids {
            guard let index = reservations.firstIndex(where: { $0.id == reservation }) else { return .failure(.reservationNotFound(reservation)) }
            guard reservations[index].buyer == user else { return .failure(.notYourReservation(reservation)) }
            rows.append(index)
        }
        let paid = Set(rows.compactMap { reservations[$0].payment })
        if rows.allSatisfy({ reservations[$0].status == .confirmed }), paid.count == 1, let first = paid.first, let earlier = payments[first] {
            return .success(Self.paySummary(earlier, again: true))
        }
        if let confirmed = rows.first(where: { reservations[$0].status == .confirmed }) {
            return .failure(.alreadyPaid(reservations[confirmed].id))
        }
        if case .failure(let error) = active(id) { return .failure(error) }
        let lapsed = rows.filter { reservations[$0].status == .canceled || reservations[$0].expiresAt <= now }
        if !lapsed.isEmpty {
            for index in lapsed { reservations[index].status = .canceled }
            return .failure(.holdExpired)
        }
        let total = rows.reduce(Int64(0)) { $0 + reservations[$1].price }
        let balance = balances[user, default: 0]
        if balance < total { return .failure(.notEnoughPoints(balance: balance, needed: total)) }
        guard let payment else { return .failure(.storageFailure("the model expected a payment")) }
        balances[user] = balance - total
        let record = Payment(amount: total, balanceAfter: balance - total)
        payments[payment] = record
        for index in rows {
            reservations[index].status = .confirmed
            reservations[index].payment = payment
        }
        if !reservations.contains(where: { $0.buyer == user && $0.status == .held && $0.expiresAt > now }) {
            tokens[user]?.expiresAt = now
        }
        return .success(Self.paySummary(record, again: false))
    }

    mutating func charge(_ user: String, amount: Int64) -> Result<String, BookingError> {
        if amount < 1 { return .failure(.invalidAmount(.notPositive)) }
        if amount > policy.maxCharge { return .failure(.invalidAmount(.overChargeLimit(limit: policy.maxCharge))) }
        let balance = balances[user, default: 0]
        if amount > policy.balanceCeiling - balance {
            return .failure(.invalidAmount(.overBalanceCeiling(ceiling: policy.balanceCeiling, room: max(0, policy.balanceCeiling - balance))))
        }
        balances[user] = balance + amount
        return .success("balance \(balance + amount)")
    }

    func balance(_ user: String) -> String {
        "balance \(balances[user, default: 0])"
    }

    // MARK: summaries both sides print alike

    static func holdSummary(seats: [Int], until: Int64) -> String {
        "held \(seats) until \(until)"
    }

    static func paySummary(_ payment: Payment, again: Bool) -> String {
        "paid \(payment.amount), balance after \(payment.balanceAfter)\(again ? " (again)" : "")"
    }

    static func statusSummary(active: Bool, position: Int?, waiting: Int) -> String {
        active ? "active, \(waiting) waiting" : "waiting #\(position ?? 0) of \(waiting)"
    }

    // MARK: helpers

    private var liveActive: Int { tokens.values.filter { $0.active && $0.expiresAt > now }.count }

    /// Places count the waiting tokens still alive: a lapsed waiter has left the line.
    private func position(of token: Token) -> Int {
        tokens.values.filter { !$0.active && $0.expiresAt > now && $0.seq < token.seq }.count + 1
    }

    private func status(of token: Token) -> String {
        let waiting = tokens.values.filter { !$0.active && $0.expiresAt > now }.count
        return Self.statusSummary(active: token.active, position: token.active ? nil : position(of: token), waiting: waiting)
    }

    @discardableResult
    private mutating func dropLapsedWaiters() -> Int {
        let lapsed = tokens.filter { !$0.value.active && $0.value.expiresAt <= now }.map(\.key)
        lapsed.forEach { tokens[$0] = nil }
        return lapsed.count
    }

    private mutating func keepAlive(_ user: String) -> Token {
        let expiresAt = now + ms(policy.waitingTokenLifetime)
        if let token = tokens[user], !token.active { tokens[user]?.expiresAt = expiresAt }
        return tokens[user]!
    }

    private func live(_ id: TokenID) -> Result<String, BookingError> {
        guard let (user, token) = tokens.first(where: { $0.value.id == id }), token.active || token.expiresAt > now else {
            return .failure(.tokenNotFound)
        }
        return token.expiresAt > now ? .success(user) : .failure(.tokenExpired)
    }

    private func active(_ id: TokenID) -> Result<String, BookingError> {
        switch live(id) {
        case .failure(let error): return .failure(error)
        case .success(let user):
            guard let token = tokens[user], token.active else { return .failure(.tokenNotActive(position: position(of: tokens[user]!))) }
            return .success(user)
        }
    }

    private func ms(_ duration: Duration) -> Int64 { duration.wholeMilliseconds }
}
