extension BookingEngine {
    /// Moves the clock of every process sharing this QA database forward by `duration`,
    /// then returns the new engine time. Shopping times and holds run out as if that time
    /// had passed; waiters keep their places, as if their clients had kept polling. Fails
    /// with `invalidRequest` on a database not created in QA mode.
    @discardableResult
    public func advanceClock(by duration: Duration) async throws(BookingError) -> Timestamp {
        try await noting(.clockAdvance) { () async throws(BookingError) in
            guard duration > .zero else { throw .invalidRequest(.clockBackward) }
            let step = duration.wholeMilliseconds
            return try await write { tx, state, time in
                guard let offset = state.clock.qaOffset else {
                    throw BookingError.invalidRequest(.notQAMode)
                }
                let (moved, overflow) = offset.addingReportingOverflow(step)
                guard !overflow, moved <= Self.qaOffsetLimit else {
                    throw BookingError.invalidRequest(.clockTooFar)
                }
                state.clock = time.movedForward(by: step)
                try tx.record(.clockMoved(milliseconds: step), time)
                return Timestamp(milliseconds: state.clock.recorded)
            }
        }
    }

    /// How far a QA clock may run ahead of real time in all.
    static let qaOffsetLimit: Int64 = 366 * 86_400_000

    /// How far a QA database's clock runs ahead of real time; nil on a database not in QA mode.
    public func qaClockOffset() async throws(BookingError) -> Duration? {
        try await read { _, state, _ in state.clock.qaOffset.map { .milliseconds($0) } }
    }
}
