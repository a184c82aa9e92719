import Synchronization

/// Runs background work in a detached task, never two at once: a start while the previous
/// run is still going does nothing.
final class OneAtATime: Sendable {
    private let running = Atomic<Bool>(false)

    /// Starts `work` unless a previous run has not finished.
    func start(priority: TaskPriority? = nil, _ work: @escaping @Sendable () async -> Void) {
        guard running.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else { return }
        Task.detached(priority: priority) { [self] in
            defer { running.store(false, ordering: .releasing) }
            await work()
        }
    }
}
