/// Estimates the time left in line from how many buyers were admitted recently.
enum WaitEstimator {
    /// How far back admissions are counted.
    static let window: Duration = .seconds(600)

    /// The admission rate over `window` applied to `position`, as a range of ±20 %, in
    /// whole minutes once it is over two minutes. Never less than the time to the next
    /// admission run when the buyer is not first: nobody moves between runs.
    static func estimate(position: Int, _ admissions: (admitted: Int64, first: Int64?), now: Int64, policy: EngineConfiguration) -> WaitEstimate {
        guard admissions.admitted > 0, let since = admissions.first else { return .unknown }
        let interval = policy.admissionInterval.wholeMilliseconds
        let observedMs = max(0, now - since) + interval
        let seconds = Double(position) * Double(observedMs) / 1000 / Double(admissions.admitted)
        var low = Int64((seconds * 0.8).rounded(.down))
        var high = Int64((seconds * 1.2).rounded(.up))
        if high > 120 {
            low = low / 60 * 60
            high = (high + 59) / 60 * 60
        }
        return .range(lowSeconds: max(0, low), highSeconds: max(1, high))
    }
}
