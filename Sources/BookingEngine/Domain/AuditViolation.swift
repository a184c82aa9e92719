/// One invariant an audit found broken, and how often: the key a report is worded from.
public struct AuditViolation: Sendable, Equatable {
    /// Which invariant of SPEC.md is broken (see the counts of `AuditReport`).
    public enum Invariant: String, Sendable, CaseIterable {
        case integrityErrors, overCapacity, seatsDoublyTaken, seatsSoldTwice, salesWithoutOnePayment, salesPaidByAnother
        case paymentsOffTheirSeats, balancesOffLedger, balancesOutOfRange, lapseTreeOff, activeCountOff, waitersPassedOver
        case seatCountsOff, overdueHolds
    }

    public let invariant: Invariant
    /// How many things break it (active tokens live, for `overCapacity`; 1 for `activeCountOff`).
    public let count: Int
    /// The capacity the active tokens exceed, for `overCapacity`.
    public let capacity: Int?

    public init(invariant: Invariant, count: Int, capacity: Int? = nil) {
        self.invariant = invariant
        self.count = count
        self.capacity = capacity
    }

    /// The violation as an English sentence: "2 seats sold twice".
    public var english: String {
        switch invariant {
        case .integrityErrors: "\(count) structural problems found by SQLite's quick_check"
        case .overCapacity: "\(count) active tokens for a capacity of \(capacity ?? 0)"
        case .seatsDoublyTaken: "\(count) seats with two live holds or sales"
        case .seatsSoldTwice: "\(count) seats sold twice"
        case .salesWithoutOnePayment: "\(count) sold seats without exactly one payment"
        case .salesPaidByAnother: "\(count) sold seats paid for by a buyer who did not hold them"
        case .paymentsOffTheirSeats: "\(count) payments that differ from the seats they bought"
        case .balancesOffLedger: "\(count) balances that differ from their ledger"
        case .balancesOutOfRange: "\(count) balances below zero or over the ceiling"
        case .lapseTreeOff: "\(count) disagreements between the lapse tree and the tokens (places in line)"
        case .activeCountOff: "the count of admitted buyers differs from the tokens"
        case .waitersPassedOver: "\(count) live waiters behind the point admission has reached"
        case .seatCountsOff: "\(count) sections or performances whose kept seat counts or seat order are off"
        case .overdueHolds: "\(count) holds past their deadline after a sweep"
        }
    }
}
