import BoxOfficeCrowd
import Synchronization

/// Collects a crowd's events as lines stamped with their engine time: the decision log
/// that two runs with the same seed must share.
final class EventLog: Sendable {
    private let lines = Mutex<[String]>([])

    func record(_ event: CrowdEvent) {
        lines.withLock { $0.append("\(event.at.milliseconds) \(event)") }
    }

    var all: [String] { lines.withLock { $0 } }
}
