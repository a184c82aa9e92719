/// What a store can read inside one transaction. Every call sees the same snapshot.
///
/// Times are whole milliseconds: engine time, except where a parameter says line time.
/// Nothing here decides anything: the rules are the engine's (`Rules/`); a store only
/// finds and counts rows.
public protocol StoreReading {
    /// Policy, clock and line counters as of the start of this transaction.
    func state() throws -> StoredState

    // MARK: The line

    func token(number: Int64) throws -> TokenRow?
    /// The number of the buyer's token, if the buyer has one (live or not).
    func tokenNumber(ofBuyer buyer: String) throws -> Int64?
    /// Waiting tokens that lapsed and are not counted out yet: expiring after `mark` and at
    /// or before `lineNow`, numbered above `after`; how many, and how many of those are
    /// numbered below `before` (0 when nil).
    func uncountedLapses(mark: Int64, lineNow: Int64, after: Int64, before: Int64?) throws -> (total: Int64, below: Int64)
    /// The first `limit` uncounted lapsed waiters (as above, any number), by expiry then number.
    func firstUncountedLapses(mark: Int64, lineNow: Int64, limit: Int) throws -> [WaiterExpiry]
    /// Every waiter expiring exactly at `expiry` (line time), by number.
    func waiters(expiringAt expiry: Int64) throws -> [WaiterExpiry]
    /// The first `limit` live waiters numbered above `after`, by number.
    func firstLiveWaiters(after: Int64, lineNow: Int64, limit: Int) throws -> [Int64]
    /// The lapse tree's nodes with these keys (missing ones are empty).
    func lapseNodes(_ keys: [Int64]) throws -> [Int64: LapseNode]
    /// Buyers admitted from the line since `since`, and the first such admission.
    func admissions(since: Int64) throws -> (admitted: Int64, first: Int64?)
    /// Active tokens live at `now`.
    func liveActiveCount(now: Int64) throws -> Int
    /// Tokens with the active status, live or expired but not deleted yet: what the
    /// capacity limits in the schema (so expired ones are deleted before admitting).
    func activeCount() throws -> Int

    // MARK: Seats

    /// Upcoming performances (starting after `now`), of one concert or of all, with free
    /// seats from the kept counts.
    func upcomingDates(concert: ConcertID?, now: Int64) throws -> [(concert: Concert, date: ConcertDate)]
    func concertExists(_ concert: ConcertID) throws -> Bool
    /// A performance with its concert and its venue's time zone: nil when there is none.
    func performance(_ date: DateID) throws -> PerformanceRow?
    /// Every seat of a performance, in seat order, as `buyer` sees it at `now`.
    func seats(of date: DateID, for buyer: String, now: Int64) throws -> [Seat]
    /// The performance's venue with every section's free and total seats at `now`, from the
    /// kept counts (its cost does not grow with the seats); nil when there is no such date.
    func venueOverview(of date: DateID, now: Int64) throws -> VenueOverview?
    /// One section of a performance, seat by seat as `buyer` sees it at `now`; nil when the
    /// date has no such section.
    func sectionSeats(of date: DateID, section: SectionID, for buyer: String, now: Int64) throws -> SectionSeats?
    func seat(_ id: SeatID) throws -> SeatRow?
    func reservation(_ id: ReservationID) throws -> ReservationRow?
    func liveHoldCount(buyer: String, now: Int64) throws -> Int
    /// The buyer's live holds, soonest deadline first.
    func holds(buyer: String, now: Int64) throws -> [Hold]
    /// The buyer's bookings, newest payment first.
    func bookings(buyer: String) throws -> [Booking]
    func receipt(_ payment: PaymentID) throws -> Receipt?
    /// The token a payment was made with (its full text), nil for none or no such payment.
    func paymentToken(_ payment: PaymentID) throws -> String?

    // MARK: Money

    /// The buyer's account, or nil for a buyer never seen.
    func buyerAccount(_ buyer: String) throws -> BuyerAccount?
    /// The buyer whose key hashes to `keyHash`.
    func buyer(keyHash: String) throws -> String?
    /// Every buyer but the box office's own, by name.
    func buyerAccounts() throws -> [BuyerAccount]
    /// The buyer's balance, or nil for a buyer never seen.
    func balance(buyer: String) throws -> Int64?
    /// Every change to the buyer's points, newest first.
    func ledger(buyer: String) throws -> [LedgerEntry]
    func ledgerEntry(_ id: Int64) throws -> LedgerEntry?
    /// The request that succeeded under `key` for this buyer and scope.
    func idempotentRecord(scope: IdempotencyKey.Scope, buyer: String, key: String) throws -> IdempotentRecord?
    /// The same, found through the token that made it (for a payment retried after its token was swept).
    func idempotentRecord(scope: IdempotencyKey.Scope, token: String, key: String) throws -> IdempotentRecord?

    // MARK: The whole database

    func catalogLoaded() throws -> Bool
    /// A concert with this title and venue, if one was loaded.
    func concert(title: String, venue: String) throws -> ConcertID?
    func hasPerformance(concert: ConcertID, startsAt: Int64) throws -> Bool
    func isUsed() throws -> Bool
    /// Seats of each upcoming performance (sold, held at `now`).
    func dateFigures(now: Int64) throws -> [EngineSnapshot.DateFigures]
    func liveHoldTotal(now: Int64) throws -> Int
    func buyerCount() throws -> Int
    func pointsHeld() throws -> Int64
    /// The latest `limit` recorded events, newest first.
    func events(limit: Int) throws -> [EngineEvent]
    /// A number that grows with every recorded event and never goes back.
    func eventMark() throws -> Int64
}

