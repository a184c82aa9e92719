import BookingEngine

/// The buyers waiting for their next action, earliest first (ties by buyer index, so
/// the order never depends on anything but the seed and the engine's answers).
/// A binary min-heap: thousands of buyers stay cheap to schedule.
struct DueQueue: Sendable {
    private var heap: [Buyer] = []

    var count: Int { heap.count }
    var isEmpty: Bool { heap.isEmpty }

    /// When the earliest buyer acts, or nil when nobody is left.
    var nextActionAt: Timestamp? { heap.first?.nextActionAt }

    mutating func insert(_ buyer: Buyer) {
        heap.append(buyer)
        siftUp(heap.count - 1)
    }

    /// Removes and returns the earliest buyer if they are due at `now`.
    mutating func popDue(at now: Timestamp) -> Buyer? {
        guard let first = heap.first, first.nextActionAt <= now else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            siftDown(0)
        }
        return first
    }

    private static func precedes(_ a: Buyer, _ b: Buyer) -> Bool {
        (a.nextActionAt, a.index) < (b.nextActionAt, b.index)
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.precedes(heap[child], heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count, Self.precedes(heap[left], heap[smallest]) { smallest = left }
            if right < heap.count, Self.precedes(heap[right], heap[smallest]) { smallest = right }
            if smallest == parent { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
