/// What a transaction reads from the in-memory tables.
extension MemoryTransaction: StoreReading {
    func state() throws -> StoredState {
        StoredState(policy: t.policy, clock: t.clock, line: t.line)
    }

    func token(number: Int64) throws -> TokenRow? { t.tokens[number] }

    func tokenNumber(ofBuyer buyer: String) throws -> Int64? { t.buyers[buyer]?.tokenNumber }

    private func uncounted(mark: Int64, lineNow: Int64) -> [TokenRow] {
        t.tokens.values.filter { $0.status == .waiting && $0.expiresAt > mark && $0.expiresAt <= lineNow }
    }

    func uncountedLapses(mark: Int64, lineNow: Int64, after: Int64, before: Int64?) throws -> (total: Int64, below: Int64) {
        let lapsed = uncounted(mark: mark, lineNow: lineNow).filter { $0.number > after }
        return (Int64(lapsed.count), Int64(lapsed.filter { $0.number < (before ?? 0) }.count))
    }

    func firstUncountedLapses(mark: Int64, lineNow: Int64, limit: Int) throws -> [WaiterExpiry] {
        uncounted(mark: mark, lineNow: lineNow)
            .map { WaiterExpiry(number: $0.number, expiresAt: $0.expiresAt) }
            .sorted { ($0.expiresAt, $0.number) < ($1.expiresAt, $1.number) }
            .prefix(limit).map { $0 }
    }

    func waiters(expiringAt expiry: Int64) throws -> [WaiterExpiry] {
        t.tokens.values.filter { $0.status == .waiting && $0.expiresAt == expiry }
            .map { WaiterExpiry(number: $0.number, expiresAt: expiry) }.sorted { $0.number < $1.number }
    }

    func firstLiveWaiters(after: Int64, lineNow: Int64, limit: Int) throws -> [Int64] {
        t.tokens.values.filter { $0.number > after && $0.status == .waiting && $0.expiresAt > lineNow }
            .map(\.number).sorted().prefix(limit).map { $0 }
    }

    func lapseNodes(_ keys: [Int64]) throws -> [Int64: LapseNode] {
        var nodes: [Int64: LapseNode] = [:]
        for key in keys { nodes[key] = t.lapseNodes[key] }
        return nodes
    }

    func admissions(since: Int64) throws -> (admitted: Int64, first: Int64?) {
        let recent = t.admissions.filter { $0.at > since }
        return (Int64(recent.reduce(0) { $0 + $1.admitted }), recent.map(\.at).min())
    }

    func liveActiveCount(now: Int64) throws -> Int {
        t.tokens.values.filter { $0.status == .active && $0.expiresAt > now }.count
    }

    func activeCount() throws -> Int { t.activeCount }

    func upcomingDates(concert: ConcertID?, now: Int64) throws -> [(concert: Concert, date: ConcertDate)] {
        let lapsed = t.lapsedHolds(now: now)
        return t.performances.filter { $0.value.startsAt > now && (concert == nil || $0.value.concert == concert) }
            .sorted { ($0.value.concert.rawValue, $0.value.startsAt) < ($1.value.concert.rawValue, $1.value.startsAt) }
            .compactMap { id, performance in
                guard let record = t.concerts[performance.concert], let venue = t.venues[performance.venue] else { return nil }
                let count = t.dateCounts[id] ?? MemoryTables.SeatCount()
                let lapsedHere = lapsed.filter { $0.key.date == id }.values.reduce(0, +)
                let date = ConcertDate(
                    id: id, concertID: performance.concert, startsAt: Timestamp(milliseconds: performance.startsAt),
                    seatCount: count.seats, freeSeats: count.seats - count.sold - count.held + lapsedHere,
                    timeZone: venue.layout.timeZone)
                return (Concert(id: performance.concert, title: record.title, venue: record.venue, dates: []), date)
            }
    }

    func concertExists(_ concert: ConcertID) throws -> Bool { t.concerts[concert] != nil }

    func performance(_ date: DateID) throws -> PerformanceRow? {
        guard let performance = t.performances[date], let concert = t.concerts[performance.concert],
              let venue = t.venues[performance.venue]
        else { return nil }
        return PerformanceRow(
            concert: performance.concert, title: concert.title, venue: concert.venue, startsAt: performance.startsAt,
            timeZone: venue.layout.timeZone)
    }

    func seats(of date: DateID, for buyer: String, now: Int64) throws -> [Seat] {
        t.seats.filter { $0.value.date == date }.sorted { $0.value.number < $1.value.number }.map { id, seat in
            let layout = t.sections[seat.section]?.layout
            return Seat(
                id: id, number: seat.number, grade: seat.grade, price: seat.price, state: state(of: id, for: buyer, now: now),
                section: layout?.name ?? "", row: layout?.rows[seat.row].label ?? "", seatInRow: seat.seatInRow)
        }
    }

    /// A seat's state as `buyer` sees it at `now`.
    func state(of id: SeatID, for buyer: String, now: Int64) -> SeatState {
        switch t.liveReservation(of: id) {
        case let taken? where taken.isLive(at: now) && taken.status == .held:
            taken.buyer == buyer ? .heldByYou(taken.id, until: Timestamp(milliseconds: taken.expiresAt)) : .held
        case let taken? where taken.status == .confirmed:
            taken.buyer == buyer ? .boughtByYou : .sold
        default:
            .free
        }
    }

    func seat(_ id: SeatID) throws -> SeatRow? {
        guard let seat = t.seats[id], let label = t.label(of: id) else { return nil }
        return SeatRow(id: id, label: label, price: seat.price, reservation: t.liveReservation(of: id))
    }

    func reservation(_ id: ReservationID) throws -> ReservationRow? { t.reservations[id]?.row }

