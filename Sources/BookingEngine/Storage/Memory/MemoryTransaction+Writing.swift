/// What a write transaction changes in the in-memory tables, with the checks the SQLite
/// schema makes.
extension MemoryTransaction: StoreWriting {
    func saveClock(_ clock: StoredClock, line: LineCounters) throws {
        guard clock.recorded >= t.clock.recorded else { throw refuse("the clock only moves forward") }
        guard line.nextNumber >= t.line.nextNumber, line.lapsesCounted >= t.line.lapsesCounted else {
            throw refuse("the line only moves forward")
        }
        if clock != t.clock { change(\.clock) { $0 = clock } }
        if line != t.line { change(\.line) { $0 = line } }
    }

    func savePolicy(_ policy: EngineConfiguration) throws {
        guard policy.problems.isEmpty else { throw refuse("the policy is not usable") }
        change(\.policy) { $0 = policy }
    }

    func insertToken(_ token: TokenRow) throws {
        guard token.number >= t.line.nextNumber else { throw refuse("a number in line is never issued twice") }
        guard t.tokens[token.number] == nil else { throw refuse("UNIQUE token number") }
        var buyer = t.buyers[token.buyer] ?? MemoryTables.BuyerRecord()
        if let old = buyer.tokenNumber, t.tokens[old] != nil {
            throw refuse("a buyer's token must be deleted before another replaces it")
        }
        if token.status == .active { try admitOne() }
        buyer.tokenNumber = token.number
        change(\.buyers, key: token.buyer, to: buyer)
        change(\.tokens, key: token.number, to: token)
    }

    /// Counts one more admitted token, within the capacity.
    private func admitOne() throws {
        guard t.activeCount < t.policy.activeCapacity else { throw refuse("more buyers would be shopping than the capacity allows") }
        change(\.activeCount) { $0 += 1 }
    }

    func deleteToken(number: Int64) throws {
        guard let token = t.tokens[number] else { return }
        if token.status == .active { change(\.activeCount) { $0 -= 1 } }
        change(\.tokens, key: number, to: nil)
    }

    func activate(_ numbers: [Int64], until expiry: Int64) throws -> Int {
        var changed = 0
        for number in numbers {
            guard var token = t.tokens[number], token.status == .waiting else { continue }
            try admitOne()
            token.status = .active
            token.expiresAt = expiry
            change(\.tokens, key: number, to: token)
            changed += 1
        }
        return changed
    }

    func expireActiveToken(number: Int64, at moment: Int64) throws {
        guard var token = t.tokens[number], token.status == .active else { return }
        token.expiresAt = moment
        change(\.tokens, key: number, to: token)
    }

    func deleteExpiredActiveTokens(now: Int64) throws -> Int {
        let expired = t.tokens.values.filter { $0.status == .active && $0.expiresAt <= now }.map(\.number)
        for number in expired { try deleteToken(number: number) }
        return expired.count
    }

    func extendWaiters(_ waiters: [WaiterExpiry], lineNow: Int64) throws -> Int {
        var changed = 0
        for waiter in waiters {
            guard var token = t.tokens[waiter.number], token.status == .waiting, token.expiresAt > lineNow,
                  token.expiresAt < waiter.expiresAt
            else { continue }
            token.expiresAt = waiter.expiresAt
            change(\.tokens, key: waiter.number, to: token)
            changed += 1
        }
        return changed
    }

    func addToLapseNodes(_ nodes: [Int64: LapseNode]) throws {
        for (key, added) in nodes {
            var node = t.lapseNodes[key] ?? LapseNode()
            node.lapses += added.lapses
            node.bits |= added.bits
            change(\.lapseNodes, key: key, to: node)
        }
    }

    func deleteCountedWaiters(mark: Int64, limit: Int) throws -> Int {
        let counted = t.tokens.values.filter { $0.status == .waiting && $0.expiresAt <= mark }.map(\.number).sorted().prefix(limit)
        for number in counted { try deleteToken(number: number) }
        return counted.count
    }

