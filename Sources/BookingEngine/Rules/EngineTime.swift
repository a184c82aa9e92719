/// The time a transaction works at, agreed by every process on a database.
///
/// - **Engine time** is the later of the process's clock (plus a QA database's offset) and
///   the last time a write recorded. It never goes backward: a clock that steps back, or a
///   process whose clock runs behind, works at the recorded time until its clock catches
///   up, so deadlines may come late but never early, and nothing stored is contradicted.
/// - **Line time** is what waiting places expire on: engine time minus the jumps the line
///   has absorbed. When engine time leaps forward (a process with a clock minutes ahead
///   writes, a clock is stepped, the QA clock is moved), the line moves on by at most
///   `jumpAllowance`, so the waiters who were polling keep their places, as if that time
///   had passed with their clients still polling. A live line writes far more often than
///   that (every waiter's keep-alive, the schedulers), so in normal running line time
///   keeps pace with engine time.
public struct EngineTime: Sendable, Equatable {
    /// Engine time, in milliseconds since 1970.
    public let now: Int64
    /// Line time, in milliseconds.
    public let lineNow: Int64
    /// The clock to record when the transaction writes.
    public let clock: StoredClock

    /// The largest step line time takes in one go: half the waiting lifetime, so that a
    /// waiter who polled within the last half of it survives any jump.
    public static func jumpAllowance(_ policy: EngineConfiguration) -> Int64 {
        policy.waitingTokenLifetime.wholeMilliseconds / 2
    }

    /// The time of a transaction that starts when this process's clock reads `process`.
    public init(process: Timestamp, stored: StoredClock, policy: EngineConfiguration) {
        let reading = process.milliseconds &+ (stored.qaOffset ?? 0)
        let now = max(reading, stored.recorded)
        let absorbed = max(0, now - stored.recorded - Self.jumpAllowance(policy))
        let lag = stored.lineLag + absorbed
        self.now = now
        lineNow = now - lag
        clock = StoredClock(recorded: now, lineLag: lag, qaOffset: stored.qaOffset)
    }

    /// Engine time as a `Timestamp`.
    public var moment: Timestamp { Timestamp(milliseconds: now) }

    /// A line-time moment in engine time, to show a person.
    public func engineTime(ofLineTime line: Int64) -> Timestamp {
        Timestamp(milliseconds: line + clock.lineLag)
    }

    /// The clock after a QA move of `duration`: engine time leaps, line time does not.
    public func movedForward(by duration: Int64) -> StoredClock {
        StoredClock(recorded: now + duration, lineLag: clock.lineLag + duration, qaOffset: (clock.qaOffset ?? 0) + duration)
    }
}