    func liveHoldCount(buyer: String, now: Int64) throws -> Int {
        t.reservations.values.filter { $0.row.buyer == buyer && $0.row.status == .held && $0.row.expiresAt > now }.count
    }

    func holds(buyer: String, now: Int64) throws -> [Hold] {
        t.reservations.values.filter { $0.row.buyer == buyer && $0.row.status == .held && $0.row.expiresAt > now }
            .sorted { ($0.row.expiresAt, $0.row.id.rawValue) < ($1.row.expiresAt, $1.row.id.rawValue) }
            .compactMap { record in
                t.label(of: record.row.seat).map { label in
                    Hold(id: record.row.id, seat: label, price: record.row.price, heldAt: Timestamp(milliseconds: record.heldAt),
                         expiresAt: Timestamp(milliseconds: record.row.expiresAt))
                }
            }
    }

    private func booking(_ row: ReservationRow) -> Booking? {
        guard let payment = row.payment, let paid = t.payments[payment], let label = t.label(of: row.seat) else { return nil }
        return Booking(id: row.id, payment: payment, seat: label, price: row.price, paidAt: Timestamp(milliseconds: paid.paidAt))
    }

    func bookings(buyer: String) throws -> [Booking] {
        t.reservations.values.filter { $0.row.buyer == buyer && $0.row.status == .confirmed }.compactMap { booking($0.row) }
            .sorted { ($1.paidAt.milliseconds, $0.id.rawValue) < ($0.paidAt.milliseconds, $1.id.rawValue) }
    }

    func paymentToken(_ payment: PaymentID) throws -> String? {
        t.payments[payment]?.token
    }

    func receipt(_ payment: PaymentID) throws -> Receipt? {
        guard let paid = t.payments[payment], let debit = t.ledger.values.first(where: { $0.entry.payment == payment }) else { return nil }
        let bookings = t.reservations.values.filter { $0.row.payment == payment }.compactMap { booking($0.row) }
            .sorted { $0.id.rawValue < $1.id.rawValue }
        return Receipt(
            payment: payment, bookings: bookings, amount: paid.amount, balanceAfter: debit.entry.balanceAfter,
            paidAt: Timestamp(milliseconds: paid.paidAt), wasAlreadyPaid: false)
    }

    func balance(buyer: String) throws -> Int64? { t.buyers[buyer]?.balance }

    func buyerAccount(_ buyer: String) throws -> BuyerAccount? {
        t.buyers[buyer].map { BuyerAccount(name: buyer, balance: $0.balance, keyMadeAt: $0.keyMadeAt.map(Timestamp.init)) }
    }

    func buyer(keyHash: String) throws -> String? {
        t.buyers.first { $0.value.keyHash == keyHash }?.key
    }

    func buyerAccounts() throws -> [BuyerAccount] {
        try t.buyers.keys.filter { !$0.hasPrefix("@") }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.compactMap(buyerAccount)
    }

    func ledger(buyer: String) throws -> [LedgerEntry] {
        t.ledger.values.filter { $0.buyer == buyer }.map(\.entry).sorted { $0.id > $1.id }
    }

    func ledgerEntry(_ id: Int64) throws -> LedgerEntry? { t.ledger[id]?.entry }

    func idempotentRecord(scope: IdempotencyKey.Scope, buyer: String, key: String) throws -> IdempotentRecord? {
        t.requests[MemoryTables.RequestKey(scope: scope.rawValue, buyer: buyer, key: key)]?.record
    }

    func idempotentRecord(scope: IdempotencyKey.Scope, token: String, key: String) throws -> IdempotentRecord? {
        t.requests.first { $0.key.scope == scope.rawValue && $0.key.key == key && $0.value.token == token }?.value.record
    }

    func catalogLoaded() throws -> Bool { t.catalogLoadedAt != nil }

    func concert(title: String, venue: String) throws -> ConcertID? {
        t.concerts.first { $0.value.title == title && $0.value.venue == venue }?.key
    }

    func hasPerformance(concert: ConcertID, startsAt: Int64) throws -> Bool {
        t.performances.values.contains { $0.concert == concert && $0.startsAt == startsAt }
    }

    func isUsed() throws -> Bool { !t.buyers.isEmpty || !t.concerts.isEmpty }

    func dateFigures(now: Int64) throws -> [EngineSnapshot.DateFigures] {
        let lapsed = t.lapsedHolds(now: now)
        return t.performances.filter { $0.value.startsAt > now }
            .sorted { ($0.value.startsAt, $0.key.rawValue) < ($1.value.startsAt, $1.key.rawValue) }
            .map { id, performance in
                let count = t.dateCounts[id] ?? MemoryTables.SeatCount()
                return EngineSnapshot.DateFigures(
                    concertTitle: t.concerts[performance.concert]?.title ?? "", dateID: id.rawValue,
                    startsAt: Timestamp(milliseconds: performance.startsAt), seats: count.seats, sold: count.sold,
                    held: count.held - lapsed.filter { $0.key.date == id }.values.reduce(0, +),
                    timeZone: t.venues[performance.venue]?.layout.timeZone)
            }
    }

    func liveHoldTotal(now: Int64) throws -> Int {
        t.reservations.values.filter { $0.row.status == .held && $0.row.expiresAt > now }.count
    }

    func buyerCount() throws -> Int { t.buyers.keys.filter { !$0.hasPrefix("@") }.count }

    func pointsHeld() throws -> Int64 { t.buyers.values.reduce(0) { $0 + $1.balance } }

    func events(limit: Int) throws -> [EngineEvent] { Array(t.events.reversed().prefix(limit)) }

    func eventMark() throws -> Int64 { t.eventsRecorded }
}
