extension InspectorKey {
    /// The English template.
    public var english: String {
        switch self {
        case .title: "Inspector"
        case .qaMode: " · QA mode"
        case .readingEngine: "Reading the engine…"
        case .waiting: "Waiting"
        case .shopping: "Shopping"
        case .shoppingOf: "{0} of {1}"
        case .liveHolds: "Live holds"
        case .buyers: "Buyers"
        case .buyersAndPoints: "{0} · {1} pts"
        case .admission: "Admission"
        case .tokenSweep: "Token sweep"
        case .holdSweep: "Hold sweep"
        case .clock: "Clock"
        case .nextRunIn: "in {0}"
        case .nextRunInSeconds: "in {0} s"
        case .nextRunDue: "due"
        case .clockReal: "{0} (real)"
        case .clockQA: "{0} (QA +{1})"
        case .seats: "Seats"
        case .seatsMore: "Seats ({0} more)"
        case .seatColumns: "Sold  Held  Free"
        case .lastEvents: "Last events"
        case .nothingYet: "Nothing yet."
        }
    }
}
