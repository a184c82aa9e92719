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
    /// Holds still marked held past their deadline: at the sweep's moment when a sweep ran,
    /// else at `checkedAt`.
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

    /// Each broken invariant with its count, in a fixed order; empty when the database is sound.
    public var brokenInvariants: [AuditViolation] {
        var found: [AuditViolation] = []
        func check(_ count: Int, _ invariant: AuditViolation.Invariant) {
            if count > 0 { found.append(AuditViolation(invariant: invariant, count: count)) }
        }
        check(integrityErrors, .integrityErrors)
        if liveActiveTokens > capacity { found.append(AuditViolation(invariant: .overCapacity, count: liveActiveTokens, capacity: capacity)) }
        check(seatsDoublyTaken, .seatsDoublyTaken)
        check(seatsSoldTwice, .seatsSoldTwice)
        check(salesWithoutOnePayment, .salesWithoutOnePayment)
        check(salesPaidByAnother, .salesPaidByAnother)
        check(paymentsOffTheirSeats, .paymentsOffTheirSeats)
        check(balancesOffLedger, .balancesOffLedger)
        check(balancesOutOfRange, .balancesOutOfRange)
        check(lapseTreeOff, .lapseTreeOff)
        if activeCountOff { found.append(AuditViolation(invariant: .activeCountOff, count: 1)) }
        check(waitersPassedOver, .waitersPassedOver)
        check(seatCountsOff, .seatCountsOff)
        if holdsSwept { check(overdueHolds, .overdueHolds) }
        return found
    }

    /// Each broken invariant as an English sentence (for logs and JSON); empty when the
    /// database is sound. `BoxOfficeUI` words them in the reader's language.
    public var violations: [String] {
        brokenInvariants.map(\.english)
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
