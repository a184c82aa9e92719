import BookingEngine

/// The QA/demo inspector: the engine's figures, seats per date, when each scheduler runs
/// next, the clock, the latest events, and the panel's own keys. Drawn in a box over
/// `area`, beside the screen on wide terminals and over it otherwise. On a wide panel the
/// figures sit in two columns; sections shrink (dates first, then events) to fit the height.
func renderInspector(_ state: AppState, into screen: inout Screen, area: Area) {
    guard let panel = state.inspector else { return }
    screen.clear(x: area.x, y: area.y, width: area.width, height: area.height)
    let qa = panel.report?.isQAMode == true ? state.text(InspectorKey.qaMode) : ""
    screen.box(area, title: state.text(InspectorKey.title) + qa)
    let inner = Area(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 2)
    guard inner.width > 0, inner.height > 0 else { return }
    let keys = inspectorKeyLines(width: inner.width, qaControls: state.qaControls, clockMoves: panel.report?.isQAMode == true,
                                 language: state.language)
    for (offset, line) in keys.suffix(inner.height).enumerated() {
        drawKeyLine(line, x: inner.x, y: inner.bottom - min(keys.count, inner.height) + offset, into: &screen)
    }
    guard let report = panel.report else {
        screen.putCentered(state.text(InspectorKey.readingEngine), in: inner, y: inner.y + inner.height / 2 - 1, role: .dim)
        return
    }
    var y = inner.y
    let bottom = inner.bottom - keys.count
    y = drawFigures(state, report, into: &screen, area: inner, y: y, bottom: bottom)
    if let warning = report.sharedFileWarning {
        for line in TerminalColumns.wrap("! " + warning, to: inner.width, maxLines: 3) where y < bottom {
            screen.put(line, x: inner.x, y: y, role: .warning)
            y += 1
        }
    }
    let events = report.events
    let roomForDates = bottom - y - 2 - min(events.count, 3)
    y = drawDates(state, report.snapshot.dates, into: &screen, area: inner, y: y, rows: roomForDates)
    drawEvents(state, events, into: &screen, area: inner, y: y, bottom: bottom)
}

/// The figures as label/value pairs: two columns when wide, one under the other when narrow.
private func drawFigures(_ state: AppState, _ report: InspectorReport, into screen: inout Screen,
                         area: Area, y: Int, bottom: Int) -> Int {
    let snapshot = report.snapshot
    let line: [(String, String)] = [
        (state.text(InspectorKey.waiting), "\(snapshot.waiting)"),
        (state.text(InspectorKey.shopping), state.text(InspectorKey.shoppingOf, snapshot.active, snapshot.capacity)),
        (state.text(InspectorKey.liveHolds), "\(snapshot.liveHolds)"),
        (state.text(InspectorKey.buyers), state.text(InspectorKey.buyersAndPoints, snapshot.buyers, Formatting.points(snapshot.pointsHeld))),
    ]
    let schedule: [(String, String)] = EngineScheduler.Job.allCases.map { job in
        (jobName(job, state), nextRunText(report.nextRuns, job, state: state))
    } + [(state.text(InspectorKey.clock), clockText(state, report))]
    let labels = 12
    if area.width >= 56 {
        let half = area.width / 2
        for (offset, row) in zip(line, schedule).enumerated() where y + offset < bottom {
            screen.putTable([(row.0.0, row.0.1, .normal)], x: area.x, y: y + offset, labelColumns: labels, width: half - 1)
            screen.putTable([(row.1.0, row.1.1, .normal)], x: area.x + half, y: y + offset, labelColumns: labels,
                            width: area.width - half)
        }
        return min(bottom, y + line.count)
    }
    let rows = (line + schedule).prefix(max(0, bottom - y))
    screen.putTable(rows.map { ($0.0, $0.1, .normal) }, x: area.x, y: y, labelColumns: labels, width: area.width)
    return y + rows.count
}

/// Seats per upcoming date, sold/held/free, in up to `rows` rows (a heading and the dates);
/// the columns widen together when a figure outgrows its heading.
private func drawDates(_ state: AppState, _ dates: [EngineSnapshot.DateFigures], into screen: inout Screen,
                       area: Area, y: Int, rows: Int) -> Int {
    guard rows >= 2 else { return y }
    let shown = dates.prefix(rows - 1)
    let more = dates.count - shown.count
    screen.rule(more > 0 ? state.text(InspectorKey.seatsMore, more) : state.text(InspectorKey.seats), x: area.x, y: y, width: area.width)
    let figures = shown.map { [$0.sold, $0.held, $0.free].map { String($0) } }
    let labels = state.text(InspectorKey.seatColumns).split(separator: " ").map(String.init)
    let column = (labels.map { TerminalColumns.width(of: $0) } + figures.joined().map(\.count)).max() ?? 0
    let header = labels.map { pad($0, to: column) }.joined(separator: "  ")
    screen.putRight(header, right: area.right, y: y, role: .dim)
    let wide = area.width >= 60
    let whens = shown.map { state.performanceTime($0.startsAt, zone: $0.timeZone ?? state.zone(of: DateID($0.dateID)), style: wide ? .short : .compact) }
    let whenWidth = whens.map { TerminalColumns.width(of: $0) }.max() ?? 0
    for (offset, ((date, when), numbers)) in zip(zip(shown, whens), figures).enumerated() {
        let row = y + 1 + offset
        screen.put(when, x: area.x, y: row, role: .dim)
        let titleWidth = area.width - whenWidth - 2 - TerminalColumns.width(of: header) - 1
        screen.putFitting(date.concertTitle, x: area.x + whenWidth + 2, y: row, columns: titleWidth)
        screen.putRight(numbers.map { pad($0, to: column) }.joined(separator: "  "), right: area.right, y: row)
    }
    return y + 1 + shown.count
}

