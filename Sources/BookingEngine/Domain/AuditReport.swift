/// What an `InvariantAudit` found: the count behind every invariant of SPEC.md, and a
/// few totals for context. Every count named as a violation must be zero.
public struct AuditReport: Sendable, Equatable, Codable {
    /// The moment the figures describe.
    public var checkedAt: Timestamp
    /// Problems SQLite's own `PRAGMA quick_check` reports in the file's structure.
    public var integrityErrors: Int
    /// The active capacity the tokens were checked against.
    public var capacity: Int
    /// Active tokens live at `checkedAt`.
    public var liveActiveTokens: Int
    /// Seats with two or more live holds or sales.
    public var seatsDoublyTaken: Int
    /// Seats confirmed (sold) twice.
    public var seatsSoldTwice: Int
    /// Sold seats without exactly one payment debited exactly once.
    public var salesWithoutOnePayment: Int
    /// Sold seats paid for by a buyer other than the one who held them.
    public var salesPaidByAnother: Int
    /// Payments whose amount differs from the prices of the seats they bought.
    public var paymentsOffTheirSeats: Int
    /// Buyers whose balance differs from their ledger.
    public var balancesOffLedger: Int
    /// Balances below zero or over the ceiling.
    public var balancesOutOfRange: Int
    /// Disagreements between the lapse tree, the line's counters and the tokens (see
    /// `LapseTreeAudit`): places in line would be wrong.
    public var lapseTreeOff: Int
    /// Whether the stored count of admitted tokens differs from the tokens themselves.
    public var activeCountOff: Bool
    /// Live waiters numbered at or below the number admission last reached, which it
    /// would never come back for.
    public var waitersPassedOver: Int
    /// Holds still marked held past their deadline.
    public var overdueHolds: Int
    /// Whether a hold sweep ran just before, so that `overdueHolds` must be zero.
    public var holdsSwept: Bool
    /// Sections and performances whose kept seat counts (all, sold, held) differ from their
    /// seats and reservations, or whose seats are not numbered in row order from the
    /// section's first seat: the overview and the date list would show wrong figures.
    public var seatCountsOff: Int = 0
    /// Totals for context: seats sold, live holds, payments, buyers.
    public var soldSeats: Int
    public var liveHolds: Int
    public var payments: Int
    public var buyers: Int

    /// Each broken invariant as a sentence; empty when the database is sound.
    public var violations: [String] {
        var found: [String] = []
        func check(_ count: Int, _ what: String) {
            if count > 0 { found.append("\(count) \(what)") }
        }
        check(integrityErrors, "structural problems found by SQLite's quick_check")
        if liveActiveTokens > capacity { found.append("\(liveActiveTokens) active tokens for a capacity of \(capacity)") }
        check(seatsDoublyTaken, "seats with two live holds or sales")
        check(seatsSoldTwice, "seats sold twice")
        check(salesWithoutOnePayment, "sold seats without exactly one payment")
        check(salesPaidByAnother, "sold seats paid for by a buyer who did not hold them")
        check(paymentsOffTheirSeats, "payments that differ from the seats they bought")
        check(balancesOffLedger, "balances that differ from their ledger")
        check(balancesOutOfRange, "balances below zero or over the ceiling")
        check(lapseTreeOff, "disagreements between the lapse tree and the tokens (places in line)")
        if activeCountOff { found.append("the count of admitted buyers differs from the tokens") }
        check(waitersPassedOver, "live waiters behind the point admission has reached")
        check(seatCountsOff, "sections or performances whose kept seat counts or seat order are off")
        if holdsSwept { check(overdueHolds, "holds past their deadline after a sweep") }
        return found
    }

    /// Whether no invariant is broken.
    public var isSound: Bool { violations.isEmpty }

    /// A report of these figures: for a store's own audit (see `StoreDiagnostics`).
    public init(
        checkedAt: Timestamp, integrityErrors: Int, capacity: Int, liveActiveTokens: Int, seatsDoublyTaken: Int, seatsSoldTwice: Int,
        salesWithoutOnePayment: Int, salesPaidByAnother: Int, paymentsOffTheirSeats: Int, balancesOffLedger: Int,
        balancesOutOfRange: Int, lapseTreeOff: Int, activeCountOff: Bool, waitersPassedOver: Int, overdueHolds: Int, holdsSwept: Bool,
        seatCountsOff: Int = 0, soldSeats: Int, liveHolds: Int, payments: Int, buyers: Int
    ) {
        self.checkedAt = checkedAt
        self.integrityErrors = integrityErrors
        self.capacity = capacity
        self.liveActiveTokens = liveActiveTokens
        self.seatsDoublyTaken = seatsDoublyTaken
        self.seatsSoldTwice = seatsSoldTwice
        self.salesWithoutOnePayment = salesWithoutOnePayment
        self.salesPaidByAnother = salesPaidByAnother
        self.paymentsOffTheirSeats = paymentsOffTheirSeats
        self.balancesOffLedger = balancesOffLedger
        self.balancesOutOfRange = balancesOutOfRange
        self.lapseTreeOff = lapseTreeOff
        self.activeCountOff = activeCountOff
        self.waitersPassedOver = waitersPassedOver
        self.overdueHolds = overdueHolds
        self.holdsSwept = holdsSwept
        self.seatCountsOff = seatCountsOff
        self.soldSeats = soldSeats
        self.liveHolds = liveHolds
        self.payments = payments
        self.buyers = buyers
    }
}
