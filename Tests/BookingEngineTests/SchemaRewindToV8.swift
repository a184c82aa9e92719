import GRDB

extension SchemaUpgradeTests {
    /// Turns a current database back into the shape migration v9 starts from: the line's
    /// departures in `departure_tree`, a Fenwick tree over buckets of 256 numbers whose node
    /// `bucket + 1` also carries the bucket's departed bits, and v9 not applied yet. The
    /// tree is built here from the tokens: every number issued has departed unless it
    /// belongs to a waiter above the lapse mark.
    static func rewindToV8(_ path: String) async throws {
        try await DatabaseQueue(path: path).write { db in
            let issuedEnd = try Int64.fetchOne(db, sql: """
                SELECT max(next_seq, COALESCE((SELECT max(seq) FROM token), 0) + 1) FROM line_counter
                """) ?? 1
            let staying = try Set(Int64.fetchAll(db, sql: """
                SELECT t.seq FROM token t JOIN line_counter q ON q.id = 1
                WHERE t.status = 'waiting' AND (t.expires_at, t.seq) > (q.lapse_mark_expiry, q.lapse_mark_seq)
                """))
            var buckets: [Int64: (departed: Int64, bits: [Int64])] = [:]
            for seq in 1..<issuedEnd where !staying.contains(seq) {
                let bit = Int64(bitPattern: 1 << UInt64(seq & 63))
                buckets[seq >> 8, default: (0, [0, 0, 0, 0])].departed += 1
                buckets[seq >> 8, default: (0, [0, 0, 0, 0])].bits[Int(seq & 0xFF) >> 6] |= bit
            }
            var nodes: [Int64: (departed: Int64, bits: [Int64])] = [:]
            for (bucket, departures) in buckets {
                var node = bucket + 1
                nodes[node, default: (0, [0, 0, 0, 0])].bits = departures.bits
                while node <= 1 << 24 {
                    nodes[node, default: (0, [0, 0, 0, 0])].departed += departures.departed
                    node += node & -node
                }
            }
            try db.execute(sql: """
                DROP TABLE departure_sums;
                CREATE TABLE departure_tree (
                    node INTEGER PRIMARY KEY,
                    departed INTEGER NOT NULL CHECK (departed >= 0),
                    bits0 INTEGER NOT NULL DEFAULT 0,
                    bits1 INTEGER NOT NULL DEFAULT 0,
                    bits2 INTEGER NOT NULL DEFAULT 0,
                    bits3 INTEGER NOT NULL DEFAULT 0
                );
                DELETE FROM grdb_migrations WHERE identifier = 'v9';
                """)
            for (node, sums) in nodes {
                try db.execute(
                    sql: "INSERT INTO departure_tree (node, departed, bits0, bits1, bits2, bits3) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: StatementArguments([node, sums.departed] + sums.bits))
            }
        }
    }
}