    func logAdmission(at moment: Int64, admitted: Int) throws {
        change(\.admissions) { $0.append((moment, admitted)) }
    }

    func pruneAdmissions(before moment: Int64) throws {
        guard t.admissions.contains(where: { $0.at < moment }) else { return }
        change(\.admissions) { $0.removeAll { $0.at < moment } }
    }

    func insertHold(seat: SeatID, buyer: String, price: Int64, heldAt: Int64, expiresAt: Int64) throws -> ReservationID {
        guard t.seats[seat] != nil, t.buyers[buyer] != nil else { throw refuse("FOREIGN KEY constraint failed") }
        guard t.liveBySeat[seat] == nil else { throw refuse("UNIQUE constraint failed: reservation.seat_id") }
        let holding = t.reservations.values.filter { $0.row.buyer == buyer && $0.row.status == .held && $0.row.expiresAt > heldAt }.count
        guard holding < t.policy.holdLimit else { throw refuse("a buyer would hold more seats than the hold limit") }
        let id = ReservationID(nextID())
        let row = ReservationRow(id: id, seat: seat, buyer: buyer, status: .held, price: price, expiresAt: expiresAt, payment: nil)
        change(\.reservations, key: id, to: MemoryTables.ReservationRecord(row: row, heldAt: heldAt))
        change(\.liveBySeat, key: seat, to: id)
        count(seat: seat, held: 1, sold: 0)
        return id
    }

    /// The next row id, undone with the transaction.
    func nextID() -> Int64 {
        var id: Int64 = 0
        change(\.lastID) { $0 += 1; id = $0 }
        return id
    }

    private func setStatus(_ id: ReservationID, _ status: ReservationRow.Status, payment: PaymentID? = nil) {
        guard var record = t.reservations[id] else { return }
        if record.row.status == .held, status != .held { count(seat: record.row.seat, held: -1, sold: status == .confirmed ? 1 : 0) }
        record.row.status = status
        record.row.payment = payment
        change(\.reservations, key: id, to: record)
        if status == .canceled { change(\.liveBySeat, key: record.row.seat, to: nil) }
    }

    func cancelHold(_ id: ReservationID) throws -> Int {
        guard t.reservations[id]?.row.status == .held else { return 0 }
        setStatus(id, .canceled)
        return 1
    }

    func cancelOwnHold(_ id: ReservationID, buyer: String) throws -> Int {
        guard let row = t.reservations[id]?.row, row.buyer == buyer, row.status == .held else { return 0 }
        setStatus(id, .canceled)
        return 1
    }

    func confirmOwnHold(_ id: ReservationID, buyer: String, payment: PaymentID, now: Int64) throws -> Int {
        guard let row = t.reservations[id]?.row, row.buyer == buyer, row.status == .held, row.expiresAt > now else { return 0 }
        guard t.payments[payment]?.buyer == buyer else { throw refuse("a payment confirms only its own buyer's reservations") }
        setStatus(id, .confirmed, payment: payment)
        return 1
    }

    func cancelExpiredHolds(now: Int64) throws -> Int {
        let expired = t.reservations.values.filter { $0.row.status == .held && $0.row.expiresAt <= now }.map(\.row.id)
        for id in expired { setStatus(id, .canceled) }
        return expired.count
    }

    func ensureBuyer(_ buyer: String) throws {
        guard t.buyers[buyer] == nil else { return }
        guard (1...64).contains(buyer.count) else { throw refuse("CHECK constraint failed: buyer name") }
        change(\.buyers, key: buyer, to: MemoryTables.BuyerRecord())
    }

    func setKey(hash: String, madeAt moment: Int64, buyer: String) throws {
        guard var record = t.buyers[buyer] else { throw BookingError.storageFailure(.said("buyer \(buyer) is missing")) }
        guard !t.buyers.contains(where: { $0.key != buyer && $0.value.keyHash == hash }) else { throw refuse("UNIQUE constraint failed: buyer.key_hash") }
        record.keyHash = hash
        record.keyMadeAt = moment
        change(\.buyers, key: buyer, to: record)
    }

