import BoxOfficeCrowd
import Foundation

/// The `boxoffice crowd` children of a chaos run: one slot per process, each with its own
/// range of buyers, restarted with a fresh seed whenever it is killed or ends early.
final class ChaosCrew {
    /// One running child and where its output goes.
    private struct Child {
        let process: Process
        let output: URL
    }

    private let executable: URL
    private let folder: URL
    /// A child's arguments for its slot, its seed and the number of starts before it.
    private let arguments: (_ slot: Int, _ seed: UInt64, _ start: Int) -> [String]
    private var children: [Child?]
    private var outputs: [URL] = []
    /// The outputs of the children started with each argument list, in start order.
    private var started: [(arguments: [String], output: URL)] = []
    private var random: CrowdRandom
    private(set) var kills = 0
    private(set) var starts = 0

    init(executable: URL, folder: URL, processes: Int, seed: UInt64, arguments: @escaping (_ slot: Int, _ seed: UInt64, _ start: Int) -> [String]) {
        self.executable = executable
        self.folder = folder
        self.arguments = arguments
        children = Array(repeating: nil, count: processes)
        random = CrowdRandom(seed: seed)
    }

    /// Starts every slot that has no live child (at first, all of them; later, the ones that ended).
    func fillSlots() throws {
        for slot in children.indices where children[slot].map({ !$0.process.isRunning }) ?? true {
            try start(slot)
        }
    }

    /// SIGKILLs one live child chosen at random and starts its slot again at once.
    func killOne() throws {
        let live = children.indices.filter { children[$0]?.process.isRunning == true }
        guard !live.isEmpty, let child = children[live[random.int(in: 0...(live.count - 1))]] else { return }
        let slot = children.firstIndex { $0?.process === child.process } ?? 0
        kill(child.process.processIdentifier, SIGKILL)
        child.process.waitUntilExit()
        kills += 1
        try start(slot)
    }

    /// Ends every child with SIGKILL (the run is over; they are not counted as kills).
    func stopAll() {
        for child in children.compactMap({ $0 }) where child.process.isRunning {
            kill(child.process.processIdentifier, SIGKILL)
            child.process.waitUntilExit()
        }
    }

    /// A number in 0..<1 from the run's own seeded stream.
    func nextUniform() -> Double {
        Double.random(in: 0..<1, using: &random)
    }

    /// Engine calls reported by every child that ever ran (its last progress line).
    func operations() -> Int {
        outputs.reduce(0) { total, url in
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            let last = text.split(separator: "\n").last { $0.hasPrefix("crowd progress: actions=") }
            let count = last?.split(separator: " ").dropFirst(2).first?.dropFirst("actions=".count)
            return total + (count.flatMap { Int($0) } ?? 0)
        }
    }

    /// Children started with `argument` among their arguments, and how many of them made
    /// progress (ran at least one buyer's step) and how many printed `text`.
    func children(startedWith argument: String, saying text: String) -> (started: Int, ran: Int, said: Int) {
        let matching = started.filter { $0.arguments.contains(argument) }
        let logs = matching.map { (try? String(contentsOf: $0.output, encoding: .utf8)) ?? "" }
        return (matching.count, logs.filter { $0.contains("crowd progress: actions=") }.count, logs.filter { $0.contains(text) }.count)
    }

    /// Distinct error and warning lines the children printed (they speak this run's language).
    func problemLines() -> [String] {
        let errorPrefix = say(.errorPrefix)
        let lines = outputs.flatMap { url in
            ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n")
                .filter { $0.hasPrefix(errorPrefix) || $0.hasPrefix("warning: ") }.map(String.init)
        }
        return Array(Set(lines)).sorted()
    }

    private func start(_ slot: Int) throws {
        let seed = random.next()
        let output = folder.appendingPathComponent("child-\(slot)-\(starts).log")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments(slot, seed, starts)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try handle.close()
        children[slot] = Child(process: process, output: output)
        outputs.append(output)
        started.append((process.arguments ?? [], output))
        starts += 1
    }
}