/// What a store can change inside one write transaction, besides reading. The store keeps
/// what its schema promises whatever the caller does: one live reservation per seat, at
/// most `holdLimit` live holds per buyer, at most `activeCapacity` active tokens, balances
/// within 0…ceiling, one token per buyer. A change that would break one throws, and the
/// whole transaction is rolled back.
public protocol StoreWriting: StoreReading {
    /// Saves the clock and the line's counters together (one write of the state).
    func saveClock(_ clock: StoredClock, line: LineCounters) throws
    func savePolicy(_ policy: EngineConfiguration) throws
    /// Waits until no other transaction works for the buyer, and keeps the others out until
    /// this one ends: what it then reads of the buyer's token, holds and balance stays true.
    func takeBuyerTurn(buyer: String) throws
    /// `takeBuyerTurn` for the buyer of token `number`; nothing when there is no such token.
    func takeBuyerTurn(token number: Int64) throws

    // MARK: The line

    /// Inserts a token and makes it its buyer's (creating the buyer when new).
    func insertToken(_ token: TokenRow) throws
    func deleteToken(number: Int64) throws
    /// Admits these waiting tokens; returns how many rows changed.
    func activate(_ numbers: [Int64], until expiry: Int64) throws -> Int
    /// Sets an active token's expiry (a payment ends the shopping time).
    func expireActiveToken(number: Int64, at moment: Int64) throws
    /// Deletes active tokens expired at `now`; returns how many.
    func deleteExpiredActiveTokens(now: Int64) throws -> Int
    /// Moves each waiter's expiry (line time) later, unless it has lapsed by `lineNow`;
    /// returns how many changed.
    func extendWaiters(_ waiters: [WaiterExpiry], lineNow: Int64) throws -> Int
    /// Adds to lapse tree nodes: counts are added, bits are or-ed in.
    func addToLapseNodes(_ nodes: [Int64: LapseNode]) throws
    /// Deletes up to `limit` waiting tokens expiring at or before `mark` (counted out); returns how many.
    func deleteCountedWaiters(mark: Int64, limit: Int) throws -> Int
    func logAdmission(at moment: Int64, admitted: Int) throws
    func pruneAdmissions(before moment: Int64) throws

    // MARK: Seats

    func insertHold(seat: SeatID, buyer: String, price: Int64, heldAt: Int64, expiresAt: Int64) throws -> ReservationID
    /// Cancels a held reservation whatever its owner (a hold past its deadline); returns rows changed.
    func cancelHold(_ id: ReservationID) throws -> Int
    /// Cancels the buyer's own held reservation; returns rows changed (0 when not theirs or not held).
    func cancelOwnHold(_ id: ReservationID, buyer: String) throws -> Int
    /// Confirms the buyer's own hold, live at `now`, as paid by `payment`; returns rows changed.
    func confirmOwnHold(_ id: ReservationID, buyer: String, payment: PaymentID, now: Int64) throws -> Int
    /// Cancels holds past their deadline at `now`; returns how many.
    func cancelExpiredHolds(now: Int64) throws -> Int

    // MARK: Money

    func ensureBuyer(_ buyer: String) throws
    /// Gives an existing buyer a new key (its hash), replacing any other.
    func setKey(hash: String, madeAt moment: Int64, buyer: String) throws
    /// Adds `delta` (negative for a debit) to an existing buyer's balance; returns the new balance.
    func changeBalance(buyer: String, by delta: Int64) throws -> Int64
    func insertPayment(buyer: String, amount: Int64, at moment: Int64, token: String?) throws -> PaymentID
    func appendLedger(buyer: String, kind: LedgerEntry.Kind, amount: Int64, balanceAfter: Int64, at moment: Int64, payment: PaymentID?) throws -> Int64
    func recordIdempotent(scope: IdempotencyKey.Scope, buyer: String, token: String?, key: String, _ record: IdempotentRecord, at moment: Int64) throws
    func pruneIdempotent(before moment: Int64) throws

    // MARK: The whole database

    func markCatalogLoaded(at moment: Int64) throws
    func insertConcert(title: String, venue: String) throws -> ConcertID
    /// Adds a venue with its sections and rows; returns its id and its sections' ids in order.
    func insertVenue(_ venue: VenueLayout) throws -> (venue: VenueID, sections: [SectionID])
    func insertPerformance(concert: ConcertID, venue: VenueID, startsAt: Int64) throws -> DateID
    /// Adds every seat of one section to a performance, in row order with consecutive ids and
    /// numbers from `firstNumber`; returns the first seat's id.
    func insertSeats(date: DateID, section: SectionID, layout: SectionLayout, firstNumber: Int) throws -> SeatID
    /// Records a seat sold outside boxoffice: a confirmed reservation for `buyer` paid by `payment`.
    func insertSale(seat: SeatID, buyer: String, price: Int64, payment: PaymentID, at moment: Int64) throws
    func recordEvent(_ event: EngineEvent) throws
}

extension StoreWriting {
    /// A store whose writes take turns has nothing more to wait for.
    public func takeBuyerTurn(buyer: String) throws {}
    public func takeBuyerTurn(token number: Int64) throws {}
}
