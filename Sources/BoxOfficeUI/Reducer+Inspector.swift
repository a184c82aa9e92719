import BookingEngine

extension AppState {
    /// `i`: opens the inspector and reads the engine, or closes it.
    mutating func toggleInspector() -> [Effect] {
        if inspector != nil {
            inspector = nil
            return []
        }
        inspector = InspectorPanel()
        return launch(.loadInspector)
    }

    /// Runs one scheduler job now.
    mutating func runJob(_ job: EngineScheduler.Job) -> [Effect] {
        launch(.runJob(job))
    }

    /// Moves the QA clock forward, or explains at once that this database has no QA clock.
    mutating func advanceClock(by duration: Duration) -> [Effect] {
        if inspector?.report?.isQAMode == false {
            say(.notQAMode, kind: .warning)
            return []
        }
        return launch(.advanceClock(duration))
    }

    /// The inspector's figures arrived: show them and plan the next read while the panel is open.
    mutating func receiveInspectorReport(_ report: InspectorReport) -> [Effect] {
        inFlight.remove(.loadingInspector)
        guard inspector != nil else { return [] }
        inspector?.report = report
        inspector?.nextRefreshAt = max(now, report.snapshot.now) + InspectorPanel.refreshInterval
        return []
    }

    /// A job ran on request: say what it did and show its effect on the panel and the screen.
    mutating func receiveJobRun(_ job: EngineScheduler.Job, affected: Int) -> [Effect] {
        inFlight.remove(.running(job))
        let one = affected == 1
        switch job {
        case .admission: say(one ? .admissionRanOne : .admissionRanMany, affected, kind: .success)
        case .tokenExpiry: say(one ? .tokenSweepRanOne : .tokenSweepRanMany, affected, kind: .success)
        case .holdExpiry: say(one ? .holdSweepRanOne : .holdSweepRanMany, affected, kind: .success)
        }
        return refreshInspector() + refreshNow()
    }

    /// The QA clock moved: take the new time at once, so countdowns and expiries follow.
    mutating func receiveClockAdvance(by duration: Duration, now moved: Timestamp) -> [Effect] {
        inFlight.remove(.advancingClock)
        let effects = tick(moved)
        say(.clockMoved, duration.wholeSeconds / 60, clockTime(now), kind: .success)
        return effects + refreshInspector() + refreshNow()
    }

    /// Reads the engine again for the open panel, unless a read is already running.
    mutating func refreshInspector() -> [Effect] {
        guard inspector != nil else { return [] }
        inspector?.nextRefreshAt = nil
        return launch(.loadInspector)
    }

    /// The panel's refresh, when it is due at `now`.
    mutating func refreshInspectorIfDue() -> [Effect] {
        guard let due = inspector?.nextRefreshAt, now >= due else { return [] }
        return refreshInspector()
    }

    /// A failed read tries again at the usual interval.
    mutating func rescheduleInspector() {
        guard inspector != nil else { return }
        inspector?.nextRefreshAt = now + InspectorPanel.refreshInterval
    }

    /// When the open panel needs the loop: its next read, and each second a "next run"
    /// countdown on it changes.
    var inspectorWakeUps: [Timestamp] {
        guard let inspector else { return [] }
        let countdowns = inspector.report?.nextRuns?.values.compactMap(nextSecondChange(of:)) ?? []
        return countdowns + [inspector.nextRefreshAt].compactMap { $0 }
    }
}
