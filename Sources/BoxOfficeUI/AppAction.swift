import BookingEngine

/// Something that happened: the buyer did something, time passed, or an engine call ended.
public enum AppAction: Sendable, Equatable {
    /// A key, click or resize from the terminal.
    case input(InputEvent)
    /// The loop woke up at this moment (at `state.nextWakeUp` or after input).
    case clockTicked(Timestamp)

    /// The line was joined; the status says where the buyer stands.
    case tokenIssued(QueueStatus)
    /// A poll of the token's place returned; `nextAdmissionAt` is when this process's
    /// scheduler next admits from the line, when it runs one.
    case queueChecked(QueueStatus, nextAdmissionAt: Timestamp? = nil)
    /// The concert list was read.
    case concertsLoaded([Concert])
    /// A performance's venue overview was read.
    case venueLoaded(VenueOverview)
    /// A section's seats were read.
    case sectionLoaded(SectionSeats)
    /// The selected seats are now held by the buyer.
    case seatsHeld([Hold])
    /// These holds were given up.
    case holdsReleased([ReservationID])
    /// A payment went through.
    case paymentCompleted(Receipt)
    /// A top-up went through; `balance` is the new balance.
    case pointsCharged(amount: Int64, balance: Int64)
    /// The balance was read.
    case balanceLoaded(Int64)
    /// Live holds and confirmed bookings were read.
    case bookingsLoaded(holds: [Hold], bookings: [Booking])
    /// The inspector's figures were read.
    case inspectorLoaded(InspectorReport)
    /// A scheduler job ran on request; `affected` is how many tokens or holds it changed.
    case jobRan(EngineScheduler.Job, affected: Int)
    /// The QA clock moved forward by `by`; `now` is the new time.
    case clockAdvanced(by: Duration, now: Timestamp)
    /// An engine call failed; `operation` says which.
    case engineFailed(Operation, BookingError)
    /// The client told something besides an answer: the connection, or others' changes.
    case noticed(ClientNotice)
}
