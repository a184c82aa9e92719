/// Estimates the time left in line from how many buyers were admitted recently.
enum WaitEstimator {
    /// How far back admissions are counted.
    static let window: Duration = .seconds(600)

    /// The admission rate over the last ten minutes applied to `position`, as a range of
    /// ±20 %, in whole minutes once it is over two minutes.
    static func estimate(position: Int, _ figures: LineFigures, now: Timestamp, policy: EngineConfiguration) -> WaitEstimate {
        guard let admitted = figures.admittedRecently, admitted > 0, let since = figures.firstAdmission else { return .unknown }
        let observedMs = max(0, now.milliseconds - since) + policy.admissionInterval.wholeMilliseconds
        let seconds = Double(position) * Double(observedMs) / 1000 / Double(admitted)
        var low = Int64((seconds * 0.8).rounded(.down))
        var high = Int64((seconds * 1.2).rounded(.up))
        if high > 120 {
            low = low / 60 * 60
            high = (high + 59) / 60 * 60
        }
        return .range(lowSeconds: max(0, low), highSeconds: max(1, high))
    }
}
