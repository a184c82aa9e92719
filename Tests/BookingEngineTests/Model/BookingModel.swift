import BookingEngine

/// SPEC.md as a small in-memory model: the database's time, tokens with places and
/// lifetimes, holds, sales and balances, and the error each refused call must give. Each
/// method answers like the engine, as a success summary or a `BookingError`; ids the
/// engine picks (tokens, reservations, payments) are taken from the engine's own answer.
///
/// Time follows SPEC's one-authority rule, written out here apart from the engine's own
/// code: a call works at the later of the clock and the last time a committed write
/// recorded, and waiting places expire on line time, which moves on by at most half the
/// waiting lifetime between two writes. A call that is refused writes nothing, so it
/// records no time either; holds and payments write without recording it.
struct BookingModel {
    struct Token {
        var id: TokenID
        var seq: Int
        var active: Bool
        /// Line time while waiting, engine time once active.
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
        /// The token that paid.
        var token: TokenID
    }

    let policy: EngineConfiguration
    /// The test's clock.
    var clock: Int64
    /// The last time a committed write recorded, and how far line time lags behind it.
    var recorded: Int64
    var lag: Int64 = 0
    var tokens: [String: Token] = [:]
    /// Every token a buyer was ever given, the latest last (old ones may be gone).
    var lastToken: [String: TokenID] = [:]
    var nextSeq = 1
    var balances: [String: Int64] = [:]
    var reservations: [Reservation] = []
    var payments: [PaymentID: Payment] = [:]

    init(policy: EngineConfiguration, now: Timestamp) {
        self.policy = policy
        clock = now.milliseconds
        recorded = now.milliseconds
    }

    // MARK: time

    /// Engine time for a call starting now.
    var now: Int64 { max(clock, recorded) }
    /// Line time for a call starting now.
    var lineNow: Int64 { now - lineLag }
    private var lineLag: Int64 { lag + max(0, now - recorded - ms(policy.waitingTokenLifetime) / 2) }

    /// A write commits: its time is recorded.
    private mutating func commit() {
        lag = lineLag
        recorded = now
    }

    // MARK: the line

    mutating func join(_ user: String, issued: TokenID?) -> Result<String, BookingError> {
        defer { commit() }
        if let token = tokens[user] {
            if isLive(token) { return .success(status(of: keepAlive(user))) }
            tokens[user] = nil
        }
        guard let issued else { return .failure(.storageFailure(.said("the model expected a new token"))) }
        var token = Token(id: issued, seq: nextSeq, active: false, expiresAt: lineNow + ms(policy.waitingTokenLifetime) + slack)
        nextSeq += 1
        tokens[user] = token
        lastToken[user] = issued
        if waiting == 1 {
            dropExpiredShoppers()
            if tokens.values.filter(\.active).count < policy.activeCapacity {
                token.active = true
                token.expiresAt = now + ms(policy.activeTokenLifetime)
                tokens[user] = token
            }
        }
        return .success(status(of: token))
    }

    mutating func poll(_ id: TokenID) -> Result<String, BookingError> {
        switch live(id) {
        case .failure(let error): return .failure(error)
        case .success(let user):
            if let token = tokens[user], !token.active, token.expiresAt < lineNow + ms(policy.waitingTokenLifetime) {
                defer { commit() }
                return .success(status(of: keepAlive(user)))
            }
            return .success(status(of: tokens[user]!))
        }
    }

    mutating func admit() -> Int {
        defer { commit() }
        dropExpiredShoppers()
        let room = policy.activeCapacity - tokens.values.filter(\.active).count
        guard room > 0 else { return 0 }
        let chosen = tokens.filter { !$0.value.active && isLive($0.value) }.sorted { $0.value.seq < $1.value.seq }.prefix(room)
        let expiresAt = now + ms(policy.activeTokenLifetime)
        for user in chosen.map(\.key) {
            tokens[user]?.active = true
            tokens[user]?.expiresAt = expiresAt
        }
        return chosen.count
    }

    mutating func sweepTokens() {
        defer { commit() }
        for user in tokens.filter({ !isLive($0.value) }).map(\.key) { tokens[user] = nil }
    }

    // MARK: seats and money

