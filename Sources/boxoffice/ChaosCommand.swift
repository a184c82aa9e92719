import ArgumentParser
import BookingEngine
import BoxOfficeUI
import Foundation

/// `boxoffice chaos`: several crowd processes on one database (a SQLite file or PostgreSQL),
/// killed at random with SIGKILL and restarted, while the schedulers run; then every
/// invariant is checked from the database alone. Exits non-zero when any invariant was broken.
struct ChaosCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chaos",
        abstract: about(.aboutChaos),
        discussion: about(.aboutChaosDetails))

    @Option(help: ArgumentHelp(option(.chaosDatabase), valueName: "path-or-url")) var db: String
    @Option(help: ArgumentHelp(option(.chaosProcesses), valueName: "n")) var processes: Int = 4
    @Option(help: ArgumentHelp(option(.chaosDuration), valueName: "duration")) var duration = DurationArgument(.seconds(60))
    @Option(help: ArgumentHelp(option(.chaosSeed), valueName: "n")) var seed: UInt64 = 1
    @Option(help: ArgumentHelp(option(.chaosBuyers), valueName: "n")) var buyers: Int = 80
    @Option(help: ArgumentHelp(option(.chaosSpeed), valueName: "x")) var speed: Double = 20
    @Option(help: ArgumentHelp(option(.chaosKillEvery), valueName: "duration")) var killEvery = DurationArgument(.seconds(2))
    @Option(help: ArgumentHelp(option(.chaosActiveLimit), valueName: "n")) var activeLimit: Int = 10
    @Option(help: ArgumentHelp(option(.chaosClockSkew), valueName: "duration")) var clockSkew: DurationArgument?
    @Flag(help: ArgumentHelp(option(.chaosConflictingFlags)))
    var conflictingFlags = false

    mutating func validate() throws {
        guard (1...64).contains(processes) else { throw ValidationError(say(.optionRange, "--processes", 1, 64, processes)) }
        guard (1...10_000).contains(buyers) else { throw ValidationError(say(.optionRange, "--buyers", 1, 10_000, buyers)) }
        guard (1...1_000).contains(activeLimit) else { throw ValidationError(say(.optionRange, "--active-limit", 1, 1_000, activeLimit)) }
        guard speed.isFinite, (0.01...1000).contains(speed) else { throw ValidationError(say(.optionRange, "--speed", 0.01, 1_000, speed)) }
        if db.isEmpty { throw ValidationError(say(.dbNeedsPath)) }
    }

    /// The quick engine timings every process uses, so holds lapse and tokens turn over within a run.
    var timings: [String] {
        ["--active-limit", String(activeLimit), "--hold-for", "20s", "--admit-every", "2s", "--active-ttl", "60s",
         "--waiting-ttl", "30s", "--sweep-every", "2s", "--token-sweep-every", "5s"]
    }

    func run() async throws {
        var options = try EngineOptions.parse(timings)
        try options.validate()
        _ = try await DatabaseTarget.opening(db)
        let engine: BookingEngine
        do {
            engine = try await DatabaseTarget.open(db, creation: .withFolders, policy: options.policyRequest())
            try await engine.loadCatalog(text: ChaosCatalog.text)
        } catch {
            throw CommandFailure(error)
        }
        let audit: ChaosSampler
        do { audit = try await ChaosSampler(db) } catch { throw CommandFailure(error) }
        print(report(.chaosStart, processes, buyers, duration.defaultValueDescription, PrintableText.escaped(DatabaseTarget.shown(db)),
                     engine.storageDescription ?? "unknown storage", seed))

        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("boxoffice-chaos-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let crew = ChaosCrew(
            executable: Self.executable, folder: folder, processes: processes, seed: seed
        ) { [db, buyers, speed, duration, timings, conflictingFlags] slot, childSeed, start in
            ["crowd", "--db", db, "--buyers", String(buyers), "--seed", String(childSeed), "--first-index", String(slot * buyers),
             "--speed", String(speed), "--duration", "\(duration.duration.components.seconds + 30)s", "--progress-every", "500ms",
             "--name-prefix", "chaos", "--lang", CommandLanguage.current.rawValue, "--clock-offset-seconds=\(Self.clockOffset(slot: slot, seed: childSeed, skew: clockSkew))"]
                + (conflictingFlags && start % 3 == 2 ? Self.conflicting(timings) : timings)
        }
        let sampling = try await drive(crew, audit: audit)
        crew.stopAll()

        let (swept, audited): (Int, AuditReport)
        do { (swept, audited) = try await engine.releaseExpiredHoldsThenAudit() } catch { throw CommandFailure(error) }
        let language = CommandLanguage.current
        var violations = audited.brokenInvariants.map(language.sentence(for:))
        if sampling.over > 0 { violations.append(report(.chaosOverCapacitySamples, sampling.over)) }
        if try await engine.policy() != options.policyRequest().policy {
            violations.append(report(.chaosPolicyChanged))
        }
        let conflicting = crew.children(startedWith: "999", saying: "POLICY_CONFLICT")
        if conflicting.ran > 0 { violations.append(report(.chaosRanConflicting, conflicting.ran)) }
        if let clockSkew { print(report(.chaosClockSkew, clockSkew.defaultValueDescription)) }
        if conflictingFlags {
            print(report(.chaosConflicting, conflicting.started, conflicting.said, conflicting.ran))
        }
        print(ChaosReport.text(
            audited, sampling: sampling, kills: crew.kills, starts: crew.starts, operations: crew.operations(),
            swept: swept, violations: violations, problems: crew.problemLines(), in: language))
        if !violations.isEmpty { throw ExitCode.failure }
    }

    /// Runs the crew for the duration, killing and restarting children and sampling capacity.
    private func drive(_ crew: ChaosCrew, audit: ChaosSampler) async throws -> ChaosReport.Sampling {
        var sampling = ChaosReport.Sampling()
        let clock = ContinuousClock()
        let end = clock.now + duration.duration
        var nextKill = clock.now + nextKillDelay(crew)
        try crew.fillSlots()
        while clock.now < end {
            try await Task.sleep(for: .milliseconds(100))
            if clock.now >= nextKill {
                try crew.killOne()
                nextKill = clock.now + nextKillDelay(crew)
            }
            try crew.fillSlots()
            do {
                let active = try await audit.liveActiveTokens()
                sampling.record(active: active.live, capacity: active.capacity)
            } catch {
                sampling.failed += 1
            }
        }
        return sampling
    }

    /// How far slot `slot`'s clock is off, in whole seconds: a full skew ahead for the
    /// first slot, behind for the second, anything between for the others.
    private static func clockOffset(slot: Int, seed: UInt64, skew: DurationArgument?) -> Int64 {
        guard let skew = skew?.duration.components.seconds, skew > 0 else { return 0 }
        switch slot {
        case 0: return skew
        case 1: return -skew
        default: return Int64(seed % UInt64(2 * skew + 1)) - skew
        }
    }

    /// `timings` with a hold duration and a capacity the database does not have.
    private static func conflicting(_ timings: [String]) -> [String] {
        var changed = timings
        if let hold = changed.firstIndex(of: "--hold-for") { changed[hold + 1] = "1h" }
        if let limit = changed.firstIndex(of: "--active-limit") { changed[limit + 1] = "999" }
        return changed
    }

    /// Half to one and a half times --kill-every.
    private func nextKillDelay(_ crew: ChaosCrew) -> Duration {
        killEvery.duration * (0.5 + crew.nextUniform())
    }

    private static var executable: URL {
        URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
    }
}