/// The latest events, newest first, as many as fit above the key hints.
private func drawEvents(_ state: AppState, _ events: [EngineEvent], into screen: inout Screen,
                        area: Area, y: Int, bottom: Int) {
    guard bottom - y >= 2 else { return }
    screen.rule(state.text(InspectorKey.lastEvents), x: area.x, y: y, width: area.width)
    if events.isEmpty {
        screen.put(state.text(InspectorKey.nothingYet), x: area.x, y: y + 1, role: .dim)
        return
    }
    let tagged = area.width >= 60
    for (offset, event) in events.prefix(bottom - y - 1).enumerated() {
        let row = y + 1 + offset
        var x = area.x + screen.put(state.clockTime(event.at) + " ",
                                    x: area.x, y: row, role: .dim)
        if tagged { x += screen.put(TerminalColumns.pad(EventText.tag(event.kind, state.language), to: 10), x: x, y: row, role: .dim) }
        screen.putFitting(EventText.line(event, state.language), x: x, y: row, columns: area.right - x, role: role(of: event.kind))
    }
}

private func role(of kind: EngineEvent.Kind) -> StyleRole {
    switch kind {
    case .error: .error
    case .payment, .charge, .admission: .success
    case .clock: .warning
    default: .normal
    }
}

private func jobName(_ job: EngineScheduler.Job, _ state: AppState) -> String {
    switch job {
    case .admission: state.text(InspectorKey.admission)
    case .tokenExpiry: state.text(InspectorKey.tokenSweep)
    case .holdExpiry: state.text(InspectorKey.holdSweep)
    }
}

/// "in 42 s", "in 4:12", "due", or "—" when no scheduler runs in this client.
private func nextRunText(_ nextRuns: [EngineScheduler.Job: Timestamp]?, _ job: EngineScheduler.Job, state: AppState) -> String {
    guard let moment = nextRuns?[job] else { return "—" }
    let seconds = Formatting.secondsLeft(until: moment, now: state.now)
    if seconds == 0 { return state.text(InspectorKey.nextRunDue) }
    return seconds < 60 ? state.text(InspectorKey.nextRunInSeconds, seconds)
        : state.text(InspectorKey.nextRunIn, Formatting.countdown(until: moment, now: state.now))
}

private func clockText(_ state: AppState, _ report: InspectorReport) -> String {
    let time = state.clockTime(state.now)
    guard let offset = report.qaClockOffset else { return state.text(InspectorKey.clockReal, time) }
    let ahead = Formatting.countdown(until: Timestamp(milliseconds: offset.wholeMilliseconds), now: Timestamp(milliseconds: 0))
    return state.text(InspectorKey.clockQA, time, ahead)
}

/// The panel's key hints from the key table, wrapped into lines of `width` columns.
private func inspectorKeyLines(
    width: Int, qaControls: Bool, clockMoves: Bool, language: Language
) -> [[(keys: String, text: String)]] {
    var lines: [[(keys: String, text: String)]] = [[]]
    var used = 0
    for hint in KeyBindings.inspectorHints(qaControls: qaControls, clockMoves: clockMoves, language: language) {
        let needed = TerminalColumns.width(of: "\(hint.keys) \(hint.text)") + 2
        if used + needed - 2 > width, !lines[lines.count - 1].isEmpty {
            lines.append([])
            used = 0
        }
        lines[lines.count - 1].append(hint)
        used += needed
    }
    return lines
}

private func drawKeyLine(_ hints: [(keys: String, text: String)], x: Int, y: Int, into screen: inout Screen) {
    var column = x
    for hint in hints {
        column += screen.put(hint.keys, x: column, y: y, role: .keyHint)
        column += screen.put(" " + hint.text, x: column, y: y, role: .dim) + 2
    }
}

private func pad(_ text: String, to columns: Int) -> String {
    String(repeating: " ", count: max(0, columns - TerminalColumns.width(of: text))) + text
}
