/// SPEC.md's invariants checked on the in-memory tables, as `InvariantAudit` checks them
/// on a SQLite file.
enum MemoryAudit {
    static func report(_ t: MemoryTables, at now: Int64, holdsSweptAt: Int64?) -> AuditReport {
        let reservations = t.reservations.values.map(\.row)
        let confirmed = reservations.filter { $0.status == .confirmed }
        let live = reservations.filter { $0.isLive(at: now) }
        let debits = Dictionary(grouping: t.ledger.values.filter { $0.entry.kind == .payment }, by: { $0.entry.payment })
        let salesWithoutOnePayment = confirmed.filter { row in
            guard let payment = row.payment, let paid = t.payments[payment] else { return true }
            let matching = (debits[payment] ?? []).filter { $0.buyer == paid.buyer && $0.entry.amount == paid.amount }
            return matching.count != 1
        }.count
        let lineNow = max(now - t.clock.lineLag, t.line.lapseMark)
        let uncounted = Set(t.tokens.values.filter {
            $0.status == .waiting && $0.number > t.line.admittedThrough && $0.expiresAt > t.line.lapseMark
        }.map(\.number))
        return AuditReport(
            checkedAt: Timestamp(milliseconds: now),
            integrityErrors: 0,
            capacity: t.policy.activeCapacity,
            liveActiveTokens: t.tokens.values.filter { $0.status == .active && $0.expiresAt > now }.count,
            seatsDoublyTaken: Dictionary(grouping: live, by: \.seat).values.filter { $0.count > 1 }.count,
            seatsSoldTwice: Dictionary(grouping: confirmed, by: \.seat).values.filter { $0.count > 1 }.count,
            salesWithoutOnePayment: salesWithoutOnePayment,
            salesPaidByAnother: confirmed.filter { row in row.payment.flatMap { t.payments[$0]?.buyer } != row.buyer }.count,
            paymentsOffTheirSeats: t.payments.filter { id, paid in
                paid.amount != confirmed.filter { $0.payment == id }.reduce(0) { $0 + $1.price }
            }.count,
            balancesOffLedger: t.buyers.filter { name, buyer in
                buyer.balance != t.ledger.values.filter { $0.buyer == name }
                    .reduce(0) { $0 + ($1.entry.kind == .charge ? $1.entry.amount : -$1.entry.amount) }
            }.count,
            balancesOutOfRange: t.buyers.values.filter { !(0...EngineConfiguration.schemaBalanceCeiling).contains($0.balance) }.count,
            lapseTreeOff: LapseTreeAudit.disagreements(nodes: t.lapseNodes, line: t.line, uncounted: uncounted),
            activeCountOff: t.activeCount != t.tokens.values.filter { $0.status == .active }.count,
            waitersPassedOver: t.tokens.values.filter {
                $0.status == .waiting && $0.number <= t.line.admittedThrough && $0.expiresAt > lineNow
            }.count,
            overdueHolds: reservations.filter { $0.status == .held && $0.expiresAt <= holdsSweptAt ?? now }.count,
            holdsSwept: holdsSweptAt != nil,
            seatCountsOff: countsOff(t),
            soldSeats: confirmed.count,
            liveHolds: reservations.filter { $0.status == .held && $0.expiresAt > now }.count,
            payments: t.payments.count,
            buyers: t.buyers.count)
    }

    /// Sections and performances whose kept counts differ from their seats and reservations.
    private static func countsOff(_ t: MemoryTables) -> Int {
        var actual: [MemoryTables.SectionKey: MemoryTables.SeatCount] = [:]
        for (id, seat) in t.seats {
            let key = MemoryTables.SectionKey(date: seat.date, section: seat.section)
            var count = actual[key] ?? MemoryTables.SeatCount(first: id)
            count.first = SeatID(min(count.first.rawValue, id.rawValue))
            count.seats += 1
            switch t.liveReservation(of: id)?.status {
            case .held?: count.held += 1
            case .confirmed?: count.sold += 1
            default: break
            }
            actual[key] = count
        }
        let sectionsOff = Set(actual.keys).union(t.sectionCounts.keys).filter { actual[$0] != t.sectionCounts[$0] }.count
        let datesOff = t.performances.keys.filter { date in
            let sections = t.sectionCounts.filter { $0.key.date == date }.values
            let kept = t.dateCounts[date]
            return kept?.seats != sections.reduce(0) { $0 + $1.seats } || kept?.sold != sections.reduce(0) { $0 + $1.sold }
                || kept?.held != sections.reduce(0) { $0 + $1.held }
        }.count
        return sectionsOff + datesOff
    }
}