    func changeBalance(buyer: String, by delta: Int64) throws -> Int64 {
        guard var record = t.buyers[buyer] else { throw BookingError.storageFailure(.said("buyer \(buyer) is missing")) }
        let (balance, overflow) = record.balance.addingReportingOverflow(delta)
        guard !overflow, (0...EngineConfiguration.schemaBalanceCeiling).contains(balance) else {
            throw refuse("CHECK constraint failed: balance")
        }
        if delta > 0, balance > t.policy.balanceCeiling, !buyer.hasPrefix("@") { throw refuse("a balance would pass the ceiling") }
        record.balance = balance
        change(\.buyers, key: buyer, to: record)
        return balance
    }

    func insertPayment(buyer: String, amount: Int64, at moment: Int64, token: String?) throws -> PaymentID {
        let id = PaymentID(nextID())
        change(\.payments, key: id, to: MemoryTables.PaymentRecord(buyer: buyer, amount: amount, paidAt: moment, token: token))
        return id
    }

    func appendLedger(buyer: String, kind: LedgerEntry.Kind, amount: Int64, balanceAfter: Int64, at moment: Int64, payment: PaymentID?) throws -> Int64 {
        if let payment, t.ledger.values.contains(where: { $0.entry.payment == payment }) {
            throw refuse("UNIQUE constraint failed: one debit per payment")
        }
        let id = nextID()
        let entry = LedgerEntry(id: id, kind: kind, amount: amount, balanceAfter: balanceAfter, at: Timestamp(milliseconds: moment), payment: payment)
        change(\.ledger, key: id, to: MemoryTables.LedgerRecord(buyer: buyer, entry: entry))
        return id
    }

    func recordIdempotent(scope: IdempotencyKey.Scope, buyer: String, token: String?, key: String, _ record: IdempotentRecord, at moment: Int64) throws {
        let requestKey = MemoryTables.RequestKey(scope: scope.rawValue, buyer: buyer, key: key)
        guard t.requests[requestKey] == nil else { throw refuse("UNIQUE constraint failed: request_key") }
        change(\.requests, key: requestKey, to: MemoryTables.RequestRecord(record: record, token: token, madeAt: moment))
    }

    func pruneIdempotent(before moment: Int64) throws {
        for (key, record) in t.requests where record.madeAt < moment { change(\.requests, key: key, to: nil) }
    }

    func markCatalogLoaded(at moment: Int64) throws {
        change(\.catalogLoadedAt) { $0 = moment }
    }

    func insertConcert(title: String, venue: String) throws -> ConcertID {
        guard try concert(title: title, venue: venue) == nil else { throw refuse("UNIQUE constraint failed: concert") }
        let id = ConcertID(nextID())
        change(\.concerts, key: id, to: MemoryTables.ConcertRecord(title: title, venue: venue))
        return id
    }

    func insertSale(seat: SeatID, buyer: String, price: Int64, payment: PaymentID, at moment: Int64) throws {
        guard t.liveBySeat[seat] == nil else { throw refuse("UNIQUE constraint failed: reservation.seat_id") }
        let id = ReservationID(nextID())
        let row = ReservationRow(id: id, seat: seat, buyer: buyer, status: .confirmed, price: price, expiresAt: moment, payment: payment)
        change(\.reservations, key: id, to: MemoryTables.ReservationRecord(row: row, heldAt: moment))
        change(\.liveBySeat, key: seat, to: id)
        count(seat: seat, held: 0, sold: 1)
    }

    func recordEvent(_ event: EngineEvent) throws {
        change(\.events) { events in
            events.append(event)
            if events.count > MemoryTables.eventLimit { events.removeFirst(events.count - MemoryTables.eventLimit) }
        }
        change(\.eventsRecorded) { $0 += 1 }
    }
}
