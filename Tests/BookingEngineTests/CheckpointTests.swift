import BookingEngine
import Foundation
import Testing

/// The engine replaces SQLite's automatic checkpoint with its own (`WALCheckpointer`):
/// through a long run of writes the log must still be checkpointed and start over.
@Suite struct CheckpointTests {
    @Test func aLongRunOfWritesKeepsTheLogBounded() async throws {
        let e = try await TestEngine(configuration: QueueTests.config(capacity: 1))
        var last: QueueStatus?
        for index in 0..<4_000 { last = try await e.engine.issueToken(user: "fan\(index)") }
        #expect(last?.position == 3_999)
        let logBytes = try FileManager.default.attributesOfItem(atPath: e.path + "-wal")[.size] as? Int ?? .max
        // The 4,000 transactions wrote about 36,000 pages (4 KiB plus a 24-byte header
        // each); the log starts over once a commit passes 8,000 pages.
        #expect(logBytes < 10_000 * 4_120)
        #expect(try await e.violations().isEmpty)
    }
}