    mutating func hold(_ id: TokenID, seats: [Int], held: [ReservationID]?) -> Result<String, BookingError> {
        if seats.isEmpty { return .failure(.invalidRequest(.said("empty"))) }
        if Set(seats).count != seats.count { return .failure(.invalidRequest(.said("duplicate"))) }
        let user: String
        switch active(id) {
        case .failure(let error): return .failure(error)
        case .success(let found): user = found
        }
        let holding = reservations.filter { $0.buyer == user && $0.status == .held && $0.expiresAt > now }.count
        if holding + seats.count > policy.holdLimit { return .failure(.holdLimitReached(limit: policy.holdLimit)) }
        let deadline = min(now + ms(policy.holdDuration), tokens[user]!.expiresAt)
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
                id: ReservationID(0), seat: seat, buyer: user, status: .held, price: ModelSeats.prices[seat], expiresAt: deadline))
        }
        guard let held, held.count == seats.count else { return .failure(.storageFailure(.said("the model expected holds"))) }
        for (offset, reservation) in held.enumerated() { after[after.count - seats.count + offset].id = reservation }
        reservations = after
        return .success(Self.holdSummary(seats: seats.map { ModelSeats.numbers[$0] }, until: deadline))
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
        commit()
        return .success("released")
    }

    mutating func sweepHolds() -> Int {
        defer { commit() }
        var count = 0
        let moment = now
        for index in reservations.indices where reservations[index].status == .held && reservations[index].expiresAt <= moment {
            reservations[index].status = .canceled
            count += 1
        }
        return count
    }

    mutating func pay(_ id: TokenID, reservations ids: [ReservationID], payment: PaymentID?) -> Result<String, BookingError> {
        if ids.isEmpty { return .failure(.invalidRequest(.said("empty"))) }
        if Set(ids).count != ids.count { return .failure(.invalidRequest(.said("duplicate"))) }
        guard let (user, token) = tokens.first(where: { $0.value.id == id }), token.active || isLive(token) else {
            return paidEarlier(by: id, ids).map { .success(Self.paySummary($0, again: true)) } ?? .failure(.tokenNotFound)
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
        let moment = now
        let lapsed = rows.filter { reservations[$0].status == .canceled || reservations[$0].expiresAt <= moment }
        if !lapsed.isEmpty {
            for index in lapsed { reservations[index].status = .canceled }
            return .failure(.holdExpired)
        }
        let total = rows.reduce(Int64(0)) { $0 + reservations[$1].price }
        let balance = balances[user, default: 0]
        if balance < total { return .failure(.notEnoughPoints(balance: balance, needed: total)) }
        guard let payment else { return .failure(.storageFailure(.said("the model expected a payment"))) }
        balances[user] = balance - total
        let record = Payment(amount: total, balanceAfter: balance - total, token: id)
        payments[payment] = record
        for index in rows {
            reservations[index].status = .confirmed
            reservations[index].payment = payment
        }
        if !reservations.contains(where: { $0.buyer == user && $0.status == .held && $0.expiresAt > moment }) {
            tokens[user]?.expiresAt = moment
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
        commit()
        return .success("balance \(balance + amount)")
    }

    func balance(_ user: String) -> String {
        "balance \(balances[user, default: 0])"
    }

    // MARK: summaries both sides print alike

    static func holdSummary(seats: [Int], until: Int64) -> String {
        "held \(seats) until \(until)"
    }

    /// The one payment token `id` made for all of `ids`, if so: what a token no longer
    /// stored may still be answered with.
    private func paidEarlier(by id: TokenID, _ ids: [ReservationID]) -> Payment? {
        let rows = ids.compactMap { reservation in reservations.first { $0.id == reservation } }
        guard rows.count == ids.count, rows.allSatisfy({ $0.status == .confirmed }) else { return nil }
        let paid = Set(rows.compactMap(\.payment))
        guard paid.count == 1, let payment = paid.first.flatMap({ payments[$0] }), payment.token == id else { return nil }
        return payment
    }

    static func paySummary(_ payment: Payment, again: Bool) -> String {
        "paid \(payment.amount), balance after \(payment.balanceAfter)\(again ? " (again)" : "")"
    }

    static func statusSummary(active: Bool, position: Int?, waiting: Int) -> String {
        active ? "active, \(waiting) waiting" : "waiting #\(position ?? 0) of \(waiting)"
    }

    // MARK: helpers

    /// A keep-alive moves a waiter's expiry a lifetime and a twelfth of one ahead.
    private var slack: Int64 { ms(policy.waitingTokenLifetime) / 12 }

    private func isLive(_ token: Token) -> Bool {
        token.active ? token.expiresAt > now : token.expiresAt > lineNow
    }

    private var waiting: Int { tokens.values.filter { !$0.active && isLive($0) }.count }

    /// Places count the live waiters: a lapsed waiter has left the line.
    private func position(of token: Token) -> Int {
        tokens.values.filter { !$0.active && isLive($0) && $0.seq < token.seq }.count + 1
    }

    private func status(of token: Token) -> String {
        Self.statusSummary(active: token.active, position: token.active ? nil : position(of: token), waiting: waiting)
    }

    /// Admission, and a join that could be admitted at once, first delete the shoppers whose
    /// time is over: the capacity counts the admitted tokens still stored.
    private mutating func dropExpiredShoppers() {
        let moment = now
        for user in tokens.filter({ $0.value.active && $0.value.expiresAt <= moment }).map(\.key) { tokens[user] = nil }
    }

    private mutating func keepAlive(_ user: String) -> Token {
        if let token = tokens[user], !token.active, token.expiresAt < lineNow + ms(policy.waitingTokenLifetime) {
            let expiry = lineNow + ms(policy.waitingTokenLifetime) + slack
            tokens[user]?.expiresAt = expiry
        }
        return tokens[user]!
    }

    private func live(_ id: TokenID) -> Result<String, BookingError> {
        guard let (user, token) = tokens.first(where: { $0.value.id == id }), token.active || isLive(token) else {
            return .failure(.tokenNotFound)
        }
        return isLive(token) ? .success(user) : .failure(.tokenExpired)
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
